import Foundation
import Testing
@testable import WiroGenEmit
@testable import WiroGenRules
@testable import WiroGenText

/// One small document with every kind of the design's type table, and the odd cases Wiro's
/// documents have: what each becomes in Swift, and that the result compiles.
@Suite("Every input kind")
struct InputKindTests {
    static let document = Fixtures.document(inputs: """
      - name: prompt
        label: Prompt
        help: Text.
        type: textarea
        default: a cat
      - name: title
        label: Title
        help: Empty default.
        type: text
        default: 
      - name: styles
        label: Styles
        help: Several.
        type: multiselect
        default: anime,clay
        options:
          - value: "anime"
            label: Anime
          - value: "clay"
            label: Clay
          - value: "comic"
            label: Comic
      - name: strength
        label: Strength
        help: Range: 0.0-2.0
        type: range
        default: 0.8
      - name: upscale
        label: Upscale
        help: A box.
        type: checkbox
        default: true
      - name: mask
        label: Mask
        help: One file.
        type: fileinput
        default: 
      - name: references
        label: References
        help: Many files.
        type: multifileinput
        default: 
      - name: guidance
        label: Guidance
        help: A number with a fraction.
        type: number
        default: 2.5
      - name: broken
        label: Broken
        help: Wiro writes this.
        type: number
        default: false
      - name: ratio
        label: Ratio
        help: An empty value.
        type: select
        default: 
        options:
          - value: ""
            label: match_input_image
          - value: "1:1"
            label: 1:1
          - value: "1:1"
            label: square again
      - name: effect
        label: Effect
        help: 
        type: selectwithcover
        default: 3d_figure
      - name: watermark
        label: Watermark
        help: 
        type: select
        default: false
        options:
          - value: "false"
            label: false
          - value: "true"
            label: true
    """, body: #"{"prompt": "a cat", "styles": ["anime", "clay"], "strength": "0.8", "upscale": true, "guidance": 2.5}"#)

    @Test("Each kind maps to the type the design names")
    func types() throws {
        let result = Fixtures.extract(Self.document)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let spec = try #require(result.spec)
        let (tool, diagnostics) = Fixtures.resolve(spec)
        let types = Dictionary(uniqueKeysWithValues: tool.inputs.map { ($0.spec.name, $0.swiftType) })
        #expect(types == [
            "prompt": "String", "title": "String?", "styles": "[Styles]", "strength": "Double", "upscale": "Bool",
            "mask": "WiroFile?", "references": "[WiroFile]", "guidance": "Double", "broken": "Int?", "ratio": "Ratio",
            "effect": "String", "watermark": "Bool",
        ])
        let defaults = Dictionary(uniqueKeysWithValues: tool.inputs.map { ($0.spec.name, ValueLiteral.swift($0.defaultValue)) })
        #expect(defaults["styles"] == "[.anime, .clay]")
        #expect(defaults["ratio"] == ".matchInputImage", "an empty default that is an option is that option")
        #expect(defaults["guidance"] == "2.5")
        #expect(defaults["broken"] == "nil")
        #expect(defaults["references"] == "[]")
        let wire = Dictionary(uniqueKeysWithValues: tool.inputs.map { ($0.spec.name, $0.wireKind) })
        #expect(wire["styles"] == .array)
        #expect(wire["strength"] == .string)
        #expect(wire["upscale"] == .bool)
        #expect(wire["guidance"] == .number)
        #expect(wire["mask"] == .string)
        #expect(tool.enums.first { $0.input.name == "ratio" }?.cases.map(\.option.value) == ["", "1:1"])
        #expect(diagnostics.map(\.id) == [.invalidDefault])
        #expect(result.with(.duplicateOption).count == 1)
        #expect(result.with(.selectWithoutOptions).map(\.severity) == [.note])
        #expect(spec.input(named: "strength")?.kind == .range)
        #expect(RuleReader.read(spec).constraints.map(\.rule) == [.range(input: "strength", minimum: 0, maximum: 2)])
    }

    @Test("The module of every kind compiles with zero warnings")
    func compiles() throws {
        let (files, _) = Compiler.generate(["Test/kinds.md": Self.document])
        let compiled = try Compiler.typecheck(files)
        #expect(compiled.status == 0, "\(compiled.output)")
    }
}
