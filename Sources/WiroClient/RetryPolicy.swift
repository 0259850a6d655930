import Foundation

/// How the client retries: which failures, how often, how long it waits.
///
/// 429 and connection failures before the request left are retried for every call; 5xx and
/// failures after sending only for calls that cannot start a task twice (Task/Detail, Kill,
/// Cancel). A Run is never repeated once Wiro may have accepted it.
public struct WiroRetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The wait before the first retry; each next wait doubles.
    public var initialDelay: Duration
    /// No wait is longer than this.
    public var maxDelay: Duration
    /// Each wait is multiplied by a random factor in `1 ± jitter`, so clients do not retry in step.
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

    /// The wait before retry number `retry` (1 for the first retry).
    func delay(beforeRetry retry: Int) -> Duration {
        let base = min(initialDelay.seconds * Double(1 << min(retry - 1, 30)), maxDelay.seconds)
        let factor = jitter == 0 ? 1 : Double.random(in: (1 - jitter)...(1 + jitter))
        return .milliseconds(Int64(base * factor * 1000))
    }
}

/// How the client waits for a task: the pause between polls grows from `initial` to `maximum`.
public struct WiroPolling: Sendable {
    /// The first pause.
    public var initial: Duration
    /// Each pause is the last times this.
    public var growth: Double
    /// The longest pause.
    public var maximum: Duration

    /// A polling schedule; the defaults poll after 1 s, 1.5 s, 2.25 s, … up to every 10 s.
    public init(initial: Duration = .seconds(1), growth: Double = 1.5, maximum: Duration = .seconds(10)) {
        self.initial = initial
        self.growth = max(1, growth)
        self.maximum = maximum
    }

    func pause(after polls: Int) -> Duration {
        let seconds = min(initial.seconds * pow(growth, Double(polls)), maximum.seconds)
        return .milliseconds(Int64(seconds * 1000))
    }
}
