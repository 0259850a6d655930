import Foundation
import WiroHTTP
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A response: the status and body of the last attempt, and the URL that answered.
public struct HTTPReply: Sendable {
    /// The URL asked (redirects, if any, are followed).
    public var url: URL
    /// The HTTP status code.
    public var status: Int
    /// The body.
    public var body: Data
    /// The `Content-Type` header, when sent.
    public var contentType: String?
}

/// A small HTTP client over URLSession (FoundationNetworking on Linux) that retries what is
/// worth retrying: 429, 5xx, timeouts and broken connections. Every request it makes (GET of
/// a document, POST of a listing) can safely be sent twice.
public struct HTTPClient: Sendable {
    /// The policy every request follows.
    public let policy: DownloadPolicy
    private let session: URLSession
    private let onRetry: @Sendable (String) -> Void

    /// A client; `onRetry` hears one line per retry (what failed, how long it waits).
    public init(policy: DownloadPolicy = DownloadPolicy(), onRetry: @escaping @Sendable (String) -> Void = { _ in }) {
        self.policy = policy
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.timeout.seconds
        configuration.timeoutIntervalForResource = policy.timeout.seconds
        configuration.httpAdditionalHeaders = ["User-Agent": "wiro-gen/\(WiroGenVersion.current)"]
        session = URLSession(configuration: configuration)
        self.onRetry = onRetry
    }

    /// GETs `url`.
    public func get(_ url: URL) async throws -> HTTPReply {
        try await send(URLRequest(url: url))
    }

    /// POSTs a JSON body to `url` with extra headers.
    public func post(_ url: URL, json body: Data, headers: [String: String]) async throws -> HTTPReply {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> HTTPReply {
        var request = request
        request.timeoutInterval = policy.timeout.seconds
        let url = request.url!
        for attempt in 1...policy.retry.maxAttempts {
            let reply: HTTPReply, serverAsked: Duration?
            do {
                (reply, serverAsked) = try await once(request)
            } catch let failure as DownloadError {
                guard attempt < policy.retry.maxAttempts else { throw failure.after(attempts: attempt) }
                await wait(beforeRetry: attempt, after: failure.reason, serverAsked: nil)
                continue
            }
            guard WiroRetryPolicy.isRetryable(status: reply.status), attempt < policy.retry.maxAttempts else { return reply }
            await wait(beforeRetry: attempt, after: "HTTP \(reply.status) from \(url.absoluteString)", serverAsked: serverAsked)
        }
        fatalError("the loop returns or throws on its last attempt")
    }

    /// One attempt: the reply and how long the server asked to wait (`Retry-After`).
    private func once(_ request: URLRequest) async throws -> (HTTPReply, Duration?) {
        let url = request.url!
        do {
            let (data, response) = try await session.data(for: request)
            let http = response as? HTTPURLResponse
            let status = http?.statusCode ?? 0
            if let expected = http?.expectedContentLength, expected >= 0, Int64(data.count) < expected {
                throw DownloadError.cutOff(url, attempts: 1)
            }
            let reply = HTTPReply(url: url, status: status, body: data, contentType: http?.value(forHTTPHeaderField: "Content-Type"))
            return (reply, WiroRetryPolicy.retryAfter(http?.value(forHTTPHeaderField: "Retry-After")))
        } catch let error as URLError {
            switch error.code {
            case .cancelled: throw CancellationError()
            case .timedOut: throw DownloadError.timedOut(url, attempts: 1)
            case .networkConnectionLost: throw DownloadError.cutOff(url, attempts: 1)
            // FoundationNetworking reports curl's "transfer closed with N bytes remaining"
            // (a body shorter than its Content-Length) with no code of its own.
            case .unknown where error.localizedDescription.contains("remaining to read"): throw DownloadError.cutOff(url, attempts: 1)
            default: throw DownloadError.unreachable(url, reason: error.localizedDescription, attempts: 1)
            }
        }
    }

    private func wait(beforeRetry retry: Int, after reason: String, serverAsked: Duration?) async {
        let delay = policy.retry.delay(beforeRetry: retry, serverAsked: serverAsked)
        onRetry("\(reason); trying again in \(Self.format(delay)) (attempt \(retry + 1) of \(policy.retry.maxAttempts))")
        try? await Task.sleep(for: delay)
    }

    private static func format(_ duration: Duration) -> String {
        let seconds = duration.seconds
        return seconds < 1 ? "\(Int(seconds * 1000)) ms" : String(format: "%.1f s", seconds)
    }
}
