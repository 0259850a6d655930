import Foundation
import WiroRuntime

/// How ``WiroClient/events(for:options:)`` and ``WiroClient/runAndWait(_:options:following:onEvent:)``
/// follow a task.
public struct WiroFollowOptions: Sendable, Hashable {
    /// Where the task's events come from.
    public enum Source: Sendable, Hashable {
        /// Wiro's socket (``WiroClient/socketURL``), live; Task/Detail polling when it cannot
        /// connect or drops, so nothing is lost.
        case socket
        /// Task/Detail polling only, pausing as ``WiroClient/polling`` says: statuses as polls
        /// see them, the text at the end.
        case polling
    }

    /// How long to follow before ``WiroClientError/deadlineExceeded(taskID:lastStatus:)``.
    public var deadline: Duration
    /// Where the events come from.
    public var source: Source

    /// Options; by default the socket, for at most 30 minutes.
    public init(deadline: Duration = .seconds(1800), source: Source = .socket) {
        self.deadline = deadline
        self.source = source
    }
}

extension WiroClient {
    /// Everything that happens to the run's task, as it happens: each status, the text and
    /// LLM output it streams, its error log lines, and last ``WiroTaskEvent/completed(_:)``
    /// with the final task.
    ///
    /// Each iteration follows the task afresh; ending it, or cancelling its Swift task, closes
    /// the socket. Throws ``WiroClientError/deadlineExceeded(taskID:lastStatus:)`` when the
    /// deadline passes first.
    public func events(for run: WiroRun, options: WiroFollowOptions = WiroFollowOptions()) -> WiroTaskEvents {
        WiroTaskEvents(client: self, run: run, options: options)
    }

    /// Validates and runs the request, then follows its task to the end as
    /// ``events(for:options:)`` does; `onEvent` sees every event. Returns the final task.
    public func runAndWait<Request: WiroRequest>(
        _ request: Request,
        options: WiroRunOptions = WiroRunOptions(),
        following: WiroFollowOptions = WiroFollowOptions(),
        onEvent: ((WiroTaskEvent) -> Void)? = nil
    ) async throws -> WiroTask {
        let run = try await run(request, options: options)
        var follower = TaskFollower(client: self, run: run, options: following) { onEvent?($0) }
        return try await follower.follow()
    }

    /// Polls Task/Detail until the task ends; `onChange` sees the task whenever its status
    /// changed since the last poll.
    func poll(_ run: WiroRun, until end: Duration, onChange: (WiroTask) -> Void) async throws -> WiroTask {
        var last: WiroTaskStatus?
        var polls = 0
        while true {
            let task = try await self.task(for: run)
            if task.status != last {
                last = task.status
                onChange(task)
            }
            if task.status.isTerminal { return task }
            let pause = polling.pause(after: polls)
            polls += 1
            guard clock.now + pause < end else {
                throw WiroClientError.deadlineExceeded(taskID: run.taskID, lastStatus: task.status)
            }
            try await clock.sleep(for: pause)
        }
    }
}

/// A task's events (``WiroClient/events(for:options:)``), as an `AsyncSequence`.
///
/// ```swift
/// for try await event in client.events(for: run) { … }
/// for try await piece in client.events(for: run).text { print(piece, terminator: "") }
/// let task = try await client.events(for: run).finalTask()
/// ```
public struct WiroTaskEvents: AsyncSequence, Sendable {
    /// One event.
    public typealias Element = WiroTaskEvent

    let client: WiroClient
    let run: WiroRun
    let options: WiroFollowOptions

    /// Starts following the task.
    public func makeAsyncIterator() -> AsyncThrowingStream<WiroTaskEvent, any Error>.Iterator {
        let (client, run, options) = (client, run, options)
        return AsyncThrowingStream<WiroTaskEvent, any Error> { continuation in
            let following = Task {
                do {
                    var follower = TaskFollower(client: client, run: run, options: options) { continuation.yield($0) }
                    _ = try await follower.follow()
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in following.cancel() }
        }.makeAsyncIterator()
    }

    /// The ``WiroTaskEvent/text(_:)`` events alone: for an LLM, its answer piece by piece,
    /// exactly (pieces are cut by bytes, so an accent sent apart from its letter is kept).
    public var text: AsyncCompactMapSequence<WiroTaskEvents, String> {
        compactMap { event in
            if case .text(let text) = event { return text }
            return nil
        }
    }

    /// Follows the task to its end and returns it as ``WiroTaskEvent/completed(_:)`` reports it.
    public func finalTask() async throws -> WiroTask {
        for try await event in self {
            if case .completed(let task) = event { return task }
        }
        throw CancellationError()  // the events end without `completed` only when cancelled
    }
}
