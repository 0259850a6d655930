/// How a call to Wiro is tried again: how often, and how long to wait before each retry. The one
/// policy of every caller of Wiro (the client's calls, the generator's downloads and catalogue).
///
/// A wait is what the server asked for (`Retry-After`), else `initialDelay` doubled for each
/// retry; never longer than `maxDelay`; then multiplied by a random factor in `1 ± jitter`, so
/// clients that failed together do not retry in step. Which failures are worth a retry is the
/// caller's to say (``isRetryable(status:)`` names the HTTP statuses).
public struct WiroRetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The wait before the first retry; each next wait doubles.
    public var initialDelay: Duration
    /// No wait is longer than this, whatever the server asks.
    public var maxDelay: Duration
    /// Each wait is multiplied by a random factor in `1 ± jitter` (0 waits exactly).
    public var jitter: Double

    /// A policy; the defaults give 4 attempts over about 3.5 s.
    public init(maxAttempts: Int = 4, initialDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8), jitter: Double = 0.2) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.jitter = min(max(jitter, 0), 1)
    }

    /// No retries at all.
    public static let none = WiroRetryPolicy(maxAttempts: 1)

    /// The wait before retry number `retry` (1 for the first); `serverAsked` is the answer's
    /// `Retry-After`, when it had one.
    package func delay(beforeRetry retry: Int, serverAsked: Duration? = nil) -> Duration {
        let base = min(serverAsked?.seconds ?? initialDelay.seconds * Double(1 << min(retry - 1, 30)), maxDelay.seconds)
        let factor = jitter == 0 ? 1 : Double.random(in: (1 - jitter)...(1 + jitter))
        return .milliseconds(Int64((base * factor * 1000).rounded()))
    }

    /// Whether an HTTP status is worth a retry: 429 (too many requests) and every 5xx.
    package static func isRetryable(status: Int) -> Bool {
        status == 429 || (500...599).contains(status)
    }

    /// A `Retry-After` header in seconds (the HTTP-date form is rare for APIs and is ignored).
    package static func retryAfter(_ header: String?) -> Duration? {
        guard let header, let seconds = Int(header.trimmingASCIISpaces()) else { return nil }
        return .seconds(max(0, seconds))
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    package var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

extension String {
    fileprivate func trimmingASCIISpaces() -> Substring {
        let trimmed = drop { $0 == " " || $0 == "\t" }
        return trimmed.dropLast(trimmed.reversed().prefix { $0 == " " || $0 == "\t" }.count)
    }
}
