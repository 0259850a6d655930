import Foundation
import Testing

/// The build plugin runs `emit-shared` over a target's documents, then `emit-tool` once per
/// document; `generate` does it all in one process. One namer over the whole set must make
/// them agree, byte for byte, clashes and renames included.
@Suite("The build plugin's path and generate give the same code")
struct BuildPluginPathTests {
    static let corpus = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/llms")

    /// Specs/, the fixtures with clashing names, and the corpus's documents when present.
    static func documentSet() throws -> URL {
        let folder = try CLI.temporaryFolder([:]).appendingPathComponent("Specs")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        var sources = [CLI.root.appendingPathComponent("Specs"), CLI.root.appendingPathComponent("Tests/Fixtures/Clashes"),
                       CLI.root.appendingPathComponent("Tests/Fixtures/Definitions")]
        if fileManager.fileExists(atPath: corpus.path) { sources.append(corpus) }
        for (index, source) in sources.enumerated() {
            try fileManager.copyItem(at: source, to: folder.appendingPathComponent("set\(index)"))
        }
        return folder
    }

    /// The files under `folder` whose names end in `suffix`, relative and sorted.
    static func files(in folder: URL, endingIn suffix: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(suffix) { found.append(relative) }
        }
        return found.sorted()
    }

    /// Each tool's files, as the build plugin groups them: a document and the definition of its
    /// stem together.
    static func tools(in folder: URL) -> [[String]] {
        let files = Self.files(in: folder, endingIn: ".md") + Self.files(in: folder, endingIn: ".openapi.json")
        let stem = { (path: String) in path.replacingOccurrences(of: ".openapi.json", with: "").replacingOccurrences(of: ".md", with: "") }
        return Dictionary(grouping: files, by: stem).sorted { $0.key < $1.key }.map { $0.value.sorted() }
    }

    @Test("emit-shared then emit-tool per tool (a document, its definition, or both) writes the code generate writes, headed as the build plugin's")
    func samePerDocument() throws {
        let specs = try Self.documentSet()
        let work = specs.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let generated = try CLI.run(["generate", "--specs", specs.path, "--output", work.appendingPathComponent("cli").path])
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stderr.contains("[duplicate-type]") && generated.stderr.contains("[renamed]"), "the set holds clashes")

        let plugin = work.appendingPathComponent("plugin")
        let tools = Self.tools(in: specs)
        #expect(tools.contains { $0.count == 2 }, "a document with its definition")
        let shared = try CLI.run(["emit-shared", "--output-directory", plugin.path, "--root-name", "Specs"] + tools.flatMap { $0 }.map { specs.appendingPathComponent($0).path })
        #expect(shared.status == 0, "\(shared.stderr)")
        for (number, files) in tools.enumerated() {
            let tool = try CLI.run(["emit-tool"] + files.map { specs.appendingPathComponent($0).path } + [
                "--index", plugin.appendingPathComponent("WiroToolIndex.swift").path,
                "--output", plugin.appendingPathComponent("tools/\(number).swift").path, "--root", specs.path, "--root-name", "Specs",
            ])
            #expect(tool.status == 0, "\(files): \(tool.stderr)")
        }

        let cli = work.appendingPathComponent("cli")
        let cliFiles = Self.files(in: cli, endingIn: ".swift")
        let shareds = ["Namespaces.swift", "WiroToolIndex.swift"]
        for name in shareds {
            let pluginFile = try String(contentsOf: plugin.appendingPathComponent(name), encoding: .utf8)
            #expect(try CLI.code(String(contentsOf: cli.appendingPathComponent(name), encoding: .utf8)) == CLI.code(pluginFile), "\(name)")
            #expect(CLI.madeByBuildPlugin(pluginFile), "\(name)")
        }
        let cliTools = try cliFiles.filter { !shareds.contains($0) }.map { try String(contentsOf: cli.appendingPathComponent($0), encoding: .utf8) }
        let pluginTools = try Self.files(in: plugin.appendingPathComponent("tools"), endingIn: ".swift")
            .map { try String(contentsOf: plugin.appendingPathComponent("tools").appendingPathComponent($0), encoding: .utf8) }
        #expect(cliTools.count == tools.count)
        #expect(cliTools.map(CLI.code).sorted() == pluginTools.map(CLI.code).sorted())
        #expect(pluginTools.allSatisfy(CLI.madeByBuildPlugin) && !cliTools.contains(where: CLI.madeByBuildPlugin))
        #expect(cliTools.contains { $0.contains("public struct Wan2_2TI2V5BImageToVideo_2: WiroRequest") })
        #expect(cliTools.contains { $0.contains("public enum StringOption:") })
    }

    @Test("emit-tool with an index that does not list its tool fails, naming the document")
    func staleIndex() throws {
        let folder = try CLI.temporaryFolder(["index.swift": "// nothing here\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = CLI.root.appendingPathComponent("Specs/chetwinlow1/ovi.md").path
        let result = try CLI.run(["emit-tool", document, "--index", folder.appendingPathComponent("index.swift").path,
                                  "--output", folder.appendingPathComponent("out.swift").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ovi.md:1:1: error: the tool index") && result.stderr.contains("[stale-index]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.swift").path))
    }

    @Test("lint lists every rule-like sentence with its decision: enforced in plain words, or not checked and why")
    func lintListsDecisions() throws {
        let result = try CLI.run(["lint", "Tests/Fixtures/Rules/rules-not-enforced.md"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let file = "Tests/Fixtures/Rules/rules-not-enforced.md"
        #expect(lines == [
            "\(file):10:5: not checked: frames is a multiple of 8: 'frames' holds Double values (its default '1e3' is written as a decimal), "
                + "and only whole numbers can be multiples — \"must be a multiple of 8\" (help of 'frames')",
            "\(file):15:5: not checked: styles anime forbids speed fast: 'styles' holds a list, and a rule on one of its values is not checked "
                + "— \"Anime does not support fast\" (help of 'styles')",
            "\(file):25:5: enforced: speed fast forbids seconds 10 — \"fast does not support 10s\" (help of 'speed')",
            "\(file):25:5: not checked: 'speed' takes one of its options, and a bound on its numbers is not read — \"Between 1 and 4\" (help of 'speed')",
        ])
    }
}
