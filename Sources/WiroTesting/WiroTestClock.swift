import WiroClient

/// A clock under the test's control: a pause of the client's moves this clock on by the
/// pause at once, so polling intervals, retries and deadlines cost no real time. A test that
/// follows a task for the client's default 30 minutes takes a fraction of a second.
///
/// Before time moves on, what is ready runs, as it would in real time: a pause first waits
/// until the client has read every socket message the fake has sent, then gives up the
/// processor for a moment.
public final class WiroTestClock: WiroClock {
    private let elapsed = Locked(Duration.zero)
    /// Whether the fake has sent nothing the client has not read yet.
    private let isSettled: @Sendable () -> Bool

    /// A clock at zero.
    public convenience init() {
        self.init(settled: { true })
    }

    init(settled: @escaping @Sendable () -> Bool) {
        isSettled = settled
    }

    /// The time the client has waited on this clock, in all.
    public var now: Duration { elapsed.withLock { $0 } }

    /// Moves the clock on by `duration`.
    public func advance(by duration: Duration) {
        elapsed.withLock { $0 += max(duration, .zero) }
    }

    /// Lets whatever is ready run, then moves the clock on by `duration`; a pause cancelled
    /// meanwhile moves it not at all.
    public func sleep(for duration: Duration) async throws {
        // A second of real time at most: a client that stopped reading its socket does not
        // hold the test up for ever.
        for _ in 0..<2000 where !isSettled() {
            try await Task.sleep(for: .microseconds(500))
        }
        try await Task.sleep(for: .microseconds(500))
        try Task.checkCancellation()
        advance(by: duration)
    }
}
