import WiroGenText
import WiroGenResolve
@_spi(WiroGen) import WiroRuntime

/// Emits one resolved rule as a `WiroRule` value: the inputs it names, the message its
/// violation carries, and the `WiroCondition`s that, all holding, break it. Every rule Resolve hands
/// over is emitted: this emitter has no way to drop one.
package enum RuleEmitter {
    package static func rule(_ rule: ResolvedRule, _ inputs: [ResolvedInput]) -> String {
        let (tests, explanation) = broken(rule.check, ConditionCode(inputs: inputs))
        let fields = rule.fields.map(SwiftLiteral.string).joined(separator: ", ")
        let message = "\(rule.citation): \(explanation)"
        return "WiroRule([\(fields)], \(SwiftLiteral.string(message)), brokenWhen: [\(tests.joined(separator: ", "))])"
    }

    /// The tests under which the rule is broken, and what the violation says.
    private static func broken(_ check: ResolvedRule.Check, _ code: ConditionCode) -> (tests: [String], explanation: String) {
        switch check {
        case .forbids(let first, let second):
            return ([code.test(first), code.test(second)], "\(code.said(first)) cannot go with \(code.said(second))")
        case .requires(let condition, let requirement):
            let other = code.inputs[requirement.input]
            let set = other.isOptional ? [".isNot(\(code.path(requirement.input)), nil)"] : []
            return ([code.test(condition)] + set + [code.test(requirement, "isNot")], "\(code.said(condition)) needs \(code.said(requirement))")
        case .arithmetic(let index, let multiplier, let offset, let except):
            let form = offset == 0 ? "a multiple of \(multiplier)" : "\(multiplier)n+\(offset) for some n ≥ 0"
            let test = ".notMultiple(\(code.path(index)), of: \(multiplier), plus: \(offset)\(excepting(except.map(Double.init))))"
            return ([test], "\(code.name(index)) must be \(form)" + or(except.map(String.init)))
        case .range(let index, let minimum, let maximum, let except):
            let bounds = [minimum.map { "at least \(format($0))" }, maximum.map { "at most \(format($0))" }].compactMap { $0 }
            let test = ".outside(\(code.path(index)), minimum: \(literal(minimum)), maximum: \(literal(maximum))\(excepting(except)))"
            return ([test], "\(code.name(index)) must be \(bounds.joined(separator: " and "))" + or(except.map(format)))
        case .required(let index, let condition):
            let when = condition.map { " when \(code.said($0))" } ?? ""
            return ((condition.map { [code.test($0)] } ?? []) + [".empty(\(code.path(index)))"], "\(code.name(index)) is required" + when)
        case .count(let index, let minimum, let maximum, let condition):
            let bounds = [minimum.map { "at least \($0)" }, maximum.map { "at most \($0)" }].compactMap { $0 }.joined(separator: " and ")
            let when = condition.map { " when \(code.said($0))" } ?? ""
            let test = ".countOutside(\(code.path(index)), minimum: \(minimum.map(String.init) ?? "nil"), maximum: \(maximum.map(String.init) ?? "nil"))"
            return ((condition.map { [code.test($0)] } ?? []) + [test],
                    "\(code.name(index)) holds \(bounds) \(maximum == 1 ? "file" : "files")" + when)
        }
    }

    /// `, except: [...]` for a rule's sentinel values, or nothing.
    private static func excepting(_ values: [Double]) -> String {
        values.isEmpty ? "" : ", except: [" + values.map(literal).joined(separator: ", ") + "]"
    }

    private static func or(_ values: [String]) -> String {
        values.isEmpty ? "" : ", or " + values.joined(separator: " or ")
    }

    private static func literal(_ value: Double?) -> String {
        value.map { "\($0)" } ?? "nil"
    }

    private static func format(_ value: Double) -> String {
        value.sentenceText
    }
}

/// The `WiroCondition`s a rule is written with, and how its violation names what they test.
private struct ConditionCode {
    let inputs: [ResolvedInput]

    func path(_ index: Int) -> String { inputs[index].keyPath }

    func name(_ index: Int) -> String { inputs[index].wireName }

    func test(_ test: ResolvedInputValue, _ factory: String = "is") -> String {
        ".\(factory)(\(path(test.input)), \(ValueLiteral.swift(test.value)))"
    }

    func test(_ test: ResolvedCondition) -> String {
        switch test {
        case .value(let value): self.test(value)
        case .set(let input): ".given(\(path(input)))"
        case .empty(let input): ".empty(\(path(input)))"
        }
    }

    func said(_ test: ResolvedInputValue) -> String { "\(name(test.input)) \(ValueLiteral.text(test.value))" }

    func said(_ test: ResolvedCondition) -> String {
        switch test {
        case .value(let value): said(value)
        case .set(let input): "\(name(input)) given"
        case .empty(let input): "\(name(input)) empty"
        }
    }
}
