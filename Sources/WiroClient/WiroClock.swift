/// Where a ``WiroClient`` takes time from: its pauses between polls and retries, and the
/// deadlines it holds tasks and waits to. The system's clock unless another is given, such as
/// WiroTesting's, under which a test waits no real time.
public protocol WiroClock: Sendable {
    /// The time passed since some fixed start of this clock.
    var now: Duration { get }
    /// Returns after `duration` of this clock's time; throws `CancellationError` when the Swift
    /// task is cancelled first.
    func sleep(for duration: Duration) async throws
}

/// The system's monotonic clock (`ContinuousClock`): real time.
public struct WiroSystemClock: WiroClock {
    private let start = ContinuousClock.now

    /// The system's clock.
    public init() {}

    /// The time passed since this value was made.
    public var now: Duration { ContinuousClock.now - start }

    /// Sleeps for `duration` of real time.
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
