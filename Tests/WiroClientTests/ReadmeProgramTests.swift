import Foundation
import TestSupport
import Testing
import WiroClient
import WiroTools

/// The README's "Call Wiro" program, compiled here and run against the fake Wiro. The lines
/// between the markers must stand in the README as they are. `print` is the program's, caught.
private func readmeProgram(_ client: WiroClient, llmRun: WiroRun? = nil, printed: Locked<String>) async throws {
    func print(_ items: Any..., terminator: String = "\n") {
        printed.withLock { $0 += items.map { "\($0)" }.joined(separator: " ") + terminator }
    }
    // README (begin)
    let request = PixVerse.TextToVideoV4_5(prompt: "A red fox running through fresh snow", quality: ._720p)
    do {
        let run = try await client.run(request, options: .init(atTaskLimit: .waitForSlot(upTo: .seconds(600))))
        for try await event in client.events(for: run) {
            switch event {
            case .status(let status): print("status:", status)
            case .log(let line): print("log:", line)
            case .completed(let task) where task.isSuccess:
                for output in task.outputs { print(output.url?.absoluteString ?? output.name) }
            case .completed(let task): print("failed with exit code", task.exitCode ?? -1)
            default: break
            }
        }
    } catch WiroClientError.api(let refusal) where refusal.reason == .insufficientBalance {
        print("add funds:", refusal.message)
    }

    // An LLM tool's answer, printed as it arrives:
    func printAnswer(of run: WiroRun) async throws {
        for try await piece in client.events(for: run).text { print(piece, terminator: "") }
        print()
    }
    // README (end)
    if let llmRun { try await printAnswer(of: llmRun) }
}

@Suite("README: Call Wiro", .serialized)
struct ReadmeProgramTests {
    @Test("The program prints each status and the output URL, streams an LLM's answer, waits for a slot, says to add funds")
    func runs() async throws {
        let printed = Locked("")
        let wiro = try FakeWiro()
        try await readmeProgram(wiro.client(socket: true), printed: printed)
        #expect(printed.withLock { $0 } == """
            status: task_queue
            status: task_accept
            status: task_start
            status: task_output
            status: task_output_full
            status: task_end
            status: task_postprocess_start
            status: task_postprocess_end
            https://cdn1.wiro.ai/6a6af820-c5050aee/0.png

            """)

        let chat = try FakeWiro(script: StreamTextTests.script(StreamTextTests.segmentSnapshots))
        let client = chat.client(socket: true)
        let llmRun = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest)
        printed.withLock { $0 = "" }
        try await readmeProgram(client, llmRun: llmRun, printed: printed)
        #expect(printed.withLock { $0 }.hasSuffix("status: task_postprocess_end\n\n\(StreamTextTests.answer)\n"))

        let broke = try FakeWiro(faults: .init(runErrors: [(97, "Insufficient balance")]))
        printed.withLock { $0 = "" }
        try await readmeProgram(broke.client(socket: true), printed: printed)
        #expect(printed.withLock { $0 } == "add funds: Insufficient balance\n")

        let busy = try FakeWiro(faults: .init(taskLimitRefusals: 1))
        printed.withLock { $0 = "" }
        try await readmeProgram(busy.client(socket: true), printed: printed)
        #expect(printed.withLock { $0 }.hasSuffix("status: task_postprocess_end\nhttps://cdn1.wiro.ai/6a6af820-c5050aee/0.png\n"), "the run waited for a slot")
    }

    @Test("The README shows this program")
    func readmeShowsIt() throws {
        let here = URL(fileURLWithPath: #filePath)
        let source = try String(contentsOf: here, encoding: .utf8).components(separatedBy: "\n")
        let begin = try #require(source.firstIndex { $0.hasSuffix("// README (begin)") })
        let end = try #require(source.firstIndex { $0.hasSuffix("// README (end)") })
        let program = source[(begin + 1)..<end].map { String($0.dropFirst(4)) }.joined(separator: "\n")
        let readme = try String(contentsOf: here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(program), "README's Call Wiro program differs from the one tested here:\n\(program)")
    }
}
