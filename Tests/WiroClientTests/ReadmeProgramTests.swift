import Foundation
import TestSupport
import Testing
import WiroClient
import WiroTools

/// The README's "Call Wiro" program, compiled here and run against the fake Wiro. The lines
/// between the markers must stand in the README as they are.
private func readmeProgram(_ client: WiroClient, print: @escaping @Sendable (String) -> Void) async throws {
    // README (begin)
    let request = PixVerse.TextToVideoV4_5(prompt: "A red fox running through fresh snow", quality: ._720p)
    let task = try await client.runAndWait(request) { print("status: \($0.status)") }
    for output in task.outputs {
        print(output.url?.absoluteString ?? output.name)
    }
    // README (end)
}

@Suite("README: Call Wiro")
struct ReadmeProgramTests {
    @Test("The program runs, printing each status and the output URL")
    func runs() async throws {
        let wiro = try FakeWiro()
        let printed = Locked<[String]>([])
        try await readmeProgram(wiro.client()) { line in printed.withLock { $0.append(line) } }
        #expect(printed.withLock { $0 } == [
            "status: task_queue", "status: task_start", "status: task_postprocess_end",
            "https://cdn1.wiro.ai/6a6af820-c5050aee/0.png",
        ])
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
