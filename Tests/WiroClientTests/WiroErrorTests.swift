import Foundation
import Logging
import Testing
import WiroTesting
import WiroTools
@testable import WiroClient

/// Wiro's refusals, typed: each error code of Wiro's error reference and each validation
/// message, read from the answer as Wiro sends it.
@Suite("Wiro's refusals, typed")
struct WiroErrorTests {
    /// The refusal `errors` (code, message) read from an answer with HTTP `status`.
    static func refusal(_ errors: [(Int, String)], status: Int = 200) throws -> WiroAPIError {
        let list = errors.map { #"{"code": \#($0.0), "message": \#(FakeWiro.quoted($0.1))}"# }.joined(separator: ", ")
        let response = WiroHTTPResponse(status: status, body: Data(#"{"result": false, "errors": [\#(list)]}"#.utf8))
        do {
            try ResponseReader.checkErrors(response)
        } catch WiroClientError.api(let refusal) {
            return refusal
        }
        throw WiroClientError.decoding(field: "(test)", reason: "no refusal read")
    }

    static let limitMessage = "You have reached your concurrent task limit. With your current balance of $50.00, you can run up to 5 tasks at the same time. Add funds to increase your limit."

    @Test("Each code of Wiro's error reference has its reason", arguments: [
        (96, limitMessage, 200, WiroAPIError.Reason.concurrentTaskLimit(limit: 5)),
        (96, "Concurrent task limit reached", 200, .concurrentTaskLimit(limit: nil)),
        (97, "Insufficient balance", 200, .insufficientBalance),
        (98, "Sign in required to access this model", 200, .signInRequired),
        (99, "Authorization bearer token expired.", 401, .notAuthorized),
        (0, "Project authorization is not founded.", 401, .notAuthorized),
        (0, "Requested ip 10.0.0.1 is not allowed.", 401, .notAuthorized),
        (1, "Tool is not accessible", 200, .notFound),
        (0, "task-not-exist", 200, .notFound),
        (0, "Something went wrong", 200, .other),
    ])
    func codes(code: Int, message: String, status: Int, reason: WiroAPIError.Reason) throws {
        let refusal = try Self.refusal([(code, message)], status: status)
        #expect(refusal.reason == reason)
        #expect(refusal.code == code && refusal.messages == [message] && refusal.status == status)
        #expect(refusal.description.contains(message), "Wiro's message stays available")
    }

    @Test("Validation messages name the input and the reason", arguments: [
        ("Request parameter [prompt] required", WiroInputProblem(input: "prompt", kind: .required)),
        ("Request parameter [steps] must be integer or float", WiroInputProblem(input: "steps", kind: .notANumber)),
        ("Request parameter [steps] must be between 1 and 50", WiroInputProblem(input: "steps", kind: .outOfRange(minimum: 1, maximum: 50))),
        ("Request parameter [guidance] must be between 0.5 and 7.5.", WiroInputProblem(input: "guidance", kind: .outOfRange(minimum: 0.5, maximum: 7.5))),
        ("Request files [inputImage] required", WiroInputProblem(input: "inputImage", kind: .fileRequired)),
    ])
    func validation(message: String, problem: WiroInputProblem) throws {
        #expect(try Self.refusal([(0, message)]).reason == .invalidInput([problem]))
    }

    @Test("Several validation messages: every problem, in order; a stronger code wins over them")
    func several() throws {
        let refusal = try Self.refusal([(0, "Request parameter [prompt] required"), (0, "Request files [inputImage] required")])
        #expect(refusal.reason == .invalidInput([.init(input: "prompt", kind: .required), .init(input: "inputImage", kind: .fileRequired)]))
        #expect(try Self.refusal([(0, "Request parameter [prompt] required"), (97, "Insufficient balance")]).reason == .insufficientBalance)
    }

    @Test("Errors as plain strings and 'msg' fields are read too; a refusal with no message says so")
    func shapes() throws {
        let strings = WiroHTTPResponse(status: 200, body: Data(#"{"result": false, "errors": ["Request parameter [seed] must be integer or float"]}"#.utf8))
        #expect(throws: WiroClientError.api(WiroAPIError(reason: .invalidInput([.init(input: "seed", kind: .notANumber)]), code: nil,
                                                         messages: ["Request parameter [seed] must be integer or float"], status: 200))) {
            try ResponseReader.checkErrors(strings)
        }
        let msg = WiroHTTPResponse(status: 200, body: Data(#"{"result": "false", "errors": [{"code": "97", "msg": "Insufficient balance"}]}"#.utf8))
        #expect(throws: WiroClientError.api(WiroAPIError(reason: .insufficientBalance, code: 97, messages: ["Insufficient balance"], status: 200))) {
            try ResponseReader.checkErrors(msg)
        }
        let bare = WiroHTTPResponse(status: 200, body: Data(#"{"result": false}"#.utf8))
        #expect(throws: WiroClientError.api(WiroAPIError(reason: .other, code: nil, messages: [], status: 200))) { try ResponseReader.checkErrors(bare) }
        #expect(WiroAPIError(reason: .other, code: nil, messages: [], status: 200).description.hasSuffix("no message"))
    }

    // The task limit's tests run against WiroTesting's fake: its clock makes the waits exact.

    @Test("A run at the task limit is thrown at once by default: one call, the limit in the error")
    func limitFails() async throws {
        let wiro = WiroFake()
        wiro.answer(PixVerse.TextToVideoV4_5.self, .refuse(.concurrentTaskLimit(limit: 5)), .success)
        let error = await #expect(throws: WiroClientError.self) { _ = try await wiro.client().run(PixVerse.TextToVideoV4_5.defaultRequest) }
        #expect(error?.refusal == .concurrentTaskLimit(limit: 5))
        #expect(wiro.runs.count == 1)
        #expect(wiro.clock.now == .zero)
    }

    @Test("waitForSlot: tries again, saying so, until a slot frees")
    func limitWaits() async throws {
        let wiro = WiroFake()
        wiro.answer(PixVerse.TextToVideoV4_5.self, .refuse(.concurrentTaskLimit(limit: 5)), .refuse(.concurrentTaskLimit(limit: 5)), .success)
        let logs = LogCapture()
        var client = wiro.client()
        client.logger = Logger(label: "test") { _ in logs }
        let run = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest, options: .init(atTaskLimit: .waitForSlot(upTo: .seconds(120))))
        #expect(wiro.runs.map(\.taskID) == [nil, nil, run.taskID])
        #expect(wiro.clock.now == .milliseconds(2500), "pauses of 1 s and 1.5 s, as polling says")
        #expect(logs.lines.filter { $0.contains("concurrent task limit reached; waiting for a slot") && $0.contains(#""limit": 5"#) }.count == 2)
    }

    @Test("waitForSlot gives up at its bound with the last refusal")
    func limitGivesUp() async throws {
        let wiro = WiroFake()
        wiro.answer(PixVerse.TextToVideoV4_5.self, .refuse(.concurrentTaskLimit(limit: 5)))
        let error = await #expect(throws: WiroClientError.self) {
            _ = try await wiro.client().run(PixVerse.TextToVideoV4_5.defaultRequest, options: .init(atTaskLimit: .waitForSlot(upTo: .seconds(2))))
        }
        #expect(error?.refusal == .concurrentTaskLimit(limit: 5))
        #expect(wiro.runs.count == 3, "at 0 s, 1 s and 2 s: the second pause cut to the bound")
        #expect(wiro.clock.now == .seconds(2))
    }

    @Test("A bad signature: HTTP 401 with Wiro's refusal is notAuthorized, not an HTTP error")
    func badSignature() async throws {
        let wiro = try FakeWiro()
        let client = WiroClient(apiKey: FakeWiro.apiKey, apiSecret: "wrong", baseURL: wiro.baseURL, socketURL: nil)
        let error = await #expect(throws: WiroClientError.self) { _ = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest) }
        #expect(error?.refusal == .notAuthorized)
    }
}
