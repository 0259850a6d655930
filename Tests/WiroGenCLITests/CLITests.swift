import Foundation
import Testing

/// Runs the built `wiro-gen` as a user would.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("wiro-gen")
        }
        #endif
        return Bundle.main.bundleURL.appendingPathComponent("wiro-gen")
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = directory
        // Files, not pipes: a child that fills one pipe while the other is read would hang.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-cli-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func temporaryFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-cli-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }
}

@Suite("wiro-gen command line")
struct CLITests {
    @Test("dump Specs prints the IR of all five seeds, sorted by id, with the documented keys")
    func dumpSpecs() throws {
        let output = try CLI.run(["dump", "Specs"])
        #expect(output.status == 0)
        let tools = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        let ids = tools.compactMap { $0["id"] as? String }
        #expect(ids == [
            "PixVerse/image-to-video-v5", "PixVerse/text-to-video-v4", "PixVerse/text-to-video-v4.5",
            "Wan-AI/Wan2.2-TI2V-5B-image-to-video", "chetwinlow1/ovi",
        ])
        for tool in tools {
            for key in ["id", "endpoint", "inputs", "examples", "runExample"] { #expect(tool.keys.contains(key), "\(key)") }
            let inputs = try #require(tool["inputs"] as? [[String: Any]])
            for input in inputs {
                for key in ["name", "label", "help", "type", "default", "options"] { #expect(input.keys.contains(key), "\(key)") }
                #expect(input["default"] is String || input["default"] is NSNull)
                for option in try #require(input["options"] as? [[String: Any]]) {
                    #expect(option["value"] is String && option["label"] is String)
                }
            }
            #expect(tool["examples"] is [[String: String]])
            #expect(tool["runExample"] is [String: Any])
        }
        let v45 = try #require(tools.first { $0["id"] as? String == "PixVerse/text-to-video-v4.5" })
        let negative = try #require((v45["inputs"] as? [[String: Any]])?.first { $0["name"] as? String == "negativePrompt" })
        #expect(negative["default"] is NSNull)
        #expect(output.stderr.contains("Specs/PixVerse/text-to-video-v4.md:33:5: warning: no inputs section"))
    }

    @Test("dump is deterministic and its key order sorted")
    func deterministic() throws {
        let first = try CLI.run(["dump", "Specs"]).stdout
        let second = try CLI.run(["dump", "Specs/Wan-AI", "Specs/chetwinlow1", "Specs/PixVerse"]).stdout
        #expect(first == second)
        #expect(first.range(of: "\"categories\"")!.lowerBound < first.range(of: "\"endpoint\"")!.lowerBound)
    }

    @Test("lint prints path:line:col: severity: message [id] and exits 1 on errors")
    func lintErrors() throws {
        let folder = try CLI.temporaryFolder([
            "bad/empty.md": "",
            "bad/nested/cut.md": "## Basic tool info\nTool name: a/b\n## Tool Inputs:\n- name: x\n  label: X\n",
            "bad/notes.txt": "not read: not *.md",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLI.run(["lint", "bad"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("bad/empty.md:1:1: error: the document is empty [empty-file]"))
        #expect(lines.contains("bad/nested/cut.md:5:11: error: input 'x' has no 'type:'; the document may be cut off here [missing-field]"))
        let pattern = try Regex(#"^bad/[a-z/]+\.md:\d+:\d+: (error|warning|note): .+ \[[a-z0-9-]+\]$"#)
        for line in lines.dropLast() { #expect(line.wholeMatch(of: pattern) != nil, "\(line)") }
        #expect(lines.contains("bad/nested/cut.md:2:12: error: the document gives no Run endpoint ('Run Task Endpoint (POST):' or a curl to /Run/) [missing-endpoint]"))
        #expect(lines.contains("bad/nested/cut.md:6:1: warning: the document ends inside its inputs section; it may be cut off [missing-field]"))
        #expect(lines.last == "wiro-gen: 2 documents, 0 tools, 4 errors, 3 warnings, 0 notes")
    }

    @Test("Wrong invocations exit 2")
    func usage() throws {
        #expect(try CLI.run(["dump"]).status == 2)
        #expect(try CLI.run(["dump", "no/such/folder"]).status == 2)
        #expect(try CLI.run(["frobnicate"]).status == 2)
        #expect(try CLI.run(["--help"]).status == 0)
    }
}
