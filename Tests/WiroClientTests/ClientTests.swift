import Foundation
import TestSupport
import Logging
import Testing
import WiroRuntime
import WiroTools
@testable import WiroClient

@Suite("WiroClient against a fake Wiro on 127.0.0.1", .serialized)
struct ClientTests {
    @Test("The signature is what `printf '%s' \"$SECRET$NONCE\" | openssl dgst -sha256 -hmac \"$KEY\"` prints")
    func signatureVector() {
        // KEY=wk_live_7f3a9c SECRET=s3cr3t-Ab9 NONCE=1734513807, computed once with openssl.
        #expect(WiroCredentials.signature(key: "wk_live_7f3a9c", secret: "s3cr3t-Ab9", nonce: "1734513807")
            == "9aab1333b6a3963d1175efc7cae1b876ef88680cc87c5277b70759cf326f0d40")
        let headers = WiroCredentials(apiKey: "key", apiSecret: "secret").headers(nonce: "1700000000000")
        #expect(headers == ["x-api-key": "key", "x-nonce": "1700000000000",
                            "x-signature": "57c9b18bcdded5b2c971a51c01d8b35735152e1cb569c4798332c564ac9c5e99"])
        #expect(WiroCredentials(apiKey: "key", apiSecret: nil).headers(nonce: "1") == ["x-api-key": "key"])
    }

    @Test("run, then wait: a signed JSON body, statuses queue → start → postprocess_end, typed outputs")
    func runAndWait() async throws {
        let wiro = try FakeWiro()
        let request = PixVerse.TextToVideoV4_5(prompt: "A red fox in fresh snow", duration: ._8)
        let seen = Locked<[WiroTaskStatus]>([])
        let options = WiroRunOptions(callbackURL: URL(string: "https://example.com/hook"))
        let task = try await wiro.client().runAndWait(request, options: options, following: .init(source: .polling)) { event in
            if case .status(let status) = event { seen.withLock { $0.append(status) } }
        }
        #expect(task.isSuccess)
        #expect(task.id == "2221")
        #expect(seen.withLock { $0 } == [.queue, .start, .postprocessEnd])
        #expect(task.outputs.first?.url?.absoluteString == "https://cdn1.wiro.ai/6a6af820-c5050aee/0.png")
        #expect(task.outputs.first?.size == 202472)
        #expect(task.elapsed == .seconds(6))
        #expect(task.exitCode == 0)
        #expect(task.totalCost == 0.00351)
        #expect(task.startedAt == Date(timeIntervalSince1970: 1734513809))

        let requests = wiro.requests
        #expect(wiro.signatureFailures.isEmpty)
        #expect(requests.map(\.path) == ["/v1/Run/PixVerse/text-to-video-v4.5"] + Array(repeating: "/v1/Task/Detail", count: 5))
        let run = try #require(requests.first)
        #expect(run.headers["content-type"] == "application/json")
        let body = try #require(try JSONSerialization.jsonObject(with: run.body) as? [String: Any])
        #expect(body["prompt"] as? String == "A red fox in fresh snow")
        #expect(body["duration"] as? String == "8")
        #expect(body["seed"] as? Int == 0)
        #expect(body["callbackUrl"] as? String == "https://example.com/hook")
        #expect(Set(body.keys) == ["prompt", "negativePrompt", "aspectRatio", "duration", "quality", "motionMode", "style", "seed", "Watermark", "callbackUrl"])
        let nonces = Set(requests.compactMap { $0.headers["x-nonce"] })
        #expect(nonces.count >= 2, "each call is signed afresh")
    }

    @Test("Run endpoints follow the base URL, so proxies and test servers receive them")
    func runURLs() {
        #expect(WiroClient(apiKey: "k").runURL(for: PixVerse.TextToVideoV4.tool).absoluteString
            == "https://api.wiro.ai/v1/Run/pixverse/text-to-video-v4")
        #expect(WiroClient(apiKey: "k", baseURL: URL(string: "https://proxy.example/wiro/v1")!).runURL(for: PixVerse.TextToVideoV4.tool).absoluteString
            == "https://proxy.example/wiro/v1/Run/pixverse/text-to-video-v4")
    }

    @Test("An invalid request never reaches the server")
    func invalidNeverSent() async throws {
        let wiro = try FakeWiro()
        let request = PixVerse.TextToVideoV4_5(prompt: "A turtle", duration: ._8, quality: ._1080p)
        await #expect(throws: WiroValidationError.self) { _ = try await wiro.client().run(request) }
        #expect(wiro.requests.isEmpty)
    }

    @Test("validation: .skip sends a request that breaks its rules, logging each broken rule")
    func skipValidation() async throws {
        let wiro = try FakeWiro()
        let logs = LogCapture()
        var client = wiro.client()
        client.logger = Logger(label: "test") { _ in logs }
        let request = PixVerse.TextToVideoV4_5(prompt: "A turtle", duration: ._8, quality: ._1080p)
        let run = try await client.run(request, options: .init(validation: .skip))
        #expect(run.taskID == "2221")
        #expect(wiro.requests.map(\.path) == ["/v1/Run/PixVerse/text-to-video-v4.5"])
        let sent = try #require(wiro.requests.first)
        let body = try #require(try JSONSerialization.jsonObject(with: sent.body) as? [String: Any])
        #expect(body["quality"] as? String == "1080p" && body["duration"] as? String == "8")
        let warnings = logs.lines.filter { $0.hasPrefix("warning wiro request sent although it breaks a rule") }
        #expect(!request.violations.isEmpty && warnings.count == request.violations.count)
        for violation in request.violations { #expect(warnings.contains { $0.contains(violation.message) }) }
    }

    @Test("A local file goes out as multipart, its bytes intact; other inputs as text fields")
    func multipart() async throws {
        let wiro = try FakeWiro()
        let bytes = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("koala-\(UUID().uuidString).jpg")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try await wiro.client().run(Chetwinlow1.Ovi(inputImage: .local(file), prompt: "A koala", negativePrompt: "", audioNegativePrompt: "", steps: 40))
        #expect(run.taskID == "2221")
        let request = try #require(wiro.requests.first)
        let contentType = try #require(request.headers["content-type"])
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let parts = try Multipart.parse(request.body, boundary: String(contentType.split(separator: "=", maxSplits: 1)[1]))
        let image = try #require(parts.first { $0.name == "inputImage" })
        #expect(image.filename == file.lastPathComponent)
        #expect(image.contentType == "image/jpeg")
        #expect(image.body == bytes)
        #expect(parts.first { $0.name == "steps" }.map { String(decoding: $0.body, as: UTF8.self) } == "40")
        #expect(parts.first { $0.name == "resolution" }.map { String(decoding: $0.body, as: UTF8.self) } == "default")
        #expect(parts.map(\.name) == ["inputImage", "prompt", "negativePrompt", "audioNegativePrompt", "resolution", "steps", "seed"])
        #expect(wiro.signatureFailures.isEmpty)
    }

    @Test("Task/Detail answering 500 twice then 200: retried, the wait succeeds")
    func detail500Twice() async throws {
        let wiro = try FakeWiro(faults: .init(detail500s: 2))
        let task = try await wiro.client().runAndWait(PixVerse.TextToVideoV4_5.defaultRequest)
        #expect(task.isSuccess)
        #expect(wiro.requests.filter { $0.path == "/v1/Task/Detail" }.count == 7, "5 polls + 2 retries")
    }

    @Test("Run answered 429: retried, since Wiro did not take it")
    func run429() async throws {
        let wiro = try FakeWiro(faults: .init(run429s: 1))
        let run = try await wiro.client().run(PixVerse.TextToVideoV4_5.defaultRequest)
        #expect(run.taskID == "2221")
        #expect(wiro.requests.count == 2)
    }

    @Test("Run answered 500: not retried, since Wiro may have started it")
    func run500() async throws {
        let wiro = try FakeWiro(faults: .init(run500s: 1))
        await #expect(throws: WiroClientError.http(status: 500, body: "internal error")) {
            _ = try await wiro.client().run(PixVerse.TextToVideoV4_5.defaultRequest)
        }
        #expect(wiro.requests.count == 1)
    }

    @Test("result: false with errors becomes a typed refusal carrying the server's code and messages")
    func apiError() async throws {
        let wiro = try FakeWiro(faults: .init(runErrors: [(97, "Insufficient balance"), (0, "Project is suspended")]))
        let refusal = WiroAPIError(reason: .insufficientBalance, code: 97, messages: ["Insufficient balance", "Project is suspended"], status: 200)
        await #expect(throws: WiroClientError.api(refusal)) {
            _ = try await wiro.client().run(PixVerse.TextToVideoV4_5.defaultRequest)
        }
        #expect(wiro.requests.count == 1)
    }

    @Test("Malformed JSON: a decoding error that names the place")
    func malformed() async throws {
        let wiro = try FakeWiro(faults: .init(malformedDetail: true))
        let error = await #expect(throws: WiroClientError.self) { _ = try await wiro.client().task(.id("2221")) }
        guard case .decoding(let field, _)? = error else {
            Issue.record("expected a decoding error, got \(String(describing: error))")
            return
        }
        #expect(field == "(body)")
        #expect(wiro.requests.count == 1)
    }

    @Test("A field of the wrong type is named in the decoding error")
    func wrongField() throws {
        let response = WiroHTTPResponse(status: 200, body: Data(#"{"tasklist": [{"id": "1", "status": "task_start", "outputs": [{"name": "a", "size": "big"}]}]}"#.utf8))
        #expect(throws: WiroClientError.decoding(field: "tasklist[0].outputs[0].size", reason: "'big' is not a number")) {
            _ = try ResponseReader.decode(TaskListEnvelope.self, from: response)
        }
    }

    @Test("A server that hangs past the request timeout: retried for Task/Detail, then a transport error")
    func hang() async throws {
        let wiro = try FakeWiro(faults: .init(detailDelay: .seconds(3)))
        let transport = CountingTransport()
        let client = wiro.client(timeout: .milliseconds(300), transport: transport)
        await #expect(throws: WiroClientError.transport(.timedOut)) { _ = try await client.task(.id("2221")) }
        // Attempts are counted where the client hands them to HTTP: on a loaded machine an attempt
        // can time out before it reaches the server, so the server's count is at most this.
        #expect(transport.count == 4)
        #expect((1...4).contains(wiro.requests.count))
    }

    @Test("A task that never ends: following stops at its deadline, naming the last status")
    func deadline() async throws {
        let wiro = try FakeWiro(faults: .init(neverFinish: true))
        let client = wiro.client()
        let run = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest)
        await #expect(throws: WiroClientError.deadlineExceeded(taskID: "2221", lastStatus: .start)) {
            _ = try await client.events(for: run, options: .init(deadline: .milliseconds(400))).finalTask()
        }
    }

    @Test("Cancelling the Swift task stops following")
    func cancellation() async throws {
        let wiro = try FakeWiro(faults: .init(neverFinish: true))
        let client = wiro.client()
        let run = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest)
        let waiting = Task { try await client.events(for: run, options: .init(deadline: .seconds(60), source: .polling)).finalTask() }
        try await Task.sleep(for: .milliseconds(150))
        waiting.cancel()
        await #expect(throws: CancellationError.self) { _ = try await waiting.value }
    }

    @Test("Polling reports each change of status once, then the final task")
    func polling() async throws {
        let wiro = try FakeWiro()
        let client = wiro.client()
        let run = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest)
        var statuses: [WiroTaskStatus] = []
        var final: WiroTask?
        for try await event in client.events(for: run, options: .init(source: .polling)) {
            if case .status(let status) = event { statuses.append(status) }
            if case .completed(let task) = event { final = task }
        }
        #expect(statuses == [.queue, .start, .postprocessEnd])
        #expect(final?.isSuccess == true)
        #expect(wiro.registrations.isEmpty, "polling never opens the socket")
    }

    @Test("API-key-only mode sends x-api-key alone")
    func apiKeyOnly() async throws {
        let wiro = try FakeWiro()
        _ = try await wiro.client(secret: nil).run(PixVerse.TextToVideoV4_5.defaultRequest)
        let headers = try #require(wiro.requests.first?.headers)
        #expect(headers["x-api-key"] == FakeWiro.apiKey)
        #expect(headers["x-nonce"] == nil && headers["x-signature"] == nil)
    }

    @Test("No connection: retried, then a transport error")
    func refused() async throws {
        let counter = CountingTransport()
        let client = WiroClient(
            apiKey: "k", apiSecret: "s", baseURL: URL(string: "http://127.0.0.1:9")!, transport: counter,
            retryPolicy: WiroRetryPolicy(maxAttempts: 3, initialDelay: .milliseconds(10)))
        await #expect(throws: WiroClientError.self) { _ = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest) }
        #expect(counter.count == 3, "a Run that never left may be retried")
    }

    @Test("The secret appears in no printed value of the client, its errors or its logs")
    func noSecretPrinted() async throws {
        let secret = FakeWiro.apiSecret
        let logs = LogCapture()
        var client = try FakeWiro(faults: .init(run500s: 1, runErrors: nil)).client()
        client.logger = Logger(label: "test") { _ in logs }
        client.logger.logLevel = .trace
        var printed = ["\(client)", String(reflecting: client), String(describing: client)]
        var dumped = ""
        dump(client, to: &dumped)
        printed.append(dumped)
        do { _ = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest) } catch {
            printed += ["\(error)", String(reflecting: error), error.localizedDescription]
        }
        let errors: [WiroClientError] = [
            .api(WiroAPIError(reason: .notAuthorized, code: 0, messages: ["x"], status: 401)), .http(status: 500, body: ""), .transport(.failed("t")),
        ]
        printed += errors.map { "\($0)" }
        printed += logs.lines
        #expect(!logs.lines.isEmpty, "the client did log")
        for text in printed { #expect(!text.contains(secret), "\(text)") }
        #expect(!dumped.contains(FakeWiro.apiKey))
    }
}

/// Counts the calls the client hands to HTTP, then sends them with URLSession.
final class CountingTransport: WiroTransport {
    private let calls = Locked(0)
    var count: Int { calls.withLock { $0 } }
    func send(_ request: WiroHTTPRequest) async throws -> WiroHTTPResponse {
        calls.withLock { $0 += 1 }
        return try await WiroURLSessionTransport().send(request)
    }
}

/// A log handler that keeps every message and its metadata as text.
final class LogCapture: LogHandler, @unchecked Sendable {
    private let store = Locked<[String]>([])
    var lines: [String] { store.withLock { $0 } }
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
        store.withLock { $0.append("\(event.level) \(event.message) \(event.metadata ?? [:]) \(self.metadata)") }
    }
}
