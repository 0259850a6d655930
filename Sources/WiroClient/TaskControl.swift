import Foundation

/// Which task an operation is about: by id, or by socket access token.
public enum WiroTaskReference: Sendable, Hashable {
    /// The task id (`taskid`).
    case id(String)
    /// The socket access token (`socketaccesstoken`).
    case token(String)
}

extension WiroClient {
    /// The run's task as Task/Detail reports it now.
    public func task(for run: WiroRun) async throws -> WiroTask {
        try await task(.id(run.taskID))
    }

    /// A task by id or token, as Task/Detail reports it now.
    public func task(_ reference: WiroTaskReference) async throws -> WiroTask {
        let body: [String: String]
        switch reference {
        case .id(let id): body = ["taskid": id]
        case .token(let token): body = ["tasktoken": token]
        }
        let response = try await call("Task/Detail", body)
        guard let task = try ResponseReader.decode(TaskListEnvelope.self, from: response).tasklist.first else {
            throw WiroClientError.decoding(field: "tasklist", reason: "empty: Wiro returned no task for \(reference)")
        }
        return task
    }

    /// Cancels a task still in the queue (Task/Cancel, `{"taskid"}`). Returns whether Wiro
    /// accepted; ``task(for:)`` then shows `task_cancel`. A running task is stopped with
    /// `kill(_:)`.
    @discardableResult
    public func cancel(_ run: WiroRun) async throws -> Bool {
        try await cancel(.id(run.taskID))
    }

    /// Cancels a queued task by id or token. Task/Cancel takes only an id: a token is looked
    /// up with Task/Detail first.
    @discardableResult
    public func cancel(_ reference: WiroTaskReference) async throws -> Bool {
        let id: String
        switch reference {
        case .id(let taskID): id = taskID
        case .token: id = try await task(reference).id
        }
        return try await accepted("Task/Cancel", ["taskid": id])
    }

    /// Stops a running task (Task/Kill, `{"taskid"}`). Returns whether Wiro accepted;
    /// ``task(for:)`` then shows the task's end.
    @discardableResult
    public func kill(_ run: WiroRun) async throws -> Bool {
        try await kill(.id(run.taskID))
    }

    /// Stops a running task by id (`{"taskid"}`) or token (`{"socketaccesstoken"}`).
    @discardableResult
    public func kill(_ reference: WiroTaskReference) async throws -> Bool {
        switch reference {
        case .id(let id): try await accepted("Task/Kill", ["taskid": id])
        case .token(let token): try await accepted("Task/Kill", ["socketaccesstoken": token])
        }
    }

    /// Posts a Task/* call and reads its `{"result": …}`.
    private func accepted(_ path: String, _ body: [String: String]) async throws -> Bool {
        try ResponseReader.decode(ResultEnvelope.self, from: try await call(path, body)).accepted
    }

    /// Posts a Task/* call; repeating it is harmless, so it is retried.
    private func call(_ path: String, _ body: [String: String]) async throws -> WiroHTTPResponse {
        let data = try JSONEncoder().encode(body)
        return try await send(to: baseURL.appendingPathComponent(path), body: RunBody(contentType: "application/json", data: data), repeatable: true)
    }
}
