import Foundation
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
        /// Answer Run with `result: false` and these messages.
        var runErrors: [String]? = nil
        /// Answer Task/Detail with a body that is not JSON.
        var malformedDetail = false
        /// Answer Task/Detail with a status that never ends.
        var neverFinish = false
        /// Answer Task/Detail only after this long.
        var detailDelay: Duration? = nil
    }

    private let server: LoopbackHTTPServer
    private let state: Locked<State>

    private struct State {
        var faults: Faults
        var polls: [String: Int] = [:]
        var nextTask = 2221
        var signatureFailures: [String] = []
        var cancelled: Set<String> = []
    }

    init(faults: Faults = Faults()) throws {
        let state = Locked(State(faults: faults))
        self.state = state
        server = try LoopbackHTTPServer(lifetime: .seconds(120)) { request in
            FakeWiro.respond(to: request, state: state)
        }
    }

    deinit { server.stop() }

    /// The API root to give the client.
    var baseURL: URL { server.baseURL.appendingPathComponent("v1") }

    /// Every request received, in order.
    var requests: [LoopbackRequest] { server.requests }

    /// Paths of requests whose signature was wrong or missing.
    var signatureFailures: [String] { state.withLock { $0.signatureFailures } }

    /// A client for this server, with quick retries and polls.
    func client(secret: String? = FakeWiro.apiSecret, timeout: Duration = .seconds(5), transport: any WiroTransport = URLSessionTransport()) -> WiroClient {
        WiroClient(
            apiKey: Self.apiKey, apiSecret: secret, baseURL: baseURL, transport: transport,
            retryPolicy: WiroRetryPolicy(maxAttempts: 4, initialDelay: .milliseconds(20), maxDelay: .milliseconds(100)),
            polling: WiroPolling(initial: .milliseconds(20), growth: 1.5, maximum: .milliseconds(80)),
            requestTimeout: timeout)
    }

    private static func respond(to request: LoopbackRequest, state: Locked<State>) -> LoopbackResponse {
        let signed = signatureIsValid(request.headers)
        return state.withLock { state in
            if !signed { state.signatureFailures.append(request.path) }
            guard signed || request.headers["x-nonce"] == nil && request.headers["x-api-key"] == apiKey else {
                return .json(#"{"result": false, "errors": [{"code": 401, "message": "signature is not valid"}]}"#, status: 401)
            }
            switch request.path {
            case let path where path.hasPrefix("/v1/Run/"): return run(request, &state)
            case "/v1/Task/Detail": return detail(request, &state)
            case "/v1/Task/Kill", "/v1/Task/Cancel":
                let id = taskID(in: request) ?? "0"
                state.cancelled.insert(id)
                return .json(taskList(id: id, status: "task_cancel"))
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
        if let messages = state.faults.runErrors {
            let list = messages.map { #"{"code": 7, "message": "\#($0)"}"# }.joined(separator: ", ")
            return .json(#"{"result": false, "errors": [\#(list)], "taskid": null}"#)
        }
        let id = String(state.nextTask)
        state.nextTask += 1
        return .json(#"{"errors": [], "taskid": "\#(id)", "socketaccesstoken": "tok\#(id)", "result": true}"#)
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
        if state.cancelled.contains(id) { status = "task_cancel" }
        var response = LoopbackResponse.json(taskList(id: id, status: status))
        response.delay = state.faults.detailDelay
        return response
    }

    /// The id a Task/* body names: `taskid`, or the number inside a `tasktoken` ("tok2221").
    private static func taskID(in request: LoopbackRequest) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: request.body) as? [String: String] else { return nil }
        return object["taskid"] ?? object["tasktoken"].map { String($0.dropFirst(3)) }
    }

    /// The documented Task/Detail response, numbers in strings as Wiro sends them.
    static func taskList(id: String, status: String) -> String {
        let done = status == "task_postprocess_end"
        let outputs = done ? #"""
            [{"id": "6bc392c93856dfce3a7d1b4261e15af3", "name": "0.png", "contenttype": "image/png",
              "parentid": "6c1833f39da71e6175bf292b18779baf", "uuid": "15bce51f-442f-4f44-a71d-13c6374a62bd",
              "size": "202472", "addedtime": "1734513812", "modifiedtime": "1734513812",
              "accesskey": "dFKlMApaSgMeHKsJyaDeKrefcHahUK",
              "url": "https://cdn1.wiro.ai/6a6af820-c5050aee/0.png"}]
            """# : "[]"
        return #"""
            {"total": "1", "errors": [], "tasklist": [{"id": "\#(id)", "uuid": "15bce51f-442f-4f44-a71d-13c6374a62bd",
             "socketaccesstoken": "tok\#(id)", "parameters": {}, "debugoutput": "", "debugerror": "",
             "starttime": "1734513809", "endtime": "\#(done ? "1734513813" : "0")", "elapsedseconds": "6.0000",
             "status": "\#(status)", "cps": "0.000585000000", "totalcost": "0.003510000000", "pexit": "\#(done ? "0" : "")",
             "createtime": "1734513807", "canceltime": "0", "outputs": \#(outputs), "size": "202472"}], "result": true}
            """#
    }
}
