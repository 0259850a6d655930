import Foundation
import Testing
import WiroClient
import WiroTesting
import WiroTools

@Suite("WiroFake: checks like Wiro's server, and the traffic recorded")
struct ServerCheckTests {
    @Test("A request sent with validation .skip that breaks its tool's rules is refused as Wiro refuses it")
    func brokenRule() async throws {
        let wiro = WiroFake(tools: [Video.self])
        var request = Video(prompt: "a fox")
        request.quality = ._1080p
        request.duration = ._8
        let error = await #expect(throws: WiroClientError.self) {
            _ = try await wiro.client().run(request, options: WiroRunOptions(validation: .skip))
        }
        guard case .api(let refusal)? = error else { return }
        #expect(refusal.code == 0)
        #expect(refusal.messages == [#"Request parameter [quality, duration] "1080p does not support 8s" (duration): quality 1080p cannot go with duration 8"#])
        #expect(wiro.runs.first?.refusal == refusal.messages)
        #expect(wiro.runs.first?.taskID == nil)
    }

    @Test("A required input missing and a number out of range: Wiro's own messages, typed by the client")
    func requiredAndBounds() async throws {
        let wiro = WiroFake(tools: [PhotoEdit.self])
        let error = await #expect(throws: WiroClientError.self) {
            _ = try await wiro.client().run(PhotoEdit(prompt: "", steps: 80), options: WiroRunOptions(validation: .skip))
        }
        #expect(error?.refusal == .invalidInput([
            WiroInputProblem(input: "prompt", kind: .required),
            WiroInputProblem(input: "steps", kind: .outOfRange(minimum: 1, maximum: 50)),
        ]))
    }

    @Test("Files: an upload is recorded with its bytes and decoded as a local file of that name; URLs stay URLs")
    func uploads() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-testing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cat = folder.appendingPathComponent("cat.png")
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: cat)
        let wiro = WiroFake(tools: [PhotoEdit.self])
        let sent = PhotoEdit(inputImage: .local(cat), references: [.remote("https://x.test/a.jpg"), .remote("https://x.test/b.jpg")], prompt: "a fox")
        _ = try await wiro.client().run(sent, options: WiroRunOptions(callbackURL: URL(string: "https://app.test/done")))
        let run = try #require(wiro.runs.first)
        #expect(run.refusal == [])
        #expect(run.callbackURL == URL(string: "https://app.test/done"))
        #expect(run.uploads.map(\.input) == ["inputImage"] && run.uploads.first?.filename == "cat.png")
        #expect(run.uploads.first?.contentType == "image/png" && run.uploads.first?.data == Data([0x89, 0x50, 0x4E, 0x47]))
        let received = try #require(wiro.requests(PhotoEdit.self).first)
        guard case .local(let file) = received.inputImage else { Issue.record("\(received.inputImage)"); return }
        #expect(file.lastPathComponent == "cat.png" && FileManager.default.contents(atPath: file.path) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(received.references == sent.references && received.prompt == "a fox" && received.steps == 20)
    }

    @Test("A combinefileinput holding one file, as the client lays it out, reads back as sent")
    func combined() async throws {
        let wiro = WiroFake(tools: WiroToolIndex.all)
        _ = try await wiro.client().run(Chetwinlow1.Ovi.defaultRequest)
        #expect(wiro.runs.first?.refusal == [])
        #expect(wiro.requests(Chetwinlow1.Ovi.self) == [Chetwinlow1.Ovi.defaultRequest])
    }

    @Test("Files laid out other than Wiro's upload patterns are refused, naming the input")
    func layouts() async throws {
        let wiro = WiroFake(tools: [PhotoEdit.self])
        func send(_ parts: [(name: String, filename: String?, content: String)]) async throws -> WiroHTTPResponse {
            var body = ""
            for part in parts {
                body += "--B\r\nContent-Disposition: form-data; name=\"\(part.name)\"" + (part.filename.map { "; filename=\"\($0)\"" } ?? "") + "\r\n\r\n\(part.content)\r\n"
            }
            body += "--B--\r\n"
            let request = WiroHTTPRequest(url: WiroFake.baseURL.appendingPathComponent("Run/test/photo-edit"),
                                          headers: ["x-api-key": "k", "Content-Type": "multipart/form-data; boundary=B"], body: Data(body.utf8), timeout: .seconds(5))
            return try await wiro.transport.send(request)
        }
        let good = try await send([("inputImage", "cat.png", "PNG"), ("inputImageUrl", nil, ""), ("references", nil, ""), ("referencesUrl", nil, ""), ("prompt", nil, "a fox")])
        #expect(String(decoding: good.body, as: UTF8.self).contains(#""result": true"#))
        let cases: [([(name: String, filename: String?, content: String)], String)] = [
            ([("inputImage", "cat.png", "PNG"), ("prompt", nil, "a fox")], "Request files [inputImage] must be sent with [inputImageUrl], one of them empty"),
            ([("inputImage", nil, ""), ("inputImageUrl", "cat.png", "PNG"), ("prompt", nil, "a fox")], "Request parameter [inputImageUrl] takes URLs; upload files in [inputImage]"),
            ([("inputImage", "cat.png", "PNG"), ("inputImageUrl", nil, "https://x.test/c.png"), ("prompt", nil, "a fox")], "Request files [inputImage] and [inputImageUrl] are both given; leave one empty"),
            ([("prompt", "prompt.txt", "a fox")], "Request parameter [prompt] is not a file input; send its value as text"),
        ]
        let cutOff = "--B\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\n--B--\r\n"
        let answer = try await wiro.transport.send(WiroHTTPRequest(
            url: WiroFake.baseURL.appendingPathComponent("Run/test/photo-edit"), headers: ["x-api-key": "k", "Content-Type": "multipart/form-data; boundary=B"],
            body: Data(cutOff.utf8), timeout: .seconds(5)))
        #expect(String(decoding: answer.body, as: UTF8.self).contains("Request body is not multipart/form-data"), "a part cut off is refused, not a crash")
        for (parts, message) in cases {
            let answer = String(decoding: try await send(parts).body, as: UTF8.self)
            #expect(answer.contains(message), "\(answer)")
        }
    }

    @Test("A tool the fake does not know is refused as a tool that does not exist")
    func unknownTool() async throws {
        let error = await #expect(throws: WiroClientError.self) { _ = try await WiroFake().client().run(Video(prompt: "a fox")) }
        #expect(error?.refusal == .notFound)
    }

    @Test("Every call recorded: runs as their generated type, then Task/Detail, Kill and Cancel bodies")
    func recording() async throws {
        let wiro = WiroFake(tools: WiroToolIndex.all)
        let client = wiro.client()
        var request = Video(prompt: "a fox")
        request.seed = 7
        let run = try await client.run(request)
        _ = try await client.task(for: run)
        _ = try await client.kill(run)
        #expect(wiro.requests(Video.self) == [request])
        #expect(wiro.runs.map(\.tool.id) == ["PixVerse/text-to-video-v4.5"])
        #expect(wiro.calls.map(\.path) == ["Task/Detail", "Task/Kill"])
        #expect(wiro.calls.last?.body == #"{"taskid":"\#(run.taskID)"}"#)
    }
}

@Suite("WiroFake: time is the test's")
struct ClockTests {
    // Five minutes, not the default thirty: the test waits no real time for either, but each
    // pause yields to the rest of a loaded suite (and to a sanitizer), which it need not do 360 times.
    @Test("A task that never leaves the queue meets its deadline on the fake's clock, polling and on the socket")
    func deadline() async throws {
        let wiro = WiroFake()
        wiro.answer(Video.self, .staysQueued)
        let client = wiro.client()
        let run = try await client.run(Video(prompt: "a fox"))
        for source in [WiroFollowOptions.Source.polling, .socket] {
            let error = await #expect(throws: WiroClientError.self) { _ = try await client.events(for: run, options: WiroFollowOptions(deadline: .seconds(300), source: source)).finalTask() }
            #expect(error == .deadlineExceeded(taskID: run.taskID, lastStatus: .queue), "\(source)")
        }
        #expect(wiro.clock.now >= .seconds(550), "two 5-minute deadlines passed on the fake's clock")
    }

    @Test("Retries and waits for a slot take the fake's time: the bound is met exactly")
    func waitBound() async throws {
        let wiro = WiroFake()
        wiro.answer(Video.self, .refuse(.concurrentTaskLimit(limit: 2)))
        let error = await #expect(throws: WiroClientError.self) {
            _ = try await wiro.client().run(Video(prompt: "a fox"), options: WiroRunOptions(atTaskLimit: .waitForSlot(upTo: .seconds(60))))
        }
        #expect(error?.refusal == .concurrentTaskLimit(limit: 2))
        // Pauses of 1, 1.5, 2.25, 3.375, 5.062, 7.593, 10, 10 and 10 s, then 9.22 s cut to the
        // bound: 60 s in all, ten pauses between eleven tries.
        #expect(wiro.clock.now == .seconds(60))
        #expect(wiro.runs.count == 11)
    }
}
