import Foundation
import Testing
import WiroClient
import WiroTesting
import WiroTools

typealias Video = PixVerse.TextToVideoV4_5

/// Collects a task's events, to the end.
func events(of run: WiroRun, _ client: WiroClient, options: WiroFollowOptions = WiroFollowOptions()) async throws -> [WiroTaskEvent] {
    var seen: [WiroTaskEvent] = []
    for try await event in client.events(for: run, options: options) { seen.append(event) }
    return seen
}

extension [WiroTaskEvent] {
    var statuses: [WiroTaskStatus] { compactMap { if case .status(let status) = $0 { status } else { nil } } }
    var text: String { compactMap { if case .text(let piece) = $0 { piece } else { nil } }.joined() }
    var logs: [String] { compactMap { if case .log(let line) = $0 { line } else { nil } } }
    var final: WiroTask? { compactMap { if case .completed(let task) = $0 { task } else { nil } }.last }
}

@Suite("WiroFake: each scripted answer, as Wiro answers")
struct ScriptedAnswerTests {
    @Test("Nothing scripted: the task succeeds with one PNG, followed on the socket through Wiro's statuses")
    func defaultAnswer() async throws {
        let wiro = WiroFake(tools: WiroToolIndex.all)
        let client = wiro.client()
        let run = try await client.run(Video(prompt: "a fox"))
        let seen = try await events(of: run, client)
        #expect(seen.statuses == [.queue, .accept, .start, .outputFull, .end, .postprocessStart, .postprocessEnd])
        #expect(seen.final?.isSuccess == true)
        #expect(seen.final?.outputs.map(\.name) == ["0.png"])
        #expect(seen.final?.outputs.first?.contentType == "image/png")
    }

    @Test("succeed: the outputs given, the printed lines as text on the socket and as debug output")
    func succeed() async throws {
        let wiro = WiroFake()
        let clip = WiroFakeOutput(name: "clip.mp4", contentType: "video/mp4", size: 42, url: URL(string: "https://cdn1.wiro.ai/x/clip.mp4"))
        wiro.answer(Video.self, .succeed(outputs: [clip], lines: ["Step 1/2\n", "Step 2/2\n"]))
        let client = wiro.client()
        for source in [WiroFollowOptions.Source.socket, .polling] {
            let run = try await client.run(Video(prompt: "a fox"))
            let seen = try await events(of: run, client, options: WiroFollowOptions(source: source))
            let task = try #require(seen.final)
            #expect(task.isSuccess && task.exitCode == 0)
            #expect(task.outputs.map(\.url) == [clip.url] && task.outputs.first?.size == 42)
            #expect(task.debugOutput == "Step 1/2\nStep 2/2\n")
            // Lines come as text on the socket; polling sees only the final task.
            #expect(seen.text == (source == .socket ? "Step 1/2\nStep 2/2\n" : ""), "\(source)")
        }
    }

    @Test("fail: an exit code and error lines, the task ends but is no success")
    func fail() async throws {
        let wiro = WiroFake()
        wiro.answer(Video.self, .fail(exitCode: 137, errors: ["CUDA out of memory"]))
        let client = wiro.client()
        let seen = try await events(of: try await client.run(Video(prompt: "a fox")), client)
        #expect(seen.logs == ["CUDA out of memory"])
        #expect(seen.final?.status == .postprocessEnd)
        #expect(seen.final?.exitCode == 137 && seen.final?.isSuccess == false)
        #expect(seen.final?.debugError == "CUDA out of memory")
    }

    @Test("staysQueued: queued until cancelled; Task/Cancel takes {taskid} and answers {result: true}")
    func staysQueued() async throws {
        let wiro = WiroFake()
        wiro.answer(Video.self, .staysQueued)
        let client = wiro.client()
        let run = try await client.run(Video(prompt: "a fox"))
        #expect(try await client.task(for: run).status == .queue)
        #expect(try await client.task(for: run).status == .queue)
        #expect(try await client.cancel(run))
        #expect(wiro.calls.last == WiroFakeCall(path: "Task/Cancel", body: #"{"taskid":"\#(run.taskID)"}"#))
        let seen = try await events(of: run, client)
        #expect(seen.final?.status == .cancel)
    }

    @Test("runsUntilKilled: running until Task/Kill, which the socket reports; Task/Cancel is for queued tasks")
    func runsUntilKilled() async throws {
        let wiro = WiroFake()
        wiro.answer(Video.self, .runsUntilKilled)
        let client = wiro.client()
        let run = try await client.run(Video(prompt: "a fox"))
        var seen: [WiroTaskEvent] = []
        // A deadline far away: the fake's clock runs while the test kills.
        for try await event in client.events(for: run, options: WiroFollowOptions(deadline: .seconds(86_400 * 365))) {
            seen.append(event)
            if event == .status(.start) {
                let cancel = await #expect(throws: WiroClientError.self) { _ = try await client.cancel(run) }
                #expect(cancel?.refusal == .other, "Wiro cancels a task on queue only")
                #expect(try await client.kill(run))
            }
        }
        #expect(seen.statuses == [.queue, .accept, .start, .cancel])
        #expect(seen.final?.status == .cancel)
    }

    @Test("streamLLM: the answer arrives in pieces that add up to the last snapshot")
    func streamLLM() async throws {
        let wiro = WiroFake()
        wiro.answer(Video.self, .streamLLM(snapshots: ["Hel", "Hello, wor", "Hello, world! e\u{301}"], thinking: "Let me greet."))
        let client = wiro.client()
        let run = try await client.run(Video(prompt: "say hello"))
        var pieces: [String] = []
        for try await piece in client.events(for: run).text { pieces.append(piece) }
        #expect(pieces.joined() == "Hello, world! e\u{301}")
        #expect(pieces.count >= 3)
        let task = try await client.task(for: run)
        #expect(task.debugOutput == "Hello, world! e\u{301}")
    }

    @Test("Wiro's refusals: the task limit (twice, then a slot frees), balance, sign-in, invalid input")
    func refusals() async throws {
        let wiro = WiroFake()
        wiro.answer(Video.self, .refuse(.concurrentTaskLimit(limit: 5)), .refuse(.concurrentTaskLimit(limit: 5)), .success)
        let client = wiro.client()
        let limited = await #expect(throws: WiroClientError.self) { _ = try await client.run(Video(prompt: "a fox")) }
        #expect(limited?.refusal == .concurrentTaskLimit(limit: 5))
        let run = try await client.run(Video(prompt: "a fox"), options: WiroRunOptions(atTaskLimit: .waitForSlot(upTo: .seconds(600))))
        #expect(wiro.runs.map(\.taskID) == [nil, nil, run.taskID])
        #expect(wiro.clock.now >= .seconds(1), "the wait passed on the fake's clock")

        for (refusal, reason) in [(WiroFakeRefusal.insufficientBalance, WiroAPIError.Reason.insufficientBalance), (.signInRequired, .signInRequired),
                                  (.invalidInput(["Request parameter [seed] must be between 0 and 99"]), .invalidInput([WiroInputProblem(input: "seed", kind: .outOfRange(minimum: 0, maximum: 99))]))] {
            wiro.answer(Video.self, .refuse(refusal))
            let error = await #expect(throws: WiroClientError.self) { _ = try await client.run(Video(prompt: "a fox")) }
            #expect(error?.refusal == reason)
        }
    }

    @Test("A script decides from the request decoded from the wire")
    func decides() async throws {
        let wiro = WiroFake()
        // The script may look at the fake: it runs outside the fake's lock.
        wiro.answer(Video.self) { request in
            request.quality == ._1080p && wiro.runs.count == 1 ? .fail(exitCode: 2, errors: ["no GPU"]) : .success
        }
        let client = wiro.client()
        var request = Video(prompt: "a fox")
        #expect(try await client.runAndWait(request).isSuccess)
        request.quality = ._1080p
        #expect(try await client.runAndWait(request).exitCode == 2)
    }
}
