import Foundation
import Testing
@testable import WiroGenText

/// Golden files: emitted source compared byte for byte with a reviewed copy.
///
/// `WIROGEN_RECORD=1 swift test --filter GoldenTests` rewrites the copies and fails, so that a
/// recording is never mistaken for a pass: review the diff, then run again.
@Suite("Golden emitted source")
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("text-to-video-v4.5 emits the reviewed source")
    func textToVideo() throws {
        let generation = try Fixtures.generate(paths: [Fixtures.specs.path], root: Fixtures.specs.path)
        let file = try #require(generation.files.first { $0.path == "PixVerse/TextToVideoV4_5.swift" })
        try compare(file.contents, golden: "TextToVideoV4_5.swift.golden")
    }

    @Test("The hostile document emits the reviewed source")
    func hostile() throws {
        let (files, _) = Compiler.generate(["string/hostile.md": CompileTests.hostile])
        let file = try #require(files.first { $0.path == "StringTools/Class2_0.swift" })
        try compare(file.contents, golden: "Hostile.swift.golden")
    }

    private func compare(_ actual: String, golden name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WIROGEN_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded \(name): review it, then run the tests again without WIROGEN_RECORD")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from Golden/\(name); if the change is intended, record and review it")
    }
}
