/// What can go wrong talking to Wiro. No case carries the API secret or the request headers.
public enum WiroClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Wiro refused the call (`result: false`, or HTTP 401): why, typed, with Wiro's messages.
    case api(WiroAPIError)
    /// Wiro answered with an HTTP error status and no refusal of its own.
    case http(status: Int, body: String)
    /// The response could not be read; `field` names the JSON path that was wrong.
    case decoding(field: String, reason: String)
    /// The transport failed (after any retries).
    case transport(WiroTransportError)
    /// The task did not reach a final status before the deadline; the last status seen, if any.
    case deadlineExceeded(taskID: String, lastStatus: WiroTaskStatus?)
    /// A request whose file input names a local file that cannot be read.
    case unreadableFile(path: String)

    /// What happened, in words.
    public var description: String {
        switch self {
        case .api(let error):
            error.description
        case .http(let status, let body):
            "Wiro answered HTTP \(status)\(body.isEmpty ? "" : ": \(body.prefix(300))")"
        case .decoding(let field, let reason):
            "unexpected response from Wiro at '\(field)': \(reason)"
        case .transport(let error):
            "could not reach Wiro: \(error)"
        case .deadlineExceeded(let taskID, let lastStatus):
            "task \(taskID) did not finish in time (last status \(lastStatus?.rawValue ?? "none"))"
        case .unreadableFile(let path):
            "cannot read the local file \(path)"
        }
    }

    /// Why Wiro refused, for a refusal; `nil` for any other error.
    public var refusal: WiroAPIError.Reason? {
        if case .api(let error) = self { return error.reason }
        return nil
    }
}
