import Foundation
import WiroHTTP
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An HTTP request as the client hands it to a transport.
public struct WiroHTTPRequest: Sendable {
    /// The absolute URL.
    public var url: URL
    /// Always `POST` for the Wiro API.
    public var method: String
    /// Header fields; names as the Wiro docs spell them (`x-api-key`, …).
    public var headers: [String: String]
    /// The body.
    public var body: Data
    /// How long the transport may wait for the whole response.
    public var timeout: Duration

    /// Creates a request.
    public init(url: URL, method: String = "POST", headers: [String: String], body: Data, timeout: Duration) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

/// An HTTP response as a transport returns it.
public struct WiroHTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The body.
    public var body: Data
    /// The header fields the client reads (`Retry-After`), names in lowercase.
    public var headers: [String: String]

    /// Creates a response; `headers` names are matched without regard to case.
    public init(status: Int, body: Data, headers: [String: String] = [:]) {
        self.status = status
        self.body = body
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Why a transport failed. The difference matters: a request that was never sent can be
/// retried even when it would start a task; one that may have reached the server cannot.
public enum WiroTransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The request did not leave this machine (no connection could be made).
    case notSent(String)
    /// The connection failed after the request may have been sent.
    case failed(String)
    /// No response within the request's timeout.
    case timedOut

    /// What happened, in words.
    public var description: String {
        switch self {
        case .notSent(let reason): "could not connect: \(reason)"
        case .failed(let reason): "the connection failed: \(reason)"
        case .timedOut: "no response in time"
        }
    }
}

/// Sends HTTP requests. WiroClient uses ``WiroURLSessionTransport`` unless given another, so an
/// app can bring its own stack (AsyncHTTPClient, a proxy, a recorder) without WiroClient
/// depending on it.
public protocol WiroTransport: Sendable {
    /// Sends one request and returns its response, or throws a ``WiroTransportError``.
    func send(_ request: WiroHTTPRequest) async throws -> WiroHTTPResponse
}

/// The default transport: Foundation's URLSession (FoundationNetworking on Linux).
public struct WiroURLSessionTransport: WiroTransport {
    private let session: URLSession

    /// A transport over `session` (an ephemeral session by default: no cookies, no cache).
    public init(session: URLSession = URLSession(configuration: .ephemeral)) {
        self.session = session
    }

    /// Sends the request with URLSession, classifying failures for the retry policy.
    public func send(_ request: WiroHTTPRequest) async throws -> WiroHTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        urlRequest.timeoutInterval = request.timeout.seconds
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        do {
            let (data, response) = try await session.data(for: urlRequest)
            let http = response as? HTTPURLResponse
            let retryAfter = http?.value(forHTTPHeaderField: "Retry-After").map { ["retry-after": $0] } ?? [:]
            return WiroHTTPResponse(status: http?.statusCode ?? 0, body: data, headers: retryAfter)
        } catch let error as URLError {
            switch error.code {
            case .timedOut: throw WiroTransportError.timedOut
            case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
                throw WiroTransportError.notSent(error.localizedDescription)
            case .cancelled: throw CancellationError()
            default: throw WiroTransportError.failed(error.localizedDescription)
            }
        }
    }
}
