import WiroClient

/// A clock under the test's control: a pause of the client's moves this clock on by the
/// pause at once, so polling intervals, retries and deadlines cost no real time. A test that
/// follows a task for the client's default 30 minutes takes a fraction of a second.
///
/// Each pause still gives up the processor for a moment, so what is ready now (a socket
/// message already sent, an answer already given) happens before time moves on, as it would
/// in real time.
public final class WiroTestClock: WiroClock {
    private let elapsed = Locked(Duration.zero)

    /// A clock at zero.
    public init() {}

    /// The time the client has waited on this clock, in all.
    public var now: Duration { elapsed.withLock { $0 } }

    /// Moves the clock on by `duration`.
    public func advance(by duration: Duration) {
        elapsed.withLock { $0 += max(duration, .zero) }
    }

    /// Moves the clock on by `duration`, then lets whatever is ready run.
    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        advance(by: duration)
        try await Task.sleep(for: .microseconds(500))
    }
}
