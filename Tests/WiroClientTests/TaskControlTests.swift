import Foundation
import Testing
import WiroTools
@testable import WiroClient

/// Task/Cancel and Task/Kill as production Wiro takes and answers them: Cancel `{"taskid"}`,
/// Kill `{"taskid"}` or `{"socketaccesstoken"}`, both `{"result": true}` with no task list.
@Suite("Task control against production's bodies and answers", .serialized)
struct TaskControlTests {
    @Test("cancel and kill a run send its id and read the result; the task then shows the cancel")
    func byRun() async throws {
        let wiro = try FakeWiro()
        let client = wiro.client()
        let run = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest)
        #expect(try await client.cancel(run))
        #expect(try await client.kill(run))
        #expect(try await client.task(for: run).status == .cancel)
        #expect(wiro.controlBodies == [#"{"taskid":"2221"}"#, #"{"taskid":"2221"}"#])
        #expect(wiro.requests.map(\.path) == ["/v1/Run/PixVerse/text-to-video-v4.5", "/v1/Task/Cancel", "/v1/Task/Kill", "/v1/Task/Detail"])
    }

    @Test("kill by token sends socketaccesstoken; cancel by token looks the id up first")
    func byToken() async throws {
        let wiro = try FakeWiro()
        let client = wiro.client()
        let run = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest)
        #expect(try await client.kill(.token(run.socketAccessToken)))
        #expect(try await client.cancel(.token(run.socketAccessToken)))
        #expect(wiro.controlBodies == [#"{"socketaccesstoken":"tok2221"}"#, #"{"taskid":"2221"}"#])
        let detail = try #require(wiro.requests.first { $0.path == "/v1/Task/Detail" })
        #expect(String(decoding: detail.body, as: UTF8.self) == #"{"tasktoken":"tok2221"}"#)
    }

    @Test("A task Wiro does not know: the refusal is thrown as not found")
    func unknownTask() async throws {
        let wiro = try FakeWiro()
        let error = await #expect(throws: WiroClientError.self) { _ = try await wiro.client().kill(.id("9999")) }
        #expect(error?.refusal == .notFound)
    }

    @Test("An answer with result false and no errors is a refusal; result true with nothing else is accepted")
    func answers() throws {
        let refused = WiroHTTPResponse(status: 200, body: Data(#"{"result": false}"#.utf8))
        #expect(throws: WiroClientError.self) { try ResponseReader.checkErrors(refused) }
        let accepted = WiroHTTPResponse(status: 200, body: Data(#"{"result": true}"#.utf8))
        #expect(try ResponseReader.decode(ResultEnvelope.self, from: accepted).accepted)
        let asText = WiroHTTPResponse(status: 200, body: Data(#"{"result": "true", "errors": []}"#.utf8))
        #expect(try ResponseReader.decode(ResultEnvelope.self, from: asText).accepted)
    }
}
