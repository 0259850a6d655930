import Foundation
import Testing
@testable import WiroGenCore
@testable import WiroGenModel
@testable import WiroGenResolve
@testable import WiroGenText

/// The 82 real definitions Wiro serves (../shared/corpus/openapi), each a tool of its own: every
/// bound, multiple and required input Wiro's server checks is checked before a request leaves.
@Suite("Wiro's definitions of the corpus, alone and together", .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
struct DefinitionCorpusTests {
    /// Every definition of the corpus, as a `*.openapi.json` document.
    static func definitions() throws -> [InputFile] {
        let folder = Fixtures.corpus.appendingPathComponent("openapi")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return names.map { name in
            let stem = name.dropFirst("openapi-".count).dropLast(".json".count)
            return InputFile(path: "Definitions/\(stem).openapi.json", contents: Fixtures.bytes(folder.appendingPathComponent(name)))
        }
    }

    @Test("Together: one module, no errors, that type-checks with warnings as errors")
    func together() throws {
        let output = Generator.run(GeneratorInput(documents: try Self.definitions(), isWholeSet: true, root: "Definitions"), for: .module)
        #expect(output.specs.count == 82 && !output.hasErrors, "\(output.diagnostics.filter { $0.severity == .error })")
        let compiled = try Compiler.typecheck(output.files)
        #expect(compiled.status == 0, "\(compiled.output)")
    }

    @Test("Alone, each: what the server checks is checked, at its very bounds, and the figures")
    func alone() throws {
        var figures = Figures()
        for definition in try Self.definitions() {
            let output = Generator.run(GeneratorInput(documents: [definition], root: "Definitions"), for: .decisions)
            #expect(!output.hasErrors, "\(definition.path): \(output.diagnostics)")
            let tool = try #require(output.tools.first, "\(definition.path)")
            try Self.check(tool, figures: &figures)
        }
        print(figures.report)
        #expect(figures.boundsDefined == 127 && figures.requiredDefined == 130)
        #expect(figures.boundsEnforced == figures.boundsDefined && figures.requiredEnforced == figures.requiredDefined)
    }

    /// Checks one tool's definition rules against its typed values; counts them.
    static func check(_ tool: ResolvedTool, figures: inout Figures) throws {
        let definition = try #require(tool.spec.definition)
        let defaults = tool.inputs.map(\.defaultValue)
        figures.boundsDefined += definition.inputs.filter { $0.minimum != nil || $0.maximum != nil }.count
        figures.multiplesDefined += definition.inputs.filter { $0.wholeMultiple != nil }.count
        figures.requiredDefined += definition.inputs.filter(\.isRequired).count
        for decision in tool.decisions where decision.isDefinition {
            guard case .notChecked(let why) = decision.outcome else { continue }
            figures.notEnforced[why, default: 0] += 1
        }
        for rule in tool.rules where rule.constraint.definedAt != nil {
            switch rule.check {
            case .range(let input, let minimum, let maximum, _):
                figures.boundsEnforced += 1
                #expect(!rule.check.isBroken(by: defaults), "\(tool.id): the default request keeps \(rule.quote)")
                for (bound, outward) in [(minimum, -1.0), (maximum, 1.0)] {
                    guard let bound else { continue }
                    #expect(!broken(rule, input, bound, tool, defaults), "\(tool.id): \(bound) is within \(rule.quote)")
                    #expect(broken(rule, input, next(bound, outward, tool.inputs[input].type), tool, defaults), "\(tool.id): just past \(bound) is not")
                }
            case .arithmetic(let input, let multiplier, _, _):
                figures.multiplesEnforced += 1
                #expect(!broken(rule, input, Double(multiplier * 3), tool, defaults), "\(tool.id): a multiple keeps \(rule.quote)")
                #expect(broken(rule, input, Double(multiplier * 3 + 1), tool, defaults), "\(tool.id): one past a multiple breaks it")
            case .required(let input, nil):
                figures.requiredEnforced += 1
                var values = defaults
                values[input] = tool.inputs[input].isList ? .list([]) : tool.inputs[input].type == .file ? .file("") : .string("")
                #expect(rule.check.isBroken(by: values), "\(tool.id): '\(tool.inputs[input].wireName)' left empty is a violation")
            default:
                Issue.record("\(tool.id): a rule of the definition of an unexpected kind: \(rule.check)")
            }
        }
        // A required input that always holds a value (a select with a default) is kept by its type.
        figures.requiredEnforced += tool.decisions.filter { decision in
            guard decision.isDefinition, case .enforced? = Optional(decision.outcome), case .required? = decision.rule else { return false }
            return !tool.rules.contains { $0.constraint.definedAt != nil && $0.fields == [decision.input] && $0.check.isRequiredCheck }
        }.count
    }

    /// Whether the rule is broken with `input` at `value`, every other input at its default.
    static func broken(_ rule: ResolvedRule, _ input: Int, _ value: Double, _ tool: ResolvedTool, _ defaults: [ResolvedValue?]) -> Bool {
        var values = defaults
        values[input] = tool.inputs[input].type == .int ? .int(Int(value)) : .double(value)
        return rule.check.isBroken(by: values)
    }

    /// The nearest value past `bound` in direction `outward` that the input's type can hold.
    static func next(_ bound: Double, _ outward: Double, _ type: ValueType) -> Double {
        type == .int ? bound + outward : (outward < 0 ? bound.nextDown : bound.nextUp)
    }

    /// What the corpus's definitions state, and how much of it is checked.
    struct Figures {
        var boundsDefined = 0, boundsEnforced = 0, multiplesDefined = 0, multiplesEnforced = 0, requiredDefined = 0, requiredEnforced = 0
        var notEnforced: [String: Int] = [:]

        var report: String {
            (["Wiro's definitions (82 tools): bounds \(boundsEnforced) of \(boundsDefined) enforced, multiples \(multiplesEnforced) of \(multiplesDefined), "
                + "required inputs \(requiredEnforced) of \(requiredDefined)"]
                + notEnforced.sorted { $0.key < $1.key }.map { "  not enforced (\($0.value)): \($0.key)" }).joined(separator: "\n")
        }
    }
}

extension ResolvedRule.Check {
    /// True for a presence check.
    var isRequiredCheck: Bool {
        if case .required = self { return true }
        return false
    }
}
