import Foundation

/// Why Wiro refused a call: its answer's `errors` (each a code and a message) read into a
/// ``Reason`` a program can act on, with Wiro's own words kept.
///
/// Wiro answers HTTP 200 with `result: false` for most refusals, and HTTP 401 for a key,
/// signature or IP it does not accept. Its error codes: 0 general and validation, 1 not found
/// or not accessible, 96 the concurrent task limit, 97 insufficient balance, 98 sign-in
/// required, 99 a bearer token missing, invalid or expired.
public struct WiroAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What a refusal means for the caller.
    public enum Reason: Sendable, Hashable {
        /// Code 96: as many tasks run as the balance allows (`limit`, when the message gives it:
        /// "…you can run up to 5 tasks at the same time"). Nothing was started: wait for a
        /// running task to end, or add funds.
        case concurrentTaskLimit(limit: Int?)
        /// Code 97: the balance does not cover the run.
        case insufficientBalance
        /// Code 98: the tool wants a signed-in account.
        case signInRequired
        /// HTTP 401 or code 99: the key, the signature, the IP or the bearer token is not
        /// accepted.
        case notAuthorized
        /// Code 1: the tool or task does not exist, or this project may not use it.
        case notFound
        /// Code 0 naming inputs: what is wrong with each.
        case invalidInput([WiroInputProblem])
        /// Any other refusal; ``WiroAPIError/messages`` says what.
        case other
    }

    /// What the refusal means.
    public var reason: Reason
    /// Wiro's code for the refusal (the first entry's that has one).
    public var code: Int?
    /// Wiro's messages, in order.
    public var messages: [String]
    /// The HTTP status of the answer.
    public var status: Int

    /// Wiro's messages, joined.
    public var message: String { messages.isEmpty ? "no message" : messages.joined(separator: "; ") }

    /// A refusal.
    public init(reason: Reason, code: Int?, messages: [String], status: Int) {
        self.reason = reason
        self.code = code
        self.messages = messages
        self.status = status
    }

    /// The refusal an envelope states, or `nil` when it states none.
    package init?(_ envelope: WiroEnvelope, status: Int) {
        guard envelope.isRefusal else { return nil }
        var messages = envelope.messages
        if messages.isEmpty, let message = envelope.message { messages = [message] }
        let codes = envelope.errors.compactMap(\.code)
        self.init(reason: Self.reason(codes: codes, messages: messages, status: status), code: codes.first, messages: messages, status: status)
    }

    /// The reason: codes first (the most pressing wins), then what the messages say.
    static func reason(codes: [Int], messages: [String], status: Int) -> Reason {
        if codes.contains(96) { return .concurrentTaskLimit(limit: messages.lazy.compactMap(taskLimit).first) }
        if codes.contains(97) { return .insufficientBalance }
        if codes.contains(98) { return .signInRequired }
        if status == 401 || codes.contains(99) { return .notAuthorized }
        if codes.contains(1) || messages.contains(where: Self.saysNotFound) { return .notFound }
        let problems = messages.compactMap(WiroInputProblem.init(message:))
        return problems.isEmpty ? .other : .invalidInput(problems)
    }

    /// "…you can run up to 5 tasks at the same time…": 5.
    static func taskLimit(in message: String) -> Int? {
        let words = message.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        guard let at = words.indices.first(where: { words[$0] == "to" && $0 > 0 && words[$0 - 1] == "up" }), at + 1 < words.count else { return nil }
        return Int(words[at + 1])
    }

    private static func saysNotFound(_ message: String) -> Bool {
        let text = message.lowercased()
        return ["not-exist", "not exist", "not found", "not accessible", "does not exist"].contains { text.contains($0) }
    }

    /// `Wiro refused the call (code 96): …`.
    public var description: String {
        "Wiro refused the call (\(code.map { "code \($0), " } ?? "")HTTP \(status)): \(message)"
    }
}

/// What Wiro's validation says of one input: "Request parameter [steps] must be between 1 and
/// 50", "Request files [inputImage] required".
public struct WiroInputProblem: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Sendable, Hashable {
        /// The input is required and was not given.
        case required
        /// The input must be a number ("must be integer or float").
        case notANumber
        /// The number is outside these bounds.
        case outOfRange(minimum: Double, maximum: Double)
        /// A file input is required and no file was given.
        case fileRequired
    }

    /// The input's wire name.
    public var input: String
    /// What is wrong with it.
    public var kind: Kind

    /// A problem.
    public init(input: String, kind: Kind) {
        self.input = input
        self.kind = kind
    }

    /// Reads one of Wiro's validation messages; `nil` for any other message.
    public init?(message: String) {
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = text.lowercased()
        let isFile = lowered.hasPrefix("request files") || lowered.hasPrefix("request file")
        guard isFile || lowered.hasPrefix("request parameter"), let name = Self.name(in: text) else { return nil }
        let rest = lowered.dropFirst(name.end)
        input = name.value
        if rest.contains("must be between") {
            let numbers = rest.split(whereSeparator: { $0 == " " }).compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: ".,"))) }
            guard numbers.count >= 2 else { return nil }
            kind = .outOfRange(minimum: numbers[0], maximum: numbers[1])
        } else if rest.contains("integer") || rest.contains("float") || rest.contains("number") {
            kind = .notANumber
        } else if rest.contains("required") {
            kind = isFile ? .fileRequired : .required
        } else {
            return nil
        }
    }

    /// The name in `[…]`, or the word after "parameter"/"files"; with where it ends (in characters).
    private static func name(in text: String) -> (value: String, end: Int)? {
        let characters = Array(text)
        if let open = characters.firstIndex(of: "["), let close = characters[open...].firstIndex(of: "]"), close > open + 1 {
            return (String(characters[(open + 1)..<close]), close + 1)
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 2 else { return nil }
        let word = words[2]
        return (String(word), text.distance(from: text.startIndex, to: word.endIndex))
    }

    /// `'steps' must be between 1 and 50`.
    public var description: String {
        switch kind {
        case .required: "'\(input)' is required"
        case .notANumber: "'\(input)' must be a number"
        case .outOfRange(let minimum, let maximum): "'\(input)' must be between \(minimum.formatted) and \(maximum.formatted)"
        case .fileRequired: "'\(input)' needs a file"
        }
    }
}

extension Double {
    /// `5` for 5.0, `0.5` for 0.5.
    fileprivate var formatted: String {
        rounded() == self && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
