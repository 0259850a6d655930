/// What can go wrong talking to Wiro. No case carries the API secret or the request headers.
public enum WiroClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Wiro answered `result: false` or a non-empty `errors` array.
    case api(messages: [String], status: Int)
    /// Wiro answered with an HTTP error status.
    case http(status: Int, body: String)
    /// The response could not be read; `field` names the JSON path that was wrong.
    case decoding(field: String, reason: String)
    /// The transport failed (after any retries).
    case transport(String)
    /// The task did not reach a final status before the deadline.
    case deadlineExceeded(taskID: String, lastStatus: String)
    /// A request whose file input names a local file that cannot be read.
    case unreadableFile(path: String)

    /// What happened, in words.
    public var description: String {
        switch self {
        case .api(let messages, let status):
            "Wiro refused the request (HTTP \(status)): \(messages.isEmpty ? "no message" : messages.joined(separator: "; "))"
        case .http(let status, let body):
            "Wiro answered HTTP \(status)\(body.isEmpty ? "" : ": \(body.prefix(300))")"
        case .decoding(let field, let reason):
            "unexpected response from Wiro at '\(field)': \(reason)"
        case .transport(let reason):
            "could not reach Wiro: \(reason)"
        case .deadlineExceeded(let taskID, let lastStatus):
            "task \(taskID) did not finish in time (last status \(lastStatus))"
        case .unreadableFile(let path):
            "cannot read the local file \(path)"
        }
    }
}
