import Foundation
import Testing

/// `wiro-gen.json` as the commands read it: from the current folder by default, with
/// `--config`, and through the build plugin's `emit-shared` / `emit-tool`.
@Suite("wiro-gen.json on the command line")
struct ConfigCommandTests {
    /// A project folder holding a copy of Specs/.
    static func project(config: String? = nil) throws -> URL {
        let folder = try CLI.temporaryFolder(config.map { ["wiro-gen.json": $0] } ?? [:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Specs"), to: folder.appendingPathComponent("Specs"))
        return folder
    }

    static let configured = """
        {
          "accessModifier": "internal",
          "tools": ["PixVerse/text-to-video-v4.5", "chetwinlow1/ovi"],
          "names": {"PixVerse/text-to-video-v4.5": {"type": "Video", "properties": {"negativePrompt": "avoid"}}},
          "rules": {"chetwinlow1/ovi": {"add": [{"range": "steps", "min": 1, "max": 100, "reason": "more steps only cost time"}]}}
        }
        """

    @Test("init writes the smallest useful file, will not replace it, and generate then reads it unasked")
    func initThenGenerate() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let first = try CLI.run(["init"], in: project)
        #expect(first.status == 0, "\(first.stderr)")
        let text = try String(contentsOf: project.appendingPathComponent("wiro-gen.json"), encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"accessModifier\": \"public\",\n  \"tools\": [\n    \"PixVerse/image-to-video-v5\",\n"))
        #expect(text.components(separatedBy: "\n    \"").count == 6, "five tools listed")
        let again = try CLI.run(["init"], in: project)
        #expect(again.status == 1)
        #expect(again.stderr.contains("wiro-gen.json: error: the file exists"))

        try Data(text.replacingOccurrences(of: "\"public\"", with: "\"package\"").utf8).write(to: project.appendingPathComponent("wiro-gen.json"))
        let generated = try CLI.run(["generate"], in: project)
        #expect(generated.status == 0, "\(generated.stderr)")
        let index = try String(contentsOf: project.appendingPathComponent("Generated/WiroTools/WiroToolIndex.swift"), encoding: .utf8)
        #expect(index.contains("package enum WiroToolIndex"))
    }

    @Test("A bad configuration: exit 1, the error at file:line:column, nothing written; a missing --config file: exit 2")
    func badConfiguration() throws {
        let project = try Self.project(config: "{\n  \"accessModifier\": \"internal\",\n  \"rules\": {\"PixVerse/text-to-video-v4.5\": {\"ignore\": \"x\"}}\n}\n")
        defer { try? FileManager.default.removeItem(at: project) }
        let generated = try CLI.run(["generate"], in: project)
        #expect(generated.status == 1)
        #expect(generated.stderr.contains("wiro-gen.json:3:55: error: \"ignore\" must be an array of strings, not a string [invalid-config]"), "\(generated.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Generated").path))
        let check = try CLI.run(["check"], in: project)
        #expect(check.status == 1)
        #expect(check.stderr.contains("wiro-gen.json:3:55: error:"))
        let missing = try CLI.run(["generate", "--config", "nowhere.json"], in: project)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere.json: no such file or directory"))
    }

    @Test("A configuration edit alone makes generate regenerate (the no-op cache knows the file)")
    func editRegenerates() throws {
        let project = try Self.project(config: #"{"accessModifier": "public"}"#)
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try CLI.run(["generate"], in: project).status == 0)
        try Data(#"{"accessModifier": "internal"}"#.utf8).write(to: project.appendingPathComponent("wiro-gen.json"))
        let second = try CLI.run(["generate"], in: project)
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 added, 7 updated, 0 removed"), "\(second.stderr)")
    }

    @Test("emit-shared and emit-tool with --config write what generate writes with it")
    func buildPluginPath() throws {
        let project = try Self.project(config: Self.configured)
        defer { try? FileManager.default.removeItem(at: project) }
        let config = project.appendingPathComponent("wiro-gen.json").path
        let generated = try CLI.run(["generate"], in: project)
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stderr.contains("[not-configured]"))

        let plugin = project.appendingPathComponent("plugin")
        let specs = project.appendingPathComponent("Specs")
        let documents = BuildPluginPathTests.files(in: specs, endingIn: ".md")
        let shared = try CLI.run(["emit-shared", "--output-directory", plugin.path, "--root-name", "Specs", "--config", config]
            + documents.map { specs.appendingPathComponent($0).path })
        #expect(shared.status == 0, "\(shared.stderr)")
        var pluginTools: [String] = []
        for (number, document) in documents.enumerated() {
            let output = plugin.appendingPathComponent("tools/\(number).swift")
            let tool = try CLI.run([
                "emit-tool", specs.appendingPathComponent(document).path, "--index", plugin.appendingPathComponent("WiroToolIndex.swift").path,
                "--output", output.path, "--root", specs.path, "--root-name", "Specs", "--config", config,
            ])
            #expect(tool.status == 0, "\(document): \(tool.stderr)")
            pluginTools.append(try String(contentsOf: output, encoding: .utf8))
        }
        let cli = project.appendingPathComponent("Generated/WiroTools")
        for name in ["Namespaces.swift", "WiroToolIndex.swift"] {
            #expect(try CLI.code(String(contentsOf: cli.appendingPathComponent(name), encoding: .utf8))
                == CLI.code(String(contentsOf: plugin.appendingPathComponent(name), encoding: .utf8)), "\(name)")
        }
        let cliTools = try BuildPluginPathTests.files(in: cli, endingIn: ".swift").filter { !$0.hasPrefix("Namespaces") && !$0.hasPrefix("WiroToolIndex") }
            .map { try String(contentsOf: cli.appendingPathComponent($0), encoding: .utf8) }
        #expect(cliTools.count == 2)
        #expect(pluginTools.filter { $0.contains("internal struct") }.map(CLI.code).sorted() == cliTools.map(CLI.code).sorted())
        #expect(pluginTools.filter { $0.contains("is not among the tools of wiro-gen.json") }.count == 3)
        #expect(cliTools.contains { $0.contains("internal struct Video: WiroRequest") && $0.contains("internal var avoid: String?") })
        #expect(cliTools.contains { $0.contains(#"\"more steps only cost time\" (wiro-gen.json): steps must be at least 1 and at most 100"#) })
    }

    @Test("emit-shared reports a bad configuration at its place, and writes nothing")
    func emitSharedBadConfig() throws {
        let project = try Self.project(config: #"{"tools": ["PixVerse/text-to-video-v9"]}"#)
        defer { try? FileManager.default.removeItem(at: project) }
        let plugin = project.appendingPathComponent("plugin")
        let specs = project.appendingPathComponent("Specs")
        let shared = try CLI.run(["emit-shared", "--output-directory", plugin.path, "--config", project.appendingPathComponent("wiro-gen.json").path]
            + BuildPluginPathTests.files(in: specs, endingIn: ".md").map { specs.appendingPathComponent($0).path })
        #expect(shared.status == 1)
        #expect(shared.stderr.contains("wiro-gen.json:1:12: error: no document describes a tool 'PixVerse/text-to-video-v9'; did you mean 'PixVerse/text-to-video-v4'?"), "\(shared.stderr)")
        #expect(!FileManager.default.fileExists(atPath: plugin.path))
    }
}
