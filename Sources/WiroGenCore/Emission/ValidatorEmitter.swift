/// Emits `violations`: one plain comparison per resolved rule, no generic machinery, so the
/// type checker has nothing to solve. Every rule Resolve hands over is emitted: this emitter
/// has no way to drop one.
enum ValidatorEmitter {
    static func emit(_ tool: ResolvedTool, _ writer: inout CodeWriter) {
        writer.line("/// Every rule of the document this request breaks; empty when it is valid.")
        writer.block("public var violations: [WiroViolation]") { writer in
            guard !tool.rules.isEmpty else {
                writer.line("[]")
                return
            }
            writer.line("var found: [WiroViolation] = []")
            for rule in tool.rules {
                let (condition, explanation) = check(rule.check, tool.inputs)
                writer.block("if \(condition)") { writer in
                    let constraint = rule.constraint
                    let fields = constraint.fields.map(SwiftLiteral.string).joined(separator: ", ")
                    let message = "\"\(constraint.sentence)\" (\(constraint.source)): \(explanation)"
                    writer.line("found.append(WiroViolation(fields: [\(fields)], message: \(SwiftLiteral.string(message))))")
                }
            }
            writer.line("return found")
        }
    }

    /// The condition under which the rule is broken, and what the violation says.
    private static func check(_ check: ResolvedRule.Check, _ inputs: [ResolvedInput]) -> (condition: String, explanation: String) {
        func compare(_ test: ValueTest, _ comparison: String = "==") -> String {
            "self.\(inputs[test.input].propertyName) \(comparison) \(ValueLiteral.swift(test.value))"
        }
        func said(_ test: ValueTest) -> String { "\(inputs[test.input].spec.name) \(ValueLiteral.text(test.value))" }
        switch check {
        case .forbids(let first, let second):
            return ("\(compare(first)) && \(compare(second))", "\(said(first)) cannot go with \(said(second))")
        case .requires(let condition, let requirement):
            let other = inputs[requirement.input]
            let set = other.isOptional ? " && self.\(other.propertyName) != nil" : ""
            return ("\(compare(condition))\(set) && \(compare(requirement, "!="))", "\(said(condition)) needs \(said(requirement))")
        case .arithmetic(let index, let multiplier, let offset):
            let input = inputs[index]
            let test = unwrapping(input) { "\($0) < \(offset) || (\($0) - \(offset)) % \(multiplier) != 0" }
            let form = offset == 0 ? "a multiple of \(multiplier)" : "\(multiplier)n+\(offset) for some n ≥ 0"
            return (test, "\(input.spec.name) must be \(form)")
        case .range(let index, let minimum, let maximum):
            let input = inputs[index]
            let test = unwrapping(input) { raw in
                let value = input.type == .int ? "Double(\(raw))" : raw
                return [minimum.map { "\(value) < \($0)" }, maximum.map { "\(value) > \($0)" }].compactMap { $0 }.joined(separator: " || ")
            }
            let bounds = [minimum.map { "at least \(format($0))" }, maximum.map { "at most \(format($0))" }].compactMap { $0 }
            return (test, "\(input.spec.name) must be \(bounds.joined(separator: " and "))")
        }
    }

    /// A test on an input's value; an optional input is tested only when set.
    private static func unwrapping(_ input: ResolvedInput, _ test: (String) -> String) -> String {
        input.isOptional ? "let value = self.\(input.propertyName), \(test("value"))" : test("self.\(input.propertyName)")
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
