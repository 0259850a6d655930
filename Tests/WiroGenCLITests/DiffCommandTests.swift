import Foundation
import Testing

@Suite("wiro-gen diff")
struct DiffCommandTests {
    /// A small line-broken tool document with a prompt and a quality select.
    static func document(id: String = "Test/tool", promptHelp: String = "The prompt.", qualities: [String] = ["540p", "720p"]) -> String {
        let options = qualities.map { "      - value: \"\($0)\"\n        label: \($0)\n" }.joined()
        return """
            ## Basic tool info

            Tool name: \(id)
            Tool description: A tool for tests.
            Run Task Endpoint (POST):
            https://api.wiro.ai/v1/Run/\(id)

            ## Tool Inputs:

              - name: prompt
                label: Prompt
                help: \(promptHelp)
                type: textarea
                default: a cat

              - name: quality
                label: Quality
                help: Quality of the video.
                type: select
                default: 540p
                options:
            \(options)
            ## Run Command - Make HTTP Post Request
            ```bash
            curl -X POST "https://api.wiro.ai/v1/Run/\(id)"
            -d '{"prompt": "a cat", "quality": "540p", "callbackUrl": "x"}';
            ```

            """
    }

    /// The 1-based line of `text` that first holds `fragment`.
    static func line(_ fragment: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(fragment) }! + 1
    }

    static let old = document(), new = document(promptHelp: "What to show.", qualities: ["540p"])

    /// Two versions: `tool` changed (an option removed, help reworded), `gone` removed, `fresh` added.
    static func versions() throws -> URL {
        try CLI.temporaryFolder([
            "old/Test/tool.md": old, "old/Test/gone.md": document(id: "Test/gone"),
            "new/Test/tool.md": new, "new/Test/fresh.md": document(id: "Test/fresh"),
        ])
    }

    @Test("Text: one line per change, like a compiler diagnostic, both places; a count; exit 1")
    func text() throws {
        let folder = try Self.versions()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLI.run(["diff", "old", "new"], in: folder)
        let prompt = (Self.line("- name: prompt", in: Self.old), Self.line("- name: prompt", in: Self.new))
        let option = Self.line("- value: \"720p\"", in: Self.old), quality = Self.line("- name: quality", in: Self.new)
        #expect(output.stdout == """
            new/Test/fresh.md:1:1: additive: Test/fresh: new tool
            old/Test/gone.md:1:1: breaking: Test/gone: tool removed
            new/Test/tool.md:\(prompt.1):5: text: Test/tool: help of 'prompt' reworded (was old/Test/tool.md:\(prompt.0):5)
            old/Test/tool.md:\(option):9: breaking: Test/tool: option '720p' of input 'quality' removed (now new/Test/tool.md:\(quality):5)
            4 changes: 2 breaking, 1 additive, 1 text only

            """)
        #expect(output.stderr.isEmpty)
        #expect(output.status == 1)
    }

    @Test("--json: one object, keys sorted, the same changes; exit 1")
    func json() throws {
        let folder = try Self.versions()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLI.run(["diff", "old", "new", "--json"], in: folder)
        #expect(output.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["counts"] as? [String: Int] == ["breaking": 2, "additive": 1, "text": 1])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.map { $0["summary"] as? String } == [
            "new tool", "tool removed", "help of 'prompt' reworded", "option '720p' of input 'quality' removed",
        ])
        #expect(changes.map { $0["impact"] as? String } == ["additive", "breaking", "text", "breaking"])
        #expect(changes.map { $0["tool"] as? String } == ["Test/fresh", "Test/gone", "Test/tool", "Test/tool"])
        #expect(changes[0]["old"] is NSNull && changes[1]["new"] is NSNull)
        let removed = try #require(changes[3]["old"] as? [String: Any])
        #expect(removed["file"] as? String == "old/Test/tool.md")
        #expect(removed["line"] as? Int == Self.line("- value: \"720p\"", in: Self.old) && removed["column"] as? Int == 9)
        #expect(changes[3]["side"] as? String == "old")
        let keys = ["\"impact\"", "\"new\"", "\"old\"", "\"side\"", "\"summary\"", "\"tool\""].map { output.stdout.range(of: $0)!.lowerBound }
        #expect(keys == keys.sorted(), "keys are sorted")
        #expect(try CLI.run(["diff", "old", "new", "--json"], in: folder).stdout == output.stdout)
    }

    @Test("Identical versions, folders or single documents: `no changes`, exit 0")
    func identical() throws {
        let folder = try CLI.temporaryFolder(["a/Test/tool.md": Self.old, "b/Test/tool.md": Self.old])
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["a", "b"], ["a/Test/tool.md", "b/Test/tool.md"]] {
            let output = try CLI.run(["diff"] + arguments, in: folder)
            #expect(output.status == 0)
            #expect(output.stdout == "no changes\n")
        }
        let json = try CLI.run(["diff", "a", "b", "--json"], in: folder)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["changes"] as? [Any])?.isEmpty == true)
    }

    @Test("A missing path, or a document with errors, exits 2; the errors are printed")
    func failures() throws {
        let folder = try CLI.temporaryFolder(["a/Test/tool.md": Self.old, "b/Test/tool.md": "## Tool Inputs:\n- name: x\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLI.run(["diff", "a", "nowhere"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere: no such file or directory"))
        let broken = try CLI.run(["diff", "a", "b"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.stdout.isEmpty)
        let lines = broken.stderr.split(separator: "\n").map(String.init)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("b/Test/tool.md:") }, "\(lines)")
        #expect(lines.contains { $0.contains(": error: ") })
        #expect(lines.last == "wiro-gen: documents with errors cannot be compared")
    }
}
