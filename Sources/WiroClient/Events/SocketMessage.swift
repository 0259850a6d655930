import Foundation

/// One JSON message from Wiro's socket: `{"type": "task_output", "tasktoken": …, "message": …}`.
struct SocketMessage {
    /// `task_queue`, `task_output`, …
    var type: String
    /// The token of the task it is about, when it says.
    var token: String?
    /// `message`, as JSONSerialization reads it (a string, an object, a list), or `nil`.
    var body: Any?

    /// Reads a text frame; `nil` for one that is not a JSON object with a `type`.
    init?(text: String) {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) as? [String: Any],
              let type = object["type"] as? String
        else { return nil }
        self.type = type
        token = object["tasktoken"] as? String
        body = object["message"]
    }

    /// The frame that asks for a task's messages.
    static func register(token: String) -> String {
        json(["type": "task_info", "tasktoken": token])
    }

    /// `message` as an LLM snapshot, when it is one.
    var llmOutput: WiroLLMOutput? {
        guard body is [String: Any], let data = try? JSONSerialization.data(withJSONObject: body as Any) else { return nil }
        return try? JSONDecoder().decode(WiroLLMOutput.self, from: data)
    }

    /// `message` as JSON text (`null` when absent).
    var bodyJSON: String {
        guard let body, !(body is NSNull) else { return "null" }
        return Self.json(body)
    }

    private static func json(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
