import Foundation
import WiroRuntime

extension WiroClient {
    /// Polls the task until it reaches a final status (``WiroTaskStatus/isTerminal``), waiting
    /// longer between polls as ``polling`` says; `onUpdate` sees every change of status.
    ///
    /// Throws ``WiroClientError/deadlineExceeded(taskID:lastStatus:)`` when `deadline` passes
    /// first, and `CancellationError` when the calling Swift task is cancelled.
    public func wait(
        for run: WiroRun,
        deadline: Duration = .seconds(1800),
        onUpdate: (@Sendable (WiroTask) -> Void)? = nil
    ) async throws -> WiroTask {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: deadline)
        var last: WiroTaskStatus?
        var polls = 0
        while true {
            let task = try await self.task(id: run.taskID)
            if task.status != last {
                last = task.status
                onUpdate?(task)
            }
            if task.status.isTerminal { return task }
            let pause = polling.pause(after: polls)
            polls += 1
            guard clock.now.advanced(by: pause) < end else {
                throw WiroClientError.deadlineExceeded(taskID: run.taskID, lastStatus: task.status.rawValue)
            }
            try await Task.sleep(for: pause)
        }
    }

    /// The task's changes of status as they happen, ending with its final one.
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

    /// Validates and runs the request, then waits for its task to end.
    public func runAndWait<Request: WiroRequest>(
        _ request: Request,
        callbackURL: URL? = nil,
        deadline: Duration = .seconds(1800),
        onUpdate: (@Sendable (WiroTask) -> Void)? = nil
    ) async throws -> WiroTask {
        let run = try await run(request, callbackURL: callbackURL)
        return try await wait(for: run, deadline: deadline, onUpdate: onUpdate)
    }
}
