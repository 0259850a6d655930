import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How downloads behave: how long one may take, how often a failed one is tried again, and
/// how many run at once.
public struct DownloadPolicy: Sendable {
    /// The longest wait for a response (and between two parts of it).
    public var timeout: Duration
    /// Attempts in all for one request, the first included.
    public var attempts: Int
    /// The wait before the first retry; each next wait doubles, unless the server says how
    /// long to wait (`Retry-After`).
    public var firstRetryDelay: Duration
    /// No wait is longer than this.
    public var maxRetryDelay: Duration
    /// Downloads running at once: few, to be kind to wiro.ai.
    public var concurrency: Int

    /// A policy; the defaults wait 30 s per request and try each 4 times over about 3.5 s.
    public init(timeout: Duration = .seconds(30), attempts: Int = 4, firstRetryDelay: Duration = .milliseconds(500),
                maxRetryDelay: Duration = .seconds(8), concurrency: Int = 4) {
        self.timeout = timeout
        self.attempts = max(1, attempts)
        self.firstRetryDelay = firstRetryDelay
        self.maxRetryDelay = maxRetryDelay
        self.concurrency = max(1, concurrency)
    }

    /// The wait before retry number `retry` (1 for the first), or what the server asked for.
    func delay(beforeRetry retry: Int, serverAsked: Duration?) -> Duration {
        if let serverAsked { return min(serverAsked, maxRetryDelay) }
        let doubled = firstRetryDelay * (1 << min(retry - 1, 20))
        return min(doubled, maxRetryDelay)
    }
}

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

/// Why a request got no response at all, after every attempt.
public enum DownloadError: Error, Sendable, CustomStringConvertible {
    /// No response within the timeout.
    case timedOut(URL, attempts: Int)
    /// The connection broke before the whole body arrived.
    case cutOff(URL, attempts: Int)
    /// No connection could be made, or it failed otherwise.
    case unreachable(URL, reason: String, attempts: Int)

    /// What happened, naming the URL, without the count of attempts.
    public var reason: String {
        switch self {
        case .timedOut(let url, _): "\(url.absoluteString): no response in time"
        case .cutOff(let url, _): "\(url.absoluteString): the download was cut off before its end"
        case .unreachable(let url, let reason, _): "\(url.absoluteString): \(reason)"
        }
    }

    /// What happened, naming the URL and the attempts.
    public var description: String {
        switch self {
        case .timedOut(_, let attempts), .cutOff(_, let attempts), .unreachable(_, _, let attempts): "\(reason) (\(Self.tries(attempts)))"
        }
    }

    /// The same failure, counted over `attempts` attempts.
    func after(attempts: Int) -> DownloadError {
        switch self {
        case .timedOut(let url, _): .timedOut(url, attempts: attempts)
        case .cutOff(let url, _): .cutOff(url, attempts: attempts)
        case .unreachable(let url, let reason, _): .unreachable(url, reason: reason, attempts: attempts)
        }
    }

    private static func tries(_ count: Int) -> String { count == 1 ? "1 attempt" : "\(count) attempts" }
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
        configuration.httpAdditionalHeaders = ["User-Agent": "wiro-gen"]
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
        for attempt in 1...policy.attempts {
            let reply: HTTPReply, serverAsked: Duration?
            do {
                (reply, serverAsked) = try await once(request)
            } catch let failure as DownloadError {
                guard attempt < policy.attempts else { throw failure.after(attempts: attempt) }
                await wait(beforeRetry: attempt, after: failure.reason, serverAsked: nil)
                continue
            }
            guard Self.isRetryable(reply.status), attempt < policy.attempts else { return reply }
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
            return (reply, http?.value(forHTTPHeaderField: "Retry-After").flatMap(Self.retryAfter))
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
        let delay = policy.delay(beforeRetry: retry, serverAsked: serverAsked)
        onRetry("\(reason); trying again in \(Self.format(delay)) (attempt \(retry + 1) of \(policy.attempts))")
        try? await Task.sleep(for: delay)
    }

    static func isRetryable(_ status: Int) -> Bool { status == 429 || (500...599).contains(status) }

    /// `Retry-After` in seconds (the HTTP-date form is rare for APIs and is ignored).
    static func retryAfter(_ header: String) -> Duration? {
        Int(header.trimmingCharacters(in: .whitespaces)).map { .seconds(max(0, $0)) }
    }

    private static func format(_ duration: Duration) -> String {
        let seconds = duration.seconds
        return seconds < 1 ? "\(Int(seconds * 1000)) ms" : String(format: "%.1f s", seconds)
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
