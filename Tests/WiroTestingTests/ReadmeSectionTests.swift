import Foundation
import Testing

@Suite("README: Test your app without a network")
struct ReadmeSectionTests {
    /// ReadmeTest.swift is compiled and run with the suite; the README must show it exactly.
    @Test("The README's test is ReadmeTest.swift, line for line")
    func readmeShowsTheTest() throws {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let test = try String(contentsOf: here.appendingPathComponent("ReadmeTest.swift"), encoding: .utf8)
        let readme = try String(contentsOf: here.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Test your app without a network\n").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        let code = try #require(section.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```").first)
        #expect(code == test)
    }
}
