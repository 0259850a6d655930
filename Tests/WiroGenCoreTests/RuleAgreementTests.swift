import Foundation
import Testing
@testable import WiroGenModel
@testable import WiroGenResolve
@testable import WiroGenText

/// Rules read from prose against the structured fields of the same OpenAPI specs: every bound
/// and multiple WiroGen enforces agrees with `minimum`/`maximum`/`multipleOf` where the spec
/// has them, and every "Required" with `required`.
@Suite("Rules against Wiro's OpenAPI fields", .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
struct RuleAgreementTests {
    /// Where the document's own prose and its OpenAPI fields disagree, looked at and
    /// understood: (file, input) → why. An explanation that no longer applies fails too.
    static let explainedPresence: [String: String] = [
        "openapi-wiro-3d-text-animations.json ratio": "the help says \"Required. Default 9:16\"; the schema's required list leaves ratio out, though it has a default either way",
    ]

    struct Figures: CustomStringConvertible {
        var agreeing = 0
        var contradicting: [String] = []
        var proseOnly = 0
        var structuredOnly = 0
        var description: String {
            "\(agreeing) agree, \(contradicting.count) contradict, \(proseOnly) only in prose, \(structuredOnly) only in the OpenAPI fields"
        }
    }

    /// Bounds and multiples: prose (enforced) against `minimum`, `maximum`, `multipleOf`.
    static func numbers() throws -> Figures {
        var figures = Figures()
        for tool in try OpenAPITool.all() {
            let resolved = tool.resolved()
            for (name, property) in tool.properties.sorted(by: { $0.key < $1.key }) {
                let rules = resolved.rules.map(\.constraint.rule).filter { $0.fields.first == name }
                var proseMinimum: Double?, proseMaximum: Double?, proseMultiple: Double?
                for rule in rules {
                    switch rule {
                    case .range(_, let minimum, let maximum, let except):
                        proseMinimum = minimum.map { low in ([low] + except).min()! }
                        proseMaximum = maximum.map { high in ([high] + except).max()! }
                    case .arithmetic(_, let multiplier, 0, _): proseMultiple = Double(multiplier)
                    default: break
                    }
                }
                let multipleOf = property.multipleOf.flatMap { $0 > 1 ? $0 : nil }
                for (label, prose, structured) in [("minimum", proseMinimum, property.minimum), ("maximum", proseMaximum, property.maximum), ("multipleOf", proseMultiple, multipleOf)] {
                    switch (prose, structured) {
                    case let (prose?, structured?):
                        if prose == structured { figures.agreeing += 1 } else { figures.contradicting.append("\(tool.file) \(name): prose \(label) \(prose), OpenAPI \(structured)") }
                    case (.some, nil): figures.proseOnly += 1
                    case (nil, .some): figures.structuredOnly += 1
                    case (nil, nil): break
                    }
                }
            }
        }
        return figures
    }

    /// "Required" (enforced, unconditional) against the schema's `required` list.
    static func presence() throws -> (agreeing: Int, disagreeing: [String]) {
        var agreeing = 0
        var disagreeing: [String] = []
        for tool in try OpenAPITool.all() {
            for rule in tool.resolved().decisions.compactMap(\.enforcedRule) {
                guard case .required(let name, nil) = rule else { continue }
                if tool.properties[name]?.isRequired == true { agreeing += 1 } else { disagreeing.append("\(tool.file) \(name)") }
            }
        }
        return (agreeing, disagreeing)
    }

    @Test("Every bound and multiple enforced agrees with the OpenAPI fields")
    func bounds() throws {
        let figures = try Self.numbers()
        print("bounds and multiples: \(figures)")
        #expect(figures.contradicting == [])
        #expect(figures.agreeing >= 10)
    }

    @Test("Every \"Required\" enforced agrees with the schema's required list, but for what is explained")
    func required() throws {
        let (agreeing, disagreeing) = try Self.presence()
        print("Required: \(agreeing) agree, \(disagreeing.count) disagree")
        #expect(agreeing >= 20)
        #expect(Set(disagreeing) == Set(Self.explainedPresence.keys))
    }
}

extension RuleDecision {
    /// The rule, when the decision is to enforce one.
    var enforcedRule: Constraint.Rule? {
        if case .enforced = outcome { return rule }
        return nil
    }
}
