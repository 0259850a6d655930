import Foundation
import Logging
import TestSupport
@testable import WiroClient

/// A fake Wiro API on 127.0.0.1: checks every request's signature and body, serves the
/// documented sample responses, moves each task through queue → start → postprocess_end over
/// several polls, and fails on demand.
final class FakeWiro: Sendable {
    static let apiKey = "wk_live_7f3a9c"
    static let apiSecret = "s3cr3t-Ab9"

    /// How the server misbehaves.
    struct Faults: Sendable {
        /// Answer this many Task/Detail calls with 500 first.
        var detail500s = 0
        /// Answer this many Run calls with 429 first.
        var run429s = 0
        /// Answer this many Run calls with 500 first.
        var run500s = 0
        /// Answer Run with `result: false` and these errors (code, message).
        var runErrors: [(code: Int, message: String)]? = nil
        /// Answer this many Run calls with Wiro's concurrent task limit (code 96) first.
        var taskLimitRefusals = 0
        /// Answer Task/Detail with a body that is not JSON.
        var malformedDetail = false
        /// Answer Task/Detail with a status that never ends.
        var neverFinish = false
        /// Answer Task/Detail only after this long.
        var detailDelay: Duration? = nil
        /// Refuse the socket's upgrade (HTTP 503): the socket never connects.
        var socketRefused = false
        /// Drop the socket, without a close frame, after sending this many of the script's messages.
        var socketDropAfter: Int? = nil
    }

    /// What happens to a task followed on the socket: the messages sent, one every 10 ms, and
    /// the task Task/Detail reports at the end.
    struct Script: Sendable {
        /// One socket message.
        enum Step: Sendable {
            /// `{"type": status}`: the task moved on.
            case status(String)
            /// `{"type": "task_output", "message": …}`; the message as JSON text.
            case output(String)
            /// `{"type": "task_error", "message": line}`.
            case log(String)
        }

        var steps: [Step]
        var pexit = "0"
        var debugOutput = ""
        /// The final `outputs` as JSON; `nil` for the documented PNG.
        var outputs: String? = nil

        /// The statuses among the steps, in order.
        var statuses: [String] {
            steps.compactMap { if case .status(let status) = $0 { return status } else { return nil } }
        }

        /// A task that runs and succeeds, printing two progress lines.
        static let success = Script(steps: [
            .status("task_queue"), .status("task_accept"), .status("task_start"),
            .output(#""Step 1/2""#), .output(#""Step 2/2""#),
            .status("task_output_full"), .status("task_end"), .status("task_postprocess_start"), .status("task_postprocess_end"),
        ], debugOutput: "Step 1/2Step 2/2")
    }

    private let server: LoopbackHTTPServer
    private let state: Locked<State>

    private struct State {
        var faults: Faults
        var script: Script
        /// Tasks registered on the socket, and the status last sent for each.
        var current: [String: String] = [:]
        /// Tasks whose socket is still sending; Task/Detail does not move them on meanwhile.
        var socketActive: Set<String> = []
        /// Registration frames received, and tasks whose client closed the socket.
        var registrations: [String] = []
        var closedByClient: Set<String> = []
        var polls: [String: Int] = [:]
        var nextTask = 2221
        var signatureFailures: [String] = []
        var cancelled: Set<String> = []
        /// The bodies of Task/Cancel and Task/Kill calls, as sent.
        var controlBodies: [String] = []
    }

    init(faults: Faults = Faults(), script: Script = .success) throws {
        let state = Locked(State(faults: faults, script: script))
        self.state = state
        // Long enough for a test that waits its turn on a loaded machine (the sanitizer runs
        // have seen a test start two minutes in); the server stops in deinit anyway.
        server = try LoopbackHTTPServer(lifetime: .seconds(600)) { request in
            FakeWiro.respond(to: request, state: state)
        }
    }

    deinit { server.stop() }

    /// The API root to give the client.
    var baseURL: URL { server.baseURL.appendingPathComponent("v1") }

    /// Every request received, in order.
    var requests: [LoopbackRequest] { server.requests }

    /// The socket's URL (`ws://127.0.0.1:<port>/socket`).
    var socketURL: URL { URL(string: "ws://127.0.0.1:\(server.port)/socket")! }

    /// The registration frames the socket received.
    var registrations: [String] { state.withLock { $0.registrations } }

    /// Whether the client closed the socket of this task.
    func clientClosedSocket(ofTask id: String) -> Bool { state.withLock { $0.closedByClient.contains(id) } }

    /// The bodies of Task/Cancel and Task/Kill calls, as sent.
    var controlBodies: [String] { state.withLock { $0.controlBodies } }

    /// Paths of requests whose signature was wrong or missing.
    var signatureFailures: [String] { state.withLock { $0.signatureFailures } }

    /// A client for this server, with quick retries and polls; it follows tasks on the
    /// socket when `socket` is true, by polling only otherwise.
    func client(
        secret: String? = FakeWiro.apiSecret, timeout: Duration = .seconds(5), transport: any WiroTransport = WiroURLSessionTransport(),
        socket: Bool = false, logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
    ) -> WiroClient {
        WiroClient(
            apiKey: Self.apiKey, apiSecret: secret, baseURL: baseURL, transport: transport, socketURL: socket ? socketURL : nil,
            socketTransport: Self.socketTransport,
            retryPolicy: WiroRetryPolicy(maxAttempts: 4, initialDelay: .milliseconds(20), maxDelay: .milliseconds(100)),
            // With the socket, the longest pause is also how long it may be silent before
            // Task/Detail is asked: 2 s keeps a loaded machine from polling past messages
            // still on their way.
            polling: WiroPolling(initial: .milliseconds(20), growth: 1.5, maximum: socket ? .seconds(2) : .milliseconds(80)),
            requestTimeout: timeout, logger: logger)
    }

    /// The platform's WebSocket where it is built; TestSupport's otherwise (on Linux without
    /// SwiftNIO, as CI's sanitizer runs build it).
    static var socketTransport: any WiroSocketTransport {
        #if os(Linux) && !NIOWebSocket
        LoopbackSocketTransport()
        #else
        WiroDefaultSocketTransport()
        #endif
    }

    private static func respond(to request: LoopbackRequest, state: Locked<State>) -> LoopbackResponse {
        if request.path == "/socket" {
            if state.withLock({ $0.faults.socketRefused }) { return LoopbackResponse(status: 503, body: Data("socket server down".utf8)) }
            return .upgrade { socket in session(socket, state) }
        }
        let signed = signatureIsValid(request.headers)
        return state.withLock { state in
            if !signed { state.signatureFailures.append(request.path) }
            guard signed || request.headers["x-nonce"] == nil && request.headers["x-api-key"] == apiKey else {
                return .json(#"{"result": false, "errors": [{"code": 0, "message": "Project authorization is not valid."}]}"#, status: 401)
            }
            switch request.path {
            case let path where path.hasPrefix("/v1/Run/"): return run(request, &state)
            case "/v1/Task/Detail": return detail(request, &state)
            case "/v1/Task/Kill", "/v1/Task/Cancel": return control(request, &state)
            default: return .json(#"{"result": false, "errors": ["no such endpoint"]}"#, status: 404)
            }
        }
    }

    private static func signatureIsValid(_ headers: [String: String]) -> Bool {
        guard headers["x-api-key"] == apiKey, let nonce = headers["x-nonce"], let signature = headers["x-signature"] else { return false }
        return signature == WiroCredentials.signature(key: apiKey, secret: apiSecret, nonce: nonce)
    }

    private static func run(_ request: LoopbackRequest, _ state: inout State) -> LoopbackResponse {
        if state.faults.run429s > 0 {
            state.faults.run429s -= 1
            return .json(#"{"result": false, "errors": ["rate limited"]}"#, status: 429)
        }
        if state.faults.run500s > 0 {
            state.faults.run500s -= 1
            return LoopbackResponse(status: 500, body: Data("internal error".utf8))
        }
        if state.faults.taskLimitRefusals > 0 {
            state.faults.taskLimitRefusals -= 1
            return refusal([(96, "You have reached your concurrent task limit. With your current balance of $50.00, you can run up to 5 tasks at the same time. Add funds to increase your limit.")])
        }
        if let errors = state.faults.runErrors { return refusal(errors) }
        let id = String(state.nextTask)
        state.nextTask += 1
        return .json(#"{"errors": [], "taskid": "\#(id)", "socketaccesstoken": "tok\#(id)", "result": true}"#)
    }

    /// Waits for the client's `task_info`, plays the script's messages, then drops the
    /// connection or waits for the client to close it.
    private static func session(_ socket: LoopbackWebSocket, _ state: Locked<State>) {
        guard let frame = socket.receiveText(),
              let object = try? JSONSerialization.jsonObject(with: Data(frame.utf8)) as? [String: String],
              object["type"] == "task_info", let token = object["tasktoken"]
        else { return socket.close() }
        let id = String(token.dropFirst(3))
        let (script, dropAfter) = state.withLock { state in
            state.registrations.append(frame)
            state.socketActive.insert(id)
            return (state.script, state.faults.socketDropAfter)
        }
        for (index, step) in script.steps.enumerated() {
            if socket.clientHasClosed() {
                state.withLock { state in
                    state.socketActive.remove(id)
                    state.closedByClient.insert(id)
                }
                return
            }
            if index == dropAfter {
                state.withLock { _ = $0.socketActive.remove(id) }
                return socket.drop()
            }
            Thread.sleep(forTimeInterval: 0.01)
            let message = state.withLock { state in
                switch step {
                case .status(let status):
                    state.current[id] = status
                    return #"{"type": "\#(status)", "tasktoken": "\#(token)"}"#
                case .output(let json): return #"{"type": "task_output", "tasktoken": "\#(token)", "message": \#(json)}"#
                case .log(let line): return #"{"type": "task_error", "tasktoken": "\#(token)", "message": "\#(line)"}"#
                }
            }
            guard socket.send(message) else { break }
        }
        let closed = socket.waitForClientClose(timeout: .seconds(30))
        state.withLock { state in
            state.socketActive.remove(id)
            if closed { state.closedByClient.insert(id) }
        }
    }

    /// The status Task/Detail reports for a task followed on the socket: the last one sent
    /// while the socket is sending; once it has dropped, that one, then the script's next
    /// status at each poll.
    private static func scriptedStatus(of id: String, _ state: inout State) -> String? {
        guard let current = state.current[id] else { return nil }
        guard !state.socketActive.contains(id) else { return current }
        let statuses = state.script.statuses
        state.current[id] = statuses[min((statuses.firstIndex(of: current) ?? 0) + 1, statuses.count - 1)]
        return current
    }

    private static func detail(_ request: LoopbackRequest, _ state: inout State) -> LoopbackResponse {
        if state.faults.detail500s > 0 {
            state.faults.detail500s -= 1
            return LoopbackResponse(status: 500, body: Data("<html>bad gateway</html>".utf8))
        }
        if state.faults.malformedDetail { return .json(#"{"total": "1", "tasklist": [ {"id": "#) }
        guard let id = taskID(in: request) else { return .json(#"{"result": false, "errors": ["task-not-exist"]}"#) }
        let polls = state.polls[id, default: 0]
        state.polls[id] = polls + 1
        let statuses = ["task_queue", "task_queue", "task_start", "task_start", "task_postprocess_end"]
        var status = state.faults.neverFinish ? "task_start" : statuses[min(polls, statuses.count - 1)]
        if let scripted = scriptedStatus(of: id, &state) { status = scripted }
        if state.cancelled.contains(id) { status = "task_cancel" }
        let script = state.current[id] == nil ? nil : state.script
        var response = LoopbackResponse.json(taskList(id: id, status: status, script: script))
        response.delay = state.faults.detailDelay
        return response
    }

    /// Wiro's refusal: HTTP 200, `result: false`, the errors with their codes.
    static func refusal(_ errors: [(code: Int, message: String)]) -> LoopbackResponse {
        let list = errors.map { #"{"code": \#($0.code), "message": \#(quoted($0.message))}"# }.joined(separator: ", ")
        return .json(#"{"result": false, "errors": [\#(list)], "taskid": null}"#)
    }

    /// Task/Cancel and Task/Kill as production Wiro answers them: Cancel takes `{"taskid"}`,
    /// Kill `{"taskid"}` or `{"socketaccesstoken"}`; both answer `{"result": true}` with no task
    /// list, and refuse any other body.
    private static func control(_ request: LoopbackRequest, _ state: inout State) -> LoopbackResponse {
        state.controlBodies.append(String(decoding: request.body, as: UTF8.self))
        let body = (try? JSONSerialization.jsonObject(with: request.body) as? [String: String]) ?? [:]
        let isKill = request.path.hasSuffix("Kill")
        let id: String?
        switch (Set(body.keys), isKill) {
        case (["taskid"], _): id = body["taskid"]
        case (["socketaccesstoken"], true): id = body["socketaccesstoken"].map { String($0.dropFirst(3)) }
        default: id = nil
        }
        guard let id, Int(id).map({ $0 < state.nextTask }) == true else {
            return refusal([(1, "task-not-exist")])
        }
        state.cancelled.insert(id)
        return .json(#"{"result": true, "errors": []}"#)
    }

    /// The id a Task/* body names: `taskid`, or the number inside a `tasktoken` ("tok2221").
    private static func taskID(in request: LoopbackRequest) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: request.body) as? [String: String] else { return nil }
        return object["taskid"] ?? object["tasktoken"].map { String($0.dropFirst(3)) }
    }

    /// The documented Task/Detail response, numbers in strings as Wiro sends them.
    static func taskList(id: String, status: String, script: Script? = nil) -> String {
        let done = status == "task_postprocess_end"
        let outputs = done ? script?.outputs ?? #"""
            [{"id": "6bc392c93856dfce3a7d1b4261e15af3", "name": "0.png", "contenttype": "image/png",
              "parentid": "6c1833f39da71e6175bf292b18779baf", "uuid": "15bce51f-442f-4f44-a71d-13c6374a62bd",
              "size": "202472", "addedtime": "1734513812", "modifiedtime": "1734513812",
              "accesskey": "dFKlMApaSgMeHKsJyaDeKrefcHahUK",
              "url": "https://cdn1.wiro.ai/6a6af820-c5050aee/0.png"}]
            """# : "[]"
        return #"""
            {"total": "1", "errors": [], "tasklist": [{"id": "\#(id)", "uuid": "15bce51f-442f-4f44-a71d-13c6374a62bd",
             "socketaccesstoken": "tok\#(id)", "parameters": {}, "debugoutput": \#(quoted(done ? script?.debugOutput ?? "" : "")), "debugerror": "",
             "starttime": "1734513809", "endtime": "\#(done ? "1734513813" : "0")", "elapsedseconds": "6.0000",
             "status": "\#(status)", "cps": "0.000585000000", "totalcost": "0.003510000000", "pexit": "\#(done ? script?.pexit ?? "0" : "")",
             "createtime": "1734513807", "canceltime": "0", "outputs": \#(outputs), "size": "202472"}], "result": true}
            """#
    }

    /// `text` as a JSON string.
    static func quoted(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]), as: UTF8.self)
    }
}
