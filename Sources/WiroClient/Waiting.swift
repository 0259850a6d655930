import Foundation
import WiroRuntime

extension WiroClient {
    /// Everything that happens to the task, as it happens: each status, the text and LLM
    /// output it streams, its error log lines, and last ``WiroTaskEvent/completed(_:)`` with
    /// the final task.
    ///
    /// Listens on Wiro's socket (``socketURL``); when the socket cannot connect, or drops
    /// before the task ends, it says so in the log and polls Task/Detail instead, reporting
    /// each status once and the text the socket did not deliver, so nothing is lost or
    /// repeated. Cancelling the iterating task closes the socket. Throws
    /// ``WiroClientError/deadlineExceeded(taskID:lastStatus:)`` when `deadline` passes first.
    public func events(for run: WiroRun, deadline: Duration = .seconds(1800)) -> AsyncThrowingStream<WiroTaskEvent, any Error> {
        follow(run, deadline: deadline) { $0 }
    }

    /// An LLM's answer as it arrives: each element is the text added since the last one, so
    /// together they are the whole answer (the ``WiroTaskEvent/text(_:)`` events of
    /// ``events(for:deadline:)``).
    public func streamText(for run: WiroRun, deadline: Duration = .seconds(1800)) -> AsyncThrowingStream<String, any Error> {
        follow(run, deadline: deadline) { event in
            if case .text(let text) = event { return text }
            return nil
        }
    }

    /// The events of the task that `pick` keeps, as a stream; ending the iteration cancels
    /// the following, which closes the socket.
    private func follow<Element: Sendable>(
        _ run: WiroRun, deadline: Duration, _ pick: @escaping @Sendable (WiroTaskEvent) -> Element?
    ) -> AsyncThrowingStream<Element, any Error> {
        AsyncThrowingStream { continuation in
            let following = Task {
                do {
                    var follower = TaskFollower(client: self, run: run, deadline: deadline) { event in
                        if let element = pick(event) { continuation.yield(element) }
                    }
                    _ = try await follower.follow()
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in following.cancel() }
        }
    }

    /// Validates and runs the request, then follows its task to the end as
    /// ``events(for:deadline:)`` does; `onEvent` sees every event.
    public func runAndWait<Request: WiroRequest>(
        _ request: Request,
        callbackURL: URL? = nil,
        validation: WiroValidation = .enforce,
        deadline: Duration = .seconds(1800),
        onEvent: ((WiroTaskEvent) -> Void)? = nil
    ) async throws -> WiroTask {
        let run = try await run(request, callbackURL: callbackURL, validation: validation)
        var follower = TaskFollower(client: self, run: run, deadline: deadline) { onEvent?($0) }
        return try await follower.follow()
    }

    /// Polls the task until it reaches a final status (``WiroTaskStatus/isTerminal``), waiting
    /// longer between polls as ``polling`` says; `onUpdate` sees every change of status. Never
    /// uses the socket: ``events(for:deadline:)`` does.
    ///
    /// Throws ``WiroClientError/deadlineExceeded(taskID:lastStatus:)`` when `deadline` passes
    /// first, and `CancellationError` when the calling Swift task is cancelled.
    public func wait(
        for run: WiroRun,
        deadline: Duration = .seconds(1800),
        onUpdate: (@Sendable (WiroTask) -> Void)? = nil
    ) async throws -> WiroTask {
        try await poll(run, until: ContinuousClock.now.advanced(by: deadline)) { onUpdate?($0) }
    }

    /// The task's changes of status as polling sees them, ending with its final one.
    public func updates(for run: WiroRun, deadline: Duration = .seconds(1800)) -> AsyncThrowingStream<WiroTask, any Error> {
        AsyncThrowingStream { continuation in
            let polling = Task {
                do {
                    _ = try await wait(for: run, deadline: deadline) { continuation.yield($0) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in polling.cancel() }
        }
    }

    /// Polls Task/Detail until the task ends; `onChange` sees the task whenever its status
    /// changed since the last poll.
    func poll(_ run: WiroRun, until end: ContinuousClock.Instant, onChange: (WiroTask) -> Void) async throws -> WiroTask {
        var last: WiroTaskStatus?
        var polls = 0
        while true {
            let task = try await self.task(id: run.taskID)
            if task.status != last {
                last = task.status
                onChange(task)
            }
            if task.status.isTerminal { return task }
            let pause = polling.pause(after: polls)
            polls += 1
            guard ContinuousClock.now.advanced(by: pause) < end else {
                throw WiroClientError.deadlineExceeded(taskID: run.taskID, lastStatus: task.status.rawValue)
            }
            try await Task.sleep(for: pause)
        }
    }
}
