import Foundation
import WiroHTTP

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
