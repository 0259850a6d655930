import Foundation
import WiroRuntime

/// One Run the fake Wiro received, as its server read it.
public struct WiroFakeRun: Sendable {
    /// The tool it ran.
    public let tool: WiroTool
    /// The request decoded from the wire, as the tool's generated type; `nil` when the body
    /// could not be read as one.
    public let request: (any WiroRequest)?
    /// The files uploaded with it (multipart `{id}` parts), in order.
    public let uploads: [WiroFakeUpload]
    /// Its `callbackUrl`, if it had one.
    public let callbackURL: URL?
    /// The task it started; `nil` when Wiro refused it.
    public let taskID: String?
    /// Wiro's messages when it refused the Run (invalid input, the task limit, …); empty when
    /// it started a task.
    public let refusal: [String]

    /// The request as `type`, when it was one.
    public func request<Request: WiroRequest>(as type: Request.Type) -> Request? {
        request as? Request
    }
}

/// A file uploaded with a Run.
public struct WiroFakeUpload: Sendable, Hashable {
    /// The part it came in: the file input's wire name.
    public let input: String
    /// The file's name, as sent.
    public let filename: String
    /// The MIME type sent with it.
    public let contentType: String?
    /// Its bytes.
    public let data: Data
    /// Where the fake keeps it, while the fake lives: the local file the decoded request's
    /// `WiroFile` names.
    public let storedAt: URL
}

/// One call to Task/Detail, Task/Kill or Task/Cancel.
public struct WiroFakeCall: Sendable, Hashable {
    /// The path under `/v1/`: `Task/Detail`, `Task/Kill`, `Task/Cancel`.
    public let path: String
    /// The JSON body, as sent.
    public let body: String

    /// A call, to compare with the recorded ones.
    public init(path: String, body: String) {
        self.path = path
        self.body = body
    }
}
