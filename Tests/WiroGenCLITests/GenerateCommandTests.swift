import Foundation
import Testing

/// A copy of Specs/ in a temporary folder, to generate from without touching the package.
struct Workspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Specs"), to: root.appendingPathComponent("Specs"))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    var output: URL { root.appendingPathComponent("Generated/WiroTools") }

    /// Every file under the output folder, with its bytes and modification date.
    func snapshot() throws -> [String: (Data, Date)] {
        var result: [String: (Data, Date)] = [:]
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = output.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let date = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date ?? .distantPast
            result[relative] = (try Data(contentsOf: url), date)
        }
        return result
    }

    func edit(_ relative: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(relative)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }
}

@Suite("wiro-gen generate and check")
struct GenerateCommandTests {
    @Test("generate reproduces the checked-in Generated/WiroTools exactly")
    func reproducesCheckedIn() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try CLI.run(["generate"], in: workspace.root).status == 0)
        let generated = try workspace.snapshot()
        let checkedIn = CLI.root.appendingPathComponent("Generated/WiroTools")
        #expect(generated.count == 7)
        for (path, (data, _)) in generated {
            #expect(FileManager.default.contents(atPath: checkedIn.appendingPathComponent(path).path) == data, "\(path)")
        }
    }

    @Test("generate twice: identical bytes, and the second run touches nothing")
    func idempotent() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try CLI.run(["generate"], in: workspace.root).status == 0)
        let first = try workspace.snapshot()
        Thread.sleep(forTimeInterval: 1.1)
        let second = try CLI.run(["generate"], in: workspace.root)
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 added, 0 updated, 0 removed, 7 unchanged"))
        let after = try workspace.snapshot()
        #expect(Set(after.keys) == Set(first.keys))
        for (path, (data, date)) in first {
            #expect(after[path]?.0 == data)
            #expect(after[path]?.1 == date, "\(path) was rewritten")
        }
    }

    @Test("check: 0 when fresh, 1 after a doc edit, and it never writes")
    func check() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let missing = try CLI.run(["check"], in: workspace.root)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Generated/WiroTools/PixVerse/TextToVideoV4_5.swift: error: missing"))
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path), "check wrote the output folder")

        #expect(try CLI.run(["generate"], in: workspace.root).status == 0)
        #expect(try CLI.run(["check"], in: workspace.root).status == 0)

        try workspace.edit("Specs/Wan-AI/Wan2.2-TI2V-5B-image-to-video.md") { $0.replacingOccurrences(of: "default: 121", with: "default: 81") }
        let before = try workspace.snapshot()
        let stale = try CLI.run(["check"], in: workspace.root)
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("Generated/WiroTools/WanAI/Wan2_2TI2V5BImageToVideo.swift: error: stale"))
        #expect(stale.stderr.contains("run `swift run wiro-gen generate`"))
        let after = try workspace.snapshot()
        #expect(after.mapValues(\.0) == before.mapValues(\.0))
    }

    @Test("generate keeps hand-written files and removes only generated files no document produces")
    func pruning() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try CLI.run(["generate"], in: workspace.root).status == 0)
        let handWritten = workspace.output.appendingPathComponent("PixVerse/Extras.swift")
        try Data("// my own helpers\n".utf8).write(to: handWritten)
        try FileManager.default.removeItem(at: workspace.root.appendingPathComponent("Specs/chetwinlow1/ovi.md"))
        let result = try CLI.run(["generate"], in: workspace.root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 removed"))
        #expect(FileManager.default.fileExists(atPath: handWritten.path))
        #expect(!FileManager.default.fileExists(atPath: workspace.output.appendingPathComponent("Chetwinlow1/Ovi.swift").path))
        #expect(!FileManager.default.fileExists(atPath: workspace.output.appendingPathComponent("Chetwinlow1").path))
        let extra = try CLI.run(["check"], in: workspace.root)
        #expect(extra.status == 0, "a hand-written file is not 'extra'")
    }

    @Test("A document with an error: generate reports it and writes nothing")
    func errorsWriteNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try CLI.run(["generate"], in: workspace.root).status == 0)
        try workspace.edit("Specs/PixVerse/image-to-video-v5.md") { $0.replacingOccurrences(of: "type: select", with: "type:") }
        try workspace.edit("Specs/chetwinlow1/ovi.md") { $0.replacingOccurrences(of: "default: 30", with: "default: 40") }
        let before = try workspace.snapshot()
        let result = try CLI.run(["generate"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Specs/PixVerse/image-to-video-v5.md:1:"))
        #expect(result.stderr.contains("nothing written"))
        #expect(try workspace.snapshot().mapValues(\.0) == before.mapValues(\.0))
    }

    @Test("--specs and --output name other folders")
    func otherFolders() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.moveItem(at: workspace.root.appendingPathComponent("Specs"), to: workspace.root.appendingPathComponent("Docs"))
        #expect(try CLI.run(["generate", "--specs", "Docs", "--output", "Out"], in: workspace.root).status == 0)
        let header = try String(contentsOf: workspace.root.appendingPathComponent("Out/WanAI/Wan2_2TI2V5BImageToVideo.swift"), encoding: .utf8)
        #expect(header.hasPrefix("// DO NOT EDIT. Generated by wiro-gen from Docs/Wan-AI/Wan2.2-TI2V-5B-image-to-video.md.\n"))
        #expect(try CLI.run(["check", "--specs", "Docs", "--output", "Out"], in: workspace.root).status == 0)
        let stale = try CLI.run(["check", "--specs", "Docs"], in: workspace.root)
        #expect(stale.stderr.contains("run `swift run wiro-gen generate --specs Docs`"))
    }
}

@Suite("wiro-gen generate: the no-op shortcut")
struct GenerateCacheTests {
    @Test("With nothing changed, generate stops early and says the same; any change makes a full run")
    func cache() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent(".build"), withIntermediateDirectories: true)
        let first = try CLI.run(["generate"], in: workspace.root)
        #expect(first.status == 0)
        let second = try CLI.run(["generate"], in: workspace.root)
        #expect(second.stderr.contains("7 unchanged (no document changed)"))
        #expect(second.stderr.components(separatedBy: "\n").filter { $0.contains(": warning: ") }
            == first.stderr.components(separatedBy: "\n").filter { $0.contains(": warning: ") }, "diagnostics are replayed")

        let tool = workspace.output.appendingPathComponent("WanAI/Wan2_2TI2V5BImageToVideo.swift")
        let original = try Data(contentsOf: tool)
        try Data("// DO NOT EDIT. Generated by wiro-gen, then edited by hand\n".utf8).write(to: tool)
        let repaired = try CLI.run(["generate"], in: workspace.root)
        #expect(repaired.stderr.contains("1 updated"))
        #expect(try Data(contentsOf: tool) == original, "a hand-edited output file is regenerated")

        try workspace.edit("Specs/Wan-AI/Wan2.2-TI2V-5B-image-to-video.md") { $0.replacingOccurrences(of: "default: 121", with: "default: 81") }
        let edited = try CLI.run(["generate"], in: workspace.root)
        #expect(edited.stderr.contains("1 updated"))
        #expect(try String(contentsOf: tool, encoding: .utf8).contains("numFrames: Int = 81"))

        let forced = try CLI.run(["generate", "--force"], in: workspace.root)
        #expect(forced.stderr.contains("0 added, 0 updated, 0 removed, 7 unchanged\n"))
    }
}
