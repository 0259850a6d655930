import Foundation

/// Wiro's answer envelope, as its API and its site send it: a JSON object with `result`
/// (`true` or `false`, sometimes as a string), `errors` (objects with a `code` and a `message`
/// or `msg`, or plain strings) and sometimes a top-level `message`. The one reader of it, for
/// the client and the generator's catalogue alike.
package struct WiroEnvelope: Sendable, Equatable {
    /// One entry of `errors`.
    package struct Entry: Sendable, Equatable {
        /// Wiro's error code, when the entry has one.
        package var code: Int?
        /// The message: the entry's `message` or `msg`, a plain string entry itself, or the
        /// entry as JSON when it has neither.
        package var message: String
    }

    /// `result`, when the answer has one that reads as a flag.
    package var result: Bool?
    /// The entries of `errors`, in order.
    package var errors: [Entry]
    /// The top-level `message`, when there is one.
    package var message: String?

    /// True when Wiro refused the call: `result` is false, or `errors` is not empty.
    package var isRefusal: Bool { result == false || !errors.isEmpty }

    /// The messages of ``errors``.
    package var messages: [String] { errors.map(\.message) }

    /// The envelope of `body`, or `nil` when the body is not a JSON object.
    package static func read(_ body: Data) -> WiroEnvelope? {
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { return nil }
        return WiroEnvelope(result: flag(object["result"]), errors: entries(object["errors"]), message: object["message"] as? String)
    }

    private static func flag(_ value: Any?) -> Bool? {
        if let flag = value as? Bool { return flag }
        switch (value as? String)?.lowercased() {
        case "true"?: return true
        case "false"?: return false
        default: return nil
        }
    }

    private static func entries(_ value: Any?) -> [Entry] {
        guard let list = value as? [Any] else { return [] }
        return list.map { item in
            if let text = item as? String { return Entry(code: nil, message: text) }
            guard let object = item as? [String: Any] else { return Entry(code: nil, message: "\(item)") }
            let code = (object["code"] as? Int) ?? (object["code"] as? String).flatMap { Int($0) }
            if let message = object["message"] ?? object["msg"] { return Entry(code: code, message: "\(message)") }
            let json = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) }
            return Entry(code: code, message: json ?? "\(object)")
        }
    }
}
