import Foundation
import Testing
@testable import WiroGenModel
@testable import WiroGenResolve
@testable import WiroGenRules

@Suite("Names and rules")
struct NamingAndRulesTests {
    @Test("Owners and tools become UpperCamel types; a '.' between digits becomes '_'", arguments: [
        ("PixVerse", "PixVerse"), ("chetwinlow1", "Chetwinlow1"), ("Wan-AI", "WanAI"), ("black-forest-labs", "BlackForestLabs"),
        ("text-to-video-v4.5", "TextToVideoV4_5"), ("Wan2.2-TI2V-5B-image-to-video", "Wan2_2TI2V5BImageToVideo"),
        ("Virtual Try-On", "VirtualTryOn"), ("4k-upscale", "_4kUpscale"), ("***", "Tool"),
    ])
    func typeNames(_ input: String, _ expected: String) {
        #expect(SwiftName.typeName(input) == expected)
    }

    @Test("Inputs become lowerCamel properties", arguments: [
        ("Watermark", "watermark"), ("negativePrompt", "negativePrompt"), ("URLInput", "urlInput"), ("ID", "id"),
        ("num_frames", "numFrames"), ("inputImageUrl", "inputImageUrl"), ("3dModel", "_3dModel"),
    ])
    func propertyNames(_ input: String, _ expected: String) {
        #expect(SwiftName.propertyName(input) == expected)
    }

    @Test("Option values become readable, predictable cases", arguments: [
        ("16:9", "", "_16_9"), ("540p", "", "_540p"), ("3d_animation", "", "_3dAnimation"), ("default", "", "default"),
        ("", "match_input_image", "matchInputImage"), ("", "", "empty"), ("832*480", "", "_832_480"),
        ("--only_base_model", "", "onlyBaseModel"), ("Black and White", "", "blackAndWhite"), ("1080p", "", "_1080p"),
        ("v3.5", "", "v3_5"),
    ])
    func caseNames(_ value: String, _ label: String, _ expected: String) {
        #expect(SwiftName.caseName(value, label: label) == expected)
    }

    @Test("Keywords get backticks, never a new name")
    func keywords() {
        #expect(SwiftName.escaped("default") == "`default`")
        #expect(SwiftName.escaped("quality") == "quality")
        #expect(SwiftName.argumentLabel("default") == "default")
        #expect(SwiftName.argumentLabel("inout") == "`inout`")
    }

    @Test("Sentences split at '. ' but not inside v3.5")
    func sentences() {
        #expect(RuleReader.sentences(of: "v3.5 only allows 5,8. 1080p does not support 8s") == ["v3.5 only allows 5,8", "1080p does not support 8s"])
        #expect(RuleReader.sentences(of: "") == [])
    }

    @Test("The seeds' rules are read, and 'v3.5 only allows 5,8' is reported as unchecked")
    func seedRules() throws {
        let spec = try #require(Fixtures.extract(Fixtures.seed("PixVerse/text-to-video-v4.5.md")).spec)
        let readings = RuleReader.read(spec)
        let constraints = readings.constraints
        #expect(constraints.map(\.rule) == [
            .forbids(first: InputValue(input: "quality", value: "1080p"), second: InputValue(input: "duration", value: "8")),
            .requires(condition: .value(InputValue(input: "motionMode", value: "fast")), requirement: InputValue(input: "duration", value: "5")),
            .forbids(first: InputValue(input: "quality", value: "1080p"), second: InputValue(input: "motionMode", value: "fast")),
        ])
        #expect(constraints.map(\.sentence) == ["1080p does not support 8s", "Fast only available when duration is 5", "1080p does not support fast"])
        #expect(readings.unread.map(\.sentence) == ["v3.5 only allows 5,8"])
        let wan = try #require(Fixtures.extract(Fixtures.seed("Wan-AI/Wan2.2-TI2V-5B-image-to-video.md")).spec)
        #expect(RuleReader.read(wan).constraints.map(\.rule) == [.arithmetic(input: "numFrames", multiplier: 4, offset: 1)])
    }

    @Test("Arithmetic and range sentences", arguments: [
        ("The number should be 4n+1", Constraint.Rule.arithmetic(input: "n", multiplier: 4, offset: 1)),
        ("Must be a multiple of 16", .arithmetic(input: "n", multiplier: 16, offset: 0)),
        ("Width, divisible by 8", .arithmetic(input: "n", multiplier: 8, offset: 0)),
        ("Between 0 and 6", .range(input: "n", minimum: 0, maximum: 6)),
        ("Range: 0.0-2.0", .range(input: "n", minimum: 0, maximum: 2)),
        ("Minimum: 1.5, maximum: 10", .range(input: "n", minimum: 1.5, maximum: 10)),
    ])
    func numericRules(_ help: String, _ expected: Constraint.Rule) throws {
        let spec = try #require(Fixtures.extract(Fixtures.document(inputs: """
          - name: n
            label: N
            help: \(help)
            type: number
            default: 1
        """)).spec)
        #expect(RuleReader.read(spec).constraints.map(\.rule) == [expected])
    }

    @Test("A rule naming what the tool lacks yields nothing and a note; a select is not range-checked")
    func unresolved() throws {
        let spec = try #require(Fixtures.extract(Fixtures.document(inputs: """
          - name: quality
            label: Quality
            help: 4k does not support 8s. Between 0 and 6
            type: select
            default: 2
            options:
              - value: "2"
                label: 2
        """)).spec)
        let readings = RuleReader.read(spec)
        #expect(readings.constraints.isEmpty)
        #expect(readings.unread.map(\.sentence) == ["4k does not support 8s", "Between 0 and 6"])
    }

    @Test("A rule the document's own default request breaks is a misreading: not enforced, and lint says why")
    func defaultConflict() throws {
        let spec = try #require(Fixtures.extract(Fixtures.document(inputs: """
          - name: frames
            label: Frames
            help: The number should be 4n+1
            type: number
            default: 120
        """)).spec)
        let (tool, diagnostics) = Fixtures.resolve(spec)
        #expect(diagnostics.isEmpty)
        #expect(tool.rules.isEmpty)
        #expect(tool.decisions.map(\.outcome) == [.notChecked("frames is 4n+1: the document's default request breaks it, so it is not what the document means")])
    }

    @Test("Samples naming only known inputs become presets; others are left out with a warning", .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
    func presets() throws {
        let spec = try #require(Fixtures.extract(Fixtures.corpus.appendingPathComponent("llms/wiro__virtual-try-on.md")).spec)
        let (tool, diagnostics) = Fixtures.resolve(spec)
        #expect(tool.examples.count == 4)
        #expect(diagnostics.isEmpty)
        let v45 = try #require(Fixtures.extract(Fixtures.seed("PixVerse/text-to-video-v4.5.md")).spec)
        let (v45Tool, all) = Fixtures.resolve(v45)
        let v45Diagnostics = all
        #expect(v45Tool.examples.isEmpty)
        #expect(v45Diagnostics.map(\.id) == Array(repeating: .unknownExampleInput, count: 6))
        #expect(v45Diagnostics.allSatisfy { $0.severity == .warning && $0.message.contains("'inputImageFirst'") })
    }
}
