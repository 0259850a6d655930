import Foundation
import Testing
@testable import WiroGenCore
@testable import WiroGenDiff
@testable import WiroGenFiles
@testable import WiroGenModel
@testable import WiroGenResolve
@testable import WiroGenText

/// Wiro's structured definition (the OpenAPI of Tool/DetailOpenAPI), alone or beside a document:
/// WiroGen checks at least what Wiro's server checks.
@Suite("Wiro's structured definitions: alone, beside a document, and what they enforce")
struct DefinitionTests {
    static let pair = Fixtures.fixtures("Definitions")

    /// The fixture pair's tool, resolved, with every diagnostic and decision.
    static func fixtureTool() throws -> (tool: ResolvedTool, output: GeneratorOutput) {
        let output = try Fixtures.lint(paths: [pair.path])
        return (try #require(output.tools.first), output)
    }

    @Test("A document and its definition are one tool, the definition adding what the server checks")
    func merged() throws {
        let (tool, output) = try Self.fixtureTool()
        #expect(output.specs.count == 1 && output.tools.count == 1 && !output.hasErrors)
        #expect(tool.spec.source.hasSuffix("tool.md") && tool.spec.definition?.source.hasSuffix("tool.openapi.json") == true)
        let enforced = tool.decisions.filter { if case .enforced = $0.outcome { return true } else { return false } }
        let byDefinition = enforced.filter(\.isDefinition).map(\.sentence)
        #expect(byDefinition == ["Wiro's definition: required", "Wiro's definition: minimum 1, maximum 500", "Wiro's definition: minimum 0, maximum 2048",
                                 "Wiro's definition: multiple of 16", "Wiro's definition: required"])
        let steps = try #require(tool.inputs.first { $0.wireName == "steps" })
        #expect(steps.type == .int, "multipleOf 1 says whole")
        let values = tool.inputs.map(\.defaultValue)
        #expect(!tool.rules.contains { $0.check.isBroken(by: values) && $0.constraint.definedAt != nil && $0.fields != ["strength"] }, "the default request keeps every bound")
    }

    @Test("Prose that states the definition's bound is one rule; prose that differs gives way, and lint says so")
    func proseAndStructure() throws {
        let (tool, _) = try Self.fixtureTool()
        let prose = Dictionary(tool.decisions.filter { !$0.isDefinition }.map { ($0.sentence, $0.outcome.description) }, uniquingKeysWith: { a, _ in a })
        #expect(prose["Between 1 and 100"] == "not checked: steps is between 1 and 100: Wiro's definition says minimum 1, maximum 500, and where the two differ the definition wins")
        #expect(prose["Must be a multiple of 16"] == "enforced: width is a multiple of 16, as Wiro's definition states too")
        #expect(prose["Optional"] == "not checked: it lets the input be left out, but Wiro's definition requires it, and the definition wins")
        let checks = tool.rules.map { "\($0.fields[0]): \($0.check)" }
        #expect(checks.filter { $0.hasPrefix("width: arithmetic") }.count == 1, "one multiple rule, not two: \(checks)")
        #expect(!tool.rules.contains { $0.constraint.sentence == "Between 1 and 100" })
        let strength = try #require(tool.inputs.first { $0.wireName == "strength" })
        #expect(strength.initDefault == .required, "the definition requires it, so the caller passes it")
    }

    @Test("Where document and definition disagree, each place gets a warning naming the other, and the document wins")
    func disagreements() throws {
        let (tool, output) = try Self.fixtureTool()
        let warnings = output.diagnostics.filter { $0.id == .definitionDisagrees }
        let document = warnings.filter { $0.file.hasSuffix("tool.md") }, definition = warnings.filter { $0.file.hasSuffix("tool.openapi.json") }
        #expect(document.contains { $0.message.hasPrefix("the options of 'mode' differ: only the definition lists 'turbo'") && $0.message.contains("tool.openapi.json:") })
        #expect(definition.contains { $0.message.hasPrefix("the options of 'mode' differ") && $0.message.contains("tool.md:") })
        #expect(document.contains { $0.message.hasPrefix("the default of 'mode' is 'fast' in the document and 'slow' in Wiro's definition") })
        #expect(definition.contains { $0.message.hasPrefix("the default of 'mode' is 'fast'") && $0.location == Location(line: 23, column: 11) })
        #expect(definition.contains { $0.message.hasPrefix("input 'outputType' is in Wiro's definition but not in the document") && $0.message.contains("requires it") })
        #expect(document.contains { $0.message.hasPrefix("input 'note' is not in Wiro's definition") })
        let mode = try #require(tool.enums.first { $0.inputName == "mode" })
        #expect(mode.cases.map(\.value) == ["fast", "slow"] && tool.inputs.first { $0.wireName == "mode" }?.defaultValue == .option(mode.cases[0]))
        #expect(!tool.inputs.contains { $0.wireName == "outputType" })
    }

    @Test("A bound the document's own default breaks is not enforced, and lint says why; multipleOf 1 makes a decimal default whole")
    func documentDefaultsStand() throws {
        let document = String(decoding: Fixtures.bytes(Self.pair.appendingPathComponent("tool.md")), as: UTF8.self)
            .replacingOccurrences(of: "  default: 30\n", with: "  default: 30.0\n")
        let definition = String(decoding: Fixtures.bytes(Self.pair.appendingPathComponent("tool.openapi.json")), as: UTF8.self)
            .replacingOccurrences(of: "\"minimum\": 1, \"maximum\": 500", with: "\"minimum\": 50, \"maximum\": 500")
        let files = [InputFile(path: "x/tool.md", contents: Array(document.utf8)), InputFile(path: "x/tool.openapi.json", contents: Array(definition.utf8))]
        let tool = try #require(Generator.run(GeneratorInput(documents: files), for: .decisions).tools.first)
        let steps = try #require(tool.inputs.first { $0.wireName == "steps" })
        #expect(steps.type == .int && steps.defaultValue == .int(30), "a default written 30.0 of a whole number")
        let decision = try #require(tool.decisions.first { $0.isDefinition && $0.sentence == "Wiro's definition: minimum 50, maximum 500" })
        #expect(decision.outcome.description == "not checked: steps is between 50 and 500: the document's default request breaks it, so it is not what the document means")
        #expect(decision.file == "x/tool.openapi.json" && decision.location == Location(line: 21, column: 11))
        #expect(!tool.rules.contains { $0.fields == ["steps"] && $0.constraint.definedAt != nil })
        let prose = try #require(tool.decisions.first { $0.sentence == "Between 1 and 100" })
        #expect(prose.outcome.description == "enforced: steps is between 1 and 100", "with the definition's bound not held, the prose stands")
    }

    @Test("The generated file quotes the definition in its violations and names both files")
    func emitted() throws {
        let output = try Fixtures.generate(paths: [Self.pair.path], root: Self.pair.path)
        let file = try #require(output.files.first { $0.path == "Test/Tool.swift" })
        #expect(file.contents.hasPrefix("// DO NOT EDIT. Generated by wiro-gen from Definitions/tool.md and Definitions/tool.openapi.json."))
        #expect(file.contents.contains(#"WiroRule(["steps"], "Wiro's definition: minimum 1, maximum 500 (steps): steps must be at least 1 and at most 500""#))
        #expect(file.contents.contains(#""Wiro's definition: multiple of 16 (width): width must be a multiple of 16""#))
        let compiled = try Compiler.typecheck(output.files)
        #expect(compiled.status == 0, "\(compiled.output)")
    }

    @Test("The configuration's ignore switches a rule of the definition off like any sentence")
    func ignored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-definition-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["tool.md", "tool.openapi.json"] {
            try FileManager.default.copyItem(at: Self.pair.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let config = folder.appendingPathComponent("wiro-gen.json")
        try Data(#"{"rules": {"Test/tool": {"ignore": ["Wiro's definition: minimum 1, maximum 500"]}}}"#.utf8).write(to: config)
        let output = try Fixtures.lint(paths: [folder.path], config: config.path)
        let tool = try #require(output.tools.first)
        #expect(!output.hasErrors, "\(output.diagnostics)")
        #expect(!tool.rules.contains { $0.fields == ["steps"] })
        #expect(tool.decisions.contains { $0.isDefinition && $0.outcome.description.hasPrefix("ignored by config: \(config.path):1:") })
    }

    @Test("Seed chetwinlow1/ovi with its definition: steps 501 breaks the definition's bound, 500 does not",
          .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
    func ovi() throws {
        let documents = [
            InputFile(path: "Specs/chetwinlow1/ovi.md", contents: Fixtures.bytes(Fixtures.seed("chetwinlow1/ovi.md"))),
            InputFile(path: "Specs/chetwinlow1/ovi.openapi.json",
                      contents: Fixtures.bytes(Fixtures.corpus.appendingPathComponent("openapi/openapi-chetwinlow1-ovi.json"))),
        ]
        let output = Generator.run(GeneratorInput(documents: documents, root: "Specs"), for: .module)
        #expect(!output.hasErrors && output.specs.count == 1)
        let tool = try #require(output.tools.first)
        let steps = try #require(tool.inputs.firstIndex { $0.wireName == "steps" })
        let rule = try #require(tool.rules.first { $0.fields == ["steps"] })
        #expect(rule.citation == "Wiro's definition: minimum 1, maximum 500 (steps)")
        var values = tool.inputs.map(\.defaultValue)
        values[steps] = .int(501)
        #expect(rule.check.isBroken(by: values))
        values[steps] = .int(500)
        #expect(!rule.check.isBroken(by: values))
        let file = try #require(output.files.first { $0.path == "Chetwinlow1/Ovi.swift" })
        #expect(file.contents.contains("Wiro's definition: minimum 1, maximum 500 (steps): steps must be at least 1 and at most 500"))
    }

    @Test("diff: a tightened bound or a newly required input is breaking, a loosened bound additive")
    func diffs() throws {
        let document = Fixtures.bytes(Self.pair.appendingPathComponent("tool.md"))
        let definition = String(decoding: Fixtures.bytes(Self.pair.appendingPathComponent("tool.openapi.json")), as: UTF8.self)
        func spec(_ edit: (String) -> String) throws -> ToolSpec {
            let files = [InputFile(path: "x/tool.md", contents: document), InputFile(path: "x/tool.openapi.json", contents: Array(edit(definition).utf8))]
            return try #require(Generator.run(GeneratorInput(documents: files), for: .specs).specs.first)
        }
        func changes(_ edit: @escaping (String) -> String) throws -> [String] {
            let old = try spec { $0 }
            return SpecDiff.compare(old: [old], new: [try spec(edit)]).map { "\($0.impact.rawValue): \($0.summary)" }
        }
        #expect(try changes { $0.replacingOccurrences(of: "\"maximum\": 500", with: "\"maximum\": 100") }
            == ["breaking: rule tightened: steps is between 1 and 500 is now steps is between 1 and 100 (Wiro's definition of 'steps')"])
        #expect(try changes { $0.replacingOccurrences(of: "\"maximum\": 500", with: "\"maximum\": 1000") }
            == ["additive: rule loosened: steps is between 1 and 500 is now steps is between 1 and 1000 (Wiro's definition of 'steps')"])
        #expect(try changes { $0.replacingOccurrences(of: "\"multipleOf\": 16", with: "\"multipleOf\": 32") }
            == ["breaking: rule tightened: width is a multiple of 16 is now width is a multiple of 32 (Wiro's definition of 'width')"])
        let optional = { (text: String) in text.replacingOccurrences(of: "[\"prompt\", \"strength\", \"outputType\"]", with: "[\"prompt\", \"outputType\"]") }
        let old = try spec(optional), new = try spec { $0 }
        #expect(SpecDiff.compare(old: [old], new: [new]).map { "\($0.impact.rawValue): \($0.summary)" }.contains("breaking: input 'strength' became required"))
    }

    @Test("Bad definitions: each problem at its line and column, no crash, nothing written", arguments: [
        ("{\"paths\": {\"/Run/a/b\": {}}, }", "1:29: error: the definition is not valid JSON: expected a quoted key [invalid-definition]"),
        (#"{"paths": {"/Task/Detail": {}}}"#, #"1:11: error: the definition has no Run path ("/Run/<owner>/<tool>") among its "paths" [invalid-definition]"#),
        ("{\n  \"paths\": {\"/Run/a/b\": {}},\n  \"components\": {\"schemas\": {\"RunToolSchema\": {\"properties\": {\n    \"size\": {\"type\": \"object\"}}}}}\n}",
         "4:22: error: input 'size' has JSON type 'object', which a request cannot send [invalid-definition]"),
        (#"{"paths": {"/Run/a/b": {}}}"#, "1:12: error: the definition has no 'RunToolSchema' schema with \"properties\" for the Run request [invalid-definition]"),
        ("[1, 2]", #"1:1: error: this is not a Wiro tool definition: it has no "paths" [invalid-definition]"#),
        ("", "1:1: error: the document is empty [empty-file]"),
    ])
    func badDefinitions(_ text: String, _ expected: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-bad-definition-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("bad.openapi.json")
        try Data(text.utf8).write(to: file)
        let output = try Fixtures.generate(paths: [folder.path], root: folder.path)
        #expect(output.hasErrors && output.files.isEmpty)
        #expect(output.diagnostics.map(\.description).contains(file.path + ":" + expected), "\(output.diagnostics)")
    }
}
