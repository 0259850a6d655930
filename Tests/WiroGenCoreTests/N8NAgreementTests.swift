import Foundation
import Testing
@testable import WiroGenModel
@testable import WiroGenResolve
@testable import WiroGenText

/// "Required" and "Optional" in prose against the `required` flags Wiro's own n8n node pack
/// carries for 148 tools (generated from Wiro's API, so the flags are Wiro's).
@Suite("Presence in prose against Wiro's required flags (n8n pack)", .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
struct N8NAgreementTests {
    /// Where prose and flag disagree, looked at and understood: "File input" → why. An
    /// explanation that no longer applies fails too.
    static let explained: [String: String] = [
        "Kling26.json sound": "the help says \"Optional. Default off\"; the flag is set, and the default fills it either way",
        "Kling3.json sound": "the help says \"Optional. Default off\"; the flag is set, and the default fills it either way",
        "ProductAds.json inputImageUrl": "the help says \"Required: Product photo\"; Wiro's flag is not set for this tool's only image",
        "ProductAdsWithCaption.json inputImageUrl": "the help says \"Required: Product photo\"; Wiro's flag is not set for this tool's only image",
        "ProductStudio.json inputImageUrl": "the help says \"Required: Product photo\"; Wiro's flag is not set for this tool's only image",
        "ProductAds.json ratio": "the help says \"Required. Default 9:16\", as the OpenAPI of 3d-text-animations does; the default fills it",
        "ProductAdsWithCaption.json ratio": "the help says \"Required. Default 9:16\"; the default fills it",
        "ProductStudio.json ratio": "the help says \"Required. Default 9:16\"; the default fills it",
    ]

    struct Figures: CustomStringConvertible {
        var requiredAgreeing = 0
        var optionalAgreeing = 0
        var disagreeing: [String] = []
        var flagOnly = 0
        var description: String {
            "\"Required\": \(requiredAgreeing) agree; \"Optional\": \(optionalAgreeing) agree; \(disagreeing.count) disagree; \(flagOnly) required flags no prose states"
        }
    }

    static func figures() throws -> Figures {
        var figures = Figures()
        for file in try N8NTool.files() {
            let tool = try N8NTool.load(file)
            let decisions = tool.resolved().decisions
            for input in tool.node.inputs {
                let mine = decisions.filter { $0.input == input.name && !$0.isDefinition }
                let required = mine.contains { if case .required(_, nil)? = $0.enforcedRule { true } else { false } }
                let optional = mine.contains { $0.outcome == .optional }
                let flag = input.required ?? false
                switch (required, optional, flag) {
                case (true, false, true): figures.requiredAgreeing += 1
                case (false, true, false): figures.optionalAgreeing += 1
                case (false, false, true): figures.flagOnly += 1
                case (false, false, false): break
                default: figures.disagreeing.append("\(file) \(input.name): prose \(required ? "Required" : "")\(optional ? "Optional" : ""), flag \(flag)")
                }
            }
        }
        return figures
    }

    @Test("Every \"Required\" and \"Optional\" read from prose agrees with Wiro's flag, but for what is explained")
    func presence() throws {
        let figures = try Self.figures()
        print("n8n presence: \(figures)")
        for line in figures.disagreeing { print("  disagrees: \(line)") }
        #expect(figures.requiredAgreeing >= 20 && figures.optionalAgreeing >= 50)
        #expect(Set(figures.disagreeing.map { $0.components(separatedBy: ":")[0] }) == Set(Self.explained.keys))
    }
}
