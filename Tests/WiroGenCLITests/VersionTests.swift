import Foundation
import Testing

/// One version everywhere a user reads it: `wiro-gen --version`, the CHANGELOG's newest entry,
/// and the dependency lines of the README.
@Suite("Version")
struct VersionTests {
    @Test("wiro-gen --version, the CHANGELOG's newest entry and the README's dependency lines agree")
    func oneVersion() throws {
        let printed = try CLI.run(["--version"])
        #expect(printed.status == 0)
        let version = printed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3 && version.split(separator: ".").allSatisfy { Int($0) != nil }, "'\(version)' is MAJOR.MINOR.PATCH")
        let changelog = try String(contentsOf: CLI.root.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let newest = changelog.components(separatedBy: "\n").first { $0.hasPrefix("## ") }
        #expect(newest == "## \(version)")
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n").filter { $0.contains(".package(url: \"https://github.com/wirogen/WiroGen.git\"") }
        #expect(lines.count >= 2, "the Quickstart and Use it in your package name the package")
        for line in lines {
            #expect(line.contains("from: \"\(version)\""), "\(line)")
        }
        #expect(!readme.contains("branch: \"main\""))
    }
}
