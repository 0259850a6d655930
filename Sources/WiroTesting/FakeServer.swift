import Foundation
import WiroClient
import WiroRuntime

/// The fake Wiro's server: Run, Task/Detail, Task/Kill and Task/Cancel as production Wiro
/// answers them, and the socket's messages, over one state behind a lock.
final class FakeServer: Sendable {
    struct Script {
        var answers: [WiroFakeAnswer]
        var decide: (@Sendable (any WiroRequest) -> WiroFakeAnswer)?
        var used = 0
    }

    struct Listener {
        var connection: UUID
        var feed: AsyncThrowingStream<String, any Error>.Continuation
    }

    struct State {
        var tools: [any WiroRequest.Type]
        var scripts: [String: Script] = [:]
        var defaultAnswer = WiroFakeAnswer.success
        var tasks: [String: FakeTask] = [:]
        var nextTask = 1001
        var runs: [WiroFakeRun] = []
        var calls: [WiroFakeCall] = []
        var listeners: [String: [Listener]] = [:]
        /// Socket messages sent and not read yet, by connection.
        var unreadBy: [UUID: Int] = [:]
        var unread: Int { unreadBy.values.reduce(0, +) }

        /// The id of the task whose socket access token is `token`.
        func id(ofToken token: String?) -> String? {
            tasks.values.first { $0.token == token }?.id
        }

        /// Sends `steps` of `task` to `listener`, counting them unread.
        mutating func send(_ steps: ArraySlice<FakeTask.Step>, of task: FakeTask, to listener: Listener) {
            for step in steps {
                unreadBy[listener.connection, default: 0] += 1
                listener.feed.yield(task.frame(step))
            }
        }
    }

    let state: Locked<State>
    let uploadFolder: URL

    init(tools: [any WiroRequest.Type]) {
        state = Locked(State(tools: tools))
        uploadFolder = FileManager.default.temporaryDirectory.appendingPathComponent("WiroFake-\(UUID().uuidString)")
    }

    deinit { try? FileManager.default.removeItem(at: uploadFolder) }

    // MARK: HTTP

    func respond(to request: WiroHTTPRequest) -> WiroHTTPResponse {
        guard request.headers["x-api-key"]?.isEmpty == false else {
            return Self.refusal([(0, "Project authorization is not valid.")], status: 401)
        }
        let path = request.url.path.components(separatedBy: "/v1/").dropFirst().joined(separator: "/v1/")
        if path.hasPrefix("Run/") { return run(slug: String(path.dropFirst("Run/".count)), request) }
        let body = String(decoding: request.body, as: UTF8.self)
        let fields = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: String] ?? [:]
        return state.withLock { state in
            state.calls.append(WiroFakeCall(path: path, body: body))
            switch path {
            case "Task/Detail": return Self.detail(fields, &state)
            case "Task/Kill", "Task/Cancel": return stop(fields, kill: path == "Task/Kill", &state)
            default: return WiroHTTPResponse(status: 404, body: Data(#"{"result": false, "errors": ["no such endpoint"]}"#.utf8))
            }
        }
    }

    private func run(slug: String, _ request: WiroHTTPRequest) -> WiroHTTPResponse {
        let tools = state.withLock { $0.tools }
        guard let type = tools.first(where: { $0.tool.answers(to: slug) }) else {
            return Self.refusal([(1, "Tool is not accessible or does not exist: \(slug)")])
        }
        return run(type, request)
    }

    private func run<Request: WiroRequest>(_ type: Request.Type, _ request: WiroHTTPRequest) -> WiroHTTPResponse {
        let reading = FakeRunReader<Request>(uploadFolder: uploadFolder)
            .read(contentType: request.headers["Content-Type"] ?? "", body: request.body)
        let answer = reading.problems.isEmpty ? reading.request.map(answer(to:)) : nil
        return state.withLock { state in
            func record(taskID: String?, refusal: [String]) {
                state.runs.append(WiroFakeRun(tool: Request.tool, request: reading.request, uploads: reading.uploads,
                                              callbackURL: reading.callbackURL, taskID: taskID, refusal: refusal))
            }
            guard let answer else {
                record(taskID: nil, refusal: reading.problems)
                return Self.refusal(reading.problems.map { (0, $0) })
            }
            if case .refuse(let refusal) = answer {
                record(taskID: nil, refusal: refusal.errors.map(\.message))
                return Self.refusal(refusal.errors)
            }
            let id = String(state.nextTask)
            state.nextTask += 1
            let task = FakeTask(id: id, answer: answer)
            state.tasks[id] = task
            record(taskID: id, refusal: [])
            return Self.json(#"{"errors": [], "taskid": "\#(id)", "socketaccesstoken": "\#(task.token)", "result": true}"#)
        }
    }

    /// The answer to a Run of `request`'s tool: its script's choice, or the script's answers in
    /// turn (the last repeating), or the default. A script's closure runs outside the lock, so
    /// it may look at the fake.
    private func answer(to request: some WiroRequest) -> WiroFakeAnswer {
        let id = type(of: request).tool.id
        let (script, fallback) = state.withLock { state in
            defer { state.scripts[id]?.used += 1 }
            return (state.scripts[id], state.defaultAnswer)
        }
        guard let script else { return fallback }
        if let decide = script.decide { return decide(request) }
        return script.answers[min(script.used, script.answers.count - 1)]
    }

    private static func detail(_ fields: [String: String], _ state: inout State) -> WiroHTTPResponse {
        guard let id = taskID(fields, state), var task = state.tasks[id] else {
            return refusal([(1, "task-not-exist")])
        }
        task.poll()
        state.tasks[id] = task
        return json(task.detail)
    }

    /// Task/Cancel takes `{"taskid"}` of a task on queue, Task/Kill `{"taskid"}` or
    /// `{"socketaccesstoken"}` of any; both answer `{"result": true}`, and the task ends
    /// cancelled (one already over stays as it ended).
    private func stop(_ fields: [String: String], kill: Bool, _ state: inout State) -> WiroHTTPResponse {
        let id: String? = switch (Set(fields.keys), kill) {
        case (["taskid"], _): fields["taskid"]
        case (["socketaccesstoken"], true): state.id(ofToken: fields["socketaccesstoken"])
        default: nil
        }
        guard let id, var task = state.tasks[id] else { return Self.refusal([(1, "task-not-exist")]) }
        // Wiro cancels a task on queue; one that runs is killed.
        if !kill, !task.isOver, task.status != "task_queue" {
            return Self.refusal([(0, "Task is not in queue; kill it instead")])
        }
        let steps = task.stop()
        state.tasks[id] = task
        for listener in state.listeners[task.token] ?? [] { state.send(steps, of: task, to: listener) }
        return Self.json(#"{"result": true, "errors": []}"#)
    }

    private static func taskID(_ fields: [String: String], _ state: State) -> String? {
        if let id = fields["taskid"] { return id }
        return state.id(ofToken: fields["tasktoken"] ?? fields["socketaccesstoken"])
    }

    // MARK: Socket

    /// A connection registered `token`: it gets every message of the task so far left to
    /// play, then those a kill or cancel adds.
    func listen(token: String, connection: UUID, feed: AsyncThrowingStream<String, any Error>.Continuation) {
        state.withLock { state in
            guard let id = state.id(ofToken: token), var task = state.tasks[id] else { return }
            let listener = Listener(connection: connection, feed: feed)
            state.send(task.playAll(), of: task, to: listener)
            state.tasks[id] = task
            state.listeners[token, default: []].append(listener)
        }
    }

    /// The client read one message of `connection`.
    func read(connection: UUID) {
        state.withLock { state in
            if let unread = state.unreadBy[connection], unread > 0 { state.unreadBy[connection] = unread - 1 }
        }
    }

    func stopListening(connection: UUID) {
        state.withLock { state in
            for token in state.listeners.keys { state.listeners[token]?.removeAll { $0.connection == connection } }
            state.unreadBy[connection] = nil
        }
    }

    // MARK: Answers

    static func json(_ text: String, status: Int = 200) -> WiroHTTPResponse {
        WiroHTTPResponse(status: status, body: Data(text.utf8), headers: ["Content-Type": "application/json"])
    }

    /// Wiro's refusal: `result: false` and its errors, with their codes.
    static func refusal(_ errors: [(code: Int, message: String)], status: Int = 200) -> WiroHTTPResponse {
        let list = errors.map { #"{"code": \#($0.code), "message": \#(FakeTask.quoted($0.message))}"# }.joined(separator: ", ")
        return json(#"{"result": false, "errors": [\#(list)], "taskid": null}"#, status: status)
    }
}

/// HTTP to the fake server, in memory.
struct FakeHTTPTransport: WiroTransport {
    let server: FakeServer

    func send(_ request: WiroHTTPRequest) async throws -> WiroHTTPResponse {
        try Task.checkCancellation()
        return server.respond(to: request)
    }
}
