import Foundation

/// What happens to a task, as ``WiroClient/events(for:options:)`` reports it.
///
/// Every status is reported once, in the order of Wiro's task lifecycle; the last event is
/// always ``completed(_:)``. Concatenating the ``text(_:)`` events gives the task's text
/// exactly, even when the socket dropped on the way.
public enum WiroTaskEvent: Sendable, Hashable {
    /// The task reached this status.
    case status(WiroTaskStatus)
    /// New text: for an LLM, the part of the answer that arrived since the last snapshot; for
    /// other tools, a line the model printed.
    case text(String)
    /// An LLM's output so far (each `task_output` carries the whole answer up to now).
    case llm(WiroLLMOutput)
    /// A line the model wrote to its error log (`task_error`); not a failure by itself.
    case log(String)
    /// A socket message of a kind the client does not read: its `type` and its `message` as JSON.
    case message(type: String, json: String)
    /// The task ended; its final state as Task/Detail reports it. Always the last event.
    case completed(WiroTask)
}

/// An LLM's output: the ordered thinking and answer segments Wiro streams in `task_output`
/// messages and stores in a raw output's `content`.
public struct WiroLLMOutput: Sendable, Hashable {
    /// One piece of the output, in the order the model produced it.
    public struct Segment: Sendable, Hashable {
        /// `thinking`, `answer`, `function_call`, …, as Wiro names it.
        public var type: String
        /// The segment's text (a tool call's arguments for tool calls).
        public var text: String

        /// A segment.
        public init(type: String, text: String) {
            self.type = type
            self.text = text
        }
    }

    /// The segments so far, in order.
    public var segments: [Segment]
    /// True while the model is thinking rather than answering.
    public var isThinking: Bool
    /// Why the model stopped (`stop`, `length`, `tool_calls`, …); `nil` until it has.
    public var finishReason: String?

    /// A snapshot.
    public init(segments: [Segment], isThinking: Bool = false, finishReason: String? = nil) {
        self.segments = segments
        self.isThinking = isThinking
        self.finishReason = finishReason
    }

    /// The answer: the text of every answer segment, in order.
    public var answer: String { text(of: "answer") }

    /// The reasoning: the text of every thinking segment, in order.
    public var thinking: String { text(of: "thinking") }

    private func text(of type: String) -> String {
        segments.filter { $0.type == type }.map(\.text).joined()
    }
}

extension WiroLLMOutput: Decodable {
    private enum Keys: String, CodingKey { case segments, thinking, answer, isThinking, finishreason }
    private enum SegmentKeys: String, CodingKey { case type, text, arguments, input }

    /// Reads Wiro's `segments` array, or the older `thinking` and `answer` arrays; throws for
    /// an object that is neither, so a plain progress message is not taken for an LLM's.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        isThinking = (try? c.decodeIfPresent(Bool.self, forKey: .isThinking)) ?? false
        finishReason = try? c.decodeIfPresent(String.self, forKey: .finishreason)
        if c.contains(.segments) {
            var list = try c.nestedUnkeyedContainer(forKey: .segments)
            segments = []
            while !list.isAtEnd {
                let item = try list.nestedContainer(keyedBy: SegmentKeys.self)
                let text = try item.lenientString(.text) ?? item.lenientString(.arguments) ?? item.lenientString(.input)
                segments.append(Segment(type: try item.lenientString(.type) ?? "", text: text ?? ""))
            }
        } else if c.contains(.answer) || c.contains(.thinking) {
            func texts(_ key: Keys) -> [String] {
                (try? c.decode([String].self, forKey: key)) ?? (try? c.decode(String.self, forKey: key)).map { [$0] } ?? []
            }
            segments = texts(.thinking).map { Segment(type: "thinking", text: $0) } + texts(.answer).map { Segment(type: "answer", text: $0) }
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: "neither segments nor answer"))
        }
    }
}
