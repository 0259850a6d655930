import Foundation
import Testing
import TestSupport
import WiroRuntime
import WiroTools
@testable import WiroClient
@testable import WiroHTTP

/// Wiro's answer envelope and the retry policy: one reading and one policy, for the client and
/// the generator's catalogue alike.
@Suite("Wiro's HTTP conventions: the answer envelope, retries")
struct WiroHTTPTests {
    @Test("Every form of Wiro's answer envelope reads alike", arguments: [
        (#"{"result": false, "errors": [{"code": 96, "message": "limit reached"}]}"#, true, [Int?.some(96)], ["limit reached"]),
        (#"{"result": "false", "errors": []}"#, true, [], []),
        (#"{"result": true, "errors": [{"msg": "sign in"}]}"#, true, [nil], ["sign in"]),
        (#"{"errors": ["plain text"]}"#, true, [nil], ["plain text"]),
        (#"{"errors": [{"code": "97"}]}"#, true, [97], [#"{"code":"97"}"#]),
        (#"{"result": true, "errors": []}"#, false, [], []),
        (#"{"result": "true", "taskid": "1"}"#, false, [], []),
    ])
    func envelope(_ body: String, _ refused: Bool, _ codes: [Int?], _ messages: [String]) throws {
        let envelope = try #require(WiroEnvelope.read(Data(body.utf8)))
        #expect(envelope.isRefusal == refused)
        #expect(envelope.errors.map(\.code) == codes)
        #expect(envelope.messages == messages)
    }

    @Test("A body that is not one JSON object has no envelope", arguments: ["[1, 2]", "not json", "", #""text""#])
    func noEnvelope(_ body: String) {
        #expect(WiroEnvelope.read(Data(body.utf8)) == nil)
    }

    @Test("Waits double from the first, stop at the longest, and take the server's Retry-After within it")
    func delays() {
        let policy = WiroRetryPolicy(maxAttempts: 6, initialDelay: .milliseconds(500), maxDelay: .seconds(3), jitter: 0)
        #expect((1...5).map { policy.delay(beforeRetry: $0) } == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(3), .seconds(3)])
        #expect(policy.delay(beforeRetry: 1, serverAsked: .seconds(2)) == .seconds(2))
        #expect(policy.delay(beforeRetry: 1, serverAsked: .seconds(60)) == .seconds(3))
        #expect(policy.delay(beforeRetry: 3, serverAsked: .zero) == .zero)
        #expect(WiroRetryPolicy.retryAfter(" 7 ") == .seconds(7) && WiroRetryPolicy.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect([429, 500, 503].allSatisfy(WiroRetryPolicy.isRetryable) && ![200, 400, 404].contains(where: WiroRetryPolicy.isRetryable))
    }

    @Test("Jitter spreads each wait within 1 ± jitter of it")
    func jitter() {
        let policy = WiroRetryPolicy(initialDelay: .seconds(1), jitter: 0.2)
        let waits = (0..<200).map { _ in policy.delay(beforeRetry: 1) }
        #expect(waits.allSatisfy { $0 >= .milliseconds(800) && $0 <= .milliseconds(1200) })
        #expect(Set(waits).count > 1, "the waits differ")
    }

    @Test("The client waits as Wiro's Retry-After asks, not its own backoff")
    func clientHonoursRetryAfter() async throws {
        let transport = ScriptedTransport([
            WiroHTTPResponse(status: 429, body: Data(), headers: ["Retry-After": "0"]),
            WiroHTTPResponse(status: 200, body: Data(#"{"result": true, "taskid": "7", "socketaccesstoken": "t"}"#.utf8)),
        ])
        let logs = LogCapture()
        var client = WiroClient(apiKey: "k", transport: transport, retryPolicy: WiroRetryPolicy(initialDelay: .seconds(600), jitter: 0))
        client.logger = .init(label: "test") { _ in logs }
        let run = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest)
        #expect(run.taskID == "7" && transport.sent == 2)
        #expect(logs.lines.contains { $0.contains("wiro retry") && $0.contains("0.0 seconds") }, "\(logs.lines)")
    }
}

/// Answers each call with the next scripted response.
final class ScriptedTransport: WiroTransport, @unchecked Sendable {
    private let script: Locked<[WiroHTTPResponse]>
    private let count = Locked(0)
    var sent: Int { count.withLock { $0 } }

    init(_ responses: [WiroHTTPResponse]) { script = Locked(responses) }

    func send(_ request: WiroHTTPRequest) async throws -> WiroHTTPResponse {
        count.withLock { $0 += 1 }
        return script.withLock { $0.removeFirst() }
    }
}
