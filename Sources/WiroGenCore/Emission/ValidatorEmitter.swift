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
        let code = Expressions(inputs: inputs)
        switch check {
        case .forbids(let first, let second):
            return ("\(code.test(first)) && \(code.test(second))", "\(code.said(first)) cannot go with \(code.said(second))")
        case .requires(let condition, let requirement):
            let other = inputs[requirement.input]
            let set = other.isOptional ? " && self.\(other.propertyName) != nil" : ""
            return ("\(code.test(condition))\(set) && \(code.test(requirement, "!="))", "\(code.said(condition)) needs \(code.said(requirement))")
        case .arithmetic(let index, let multiplier, let offset, let except):
            let input = inputs[index]
            let test = unwrapping(input) { value in
                excepting(except.map(String.init), value, "\(value) < \(offset) || (\(value) - \(offset)) % \(multiplier) != 0")
            }
            let form = offset == 0 ? "a multiple of \(multiplier)" : "\(multiplier)n+\(offset) for some n ≥ 0"
            return (test, "\(input.spec.name) must be \(form)" + or(except.map(String.init)))
        case .range(let index, let minimum, let maximum, let except):
            let input = inputs[index]
            let test = unwrapping(input) { raw in
                let value = input.type == .int ? "Double(\(raw))" : raw
                let outside = [minimum.map { "\(value) < \($0)" }, maximum.map { "\(value) > \($0)" }].compactMap { $0 }.joined(separator: " || ")
                return excepting(except.map { "\($0)" }, value, outside)
            }
            let bounds = [minimum.map { "at least \(format($0))" }, maximum.map { "at most \(format($0))" }].compactMap { $0 }
            return (test, "\(input.spec.name) must be \(bounds.joined(separator: " and "))" + or(except.map(format)))
        case .required(let index, let condition):
            let when = condition.map { "\(code.test($0)) && " } ?? ""
            return (when + code.isEmpty(index), "\(inputs[index].spec.name) is required" + (condition.map { " when \(code.said($0))" } ?? ""))
        case .count(let index, let minimum, let maximum, let condition):
            let when = condition.map { "\(code.test($0)) && " } ?? ""
            let count = "self.\(inputs[index].propertyName).count"
            let outside = [minimum.map { "\(count) < \($0)" }, maximum.map { "\(count) > \($0)" }].compactMap { $0 }.joined(separator: " || ")
            let bounds = [minimum.map { "at least \($0)" }, maximum.map { "at most \($0)" }].compactMap { $0 }.joined(separator: " and ")
            return (when + "(\(outside))", "\(inputs[index].spec.name) holds \(bounds) \(maximum == 1 ? "file" : "files")" + (condition.map { " when \(code.said($0))" } ?? ""))
        }
    }

    /// `test`, unless the value is one of `values` (a sentinel the document allows).
    private static func excepting(_ values: [String], _ value: String, _ test: String) -> String {
        values.isEmpty ? test : values.map { "\(value) != \($0) && " }.joined() + "(\(test))"
    }

    private static func or(_ values: [String]) -> String {
        values.isEmpty ? "" : ", or " + values.joined(separator: " or ")
    }

    /// A test on an input's value; an optional input is tested only when set.
    private static func unwrapping(_ input: ResolvedInput, _ test: (String) -> String) -> String {
        input.isOptional ? "let value = self.\(input.propertyName), \(test("value"))" : test("self.\(input.propertyName)")
    }

    private static func format(_ value: Double) -> String {
        Constraint.Rule.number(value)
    }
}

/// Swift expressions that test inputs, and how a violation names what they test.
private struct Expressions {
    let inputs: [ResolvedInput]

    func test(_ test: ValueTest, _ comparison: String = "==") -> String {
        "self.\(inputs[test.input].propertyName) \(comparison) \(ValueLiteral.swift(test.value))"
    }

    func test(_ test: ResolvedRule.Test) -> String {
        switch test {
        case .value(let value): self.test(value)
        case .set(let input): "!" + isEmpty(input)
        case .empty(let input): isEmpty(input)
        }
    }

    /// True when the input is empty, as ``ResolvedInput/canBeEmpty`` counts it.
    func isEmpty(_ index: Int) -> String {
        let input = inputs[index]
        let property = "self.\(input.propertyName)"
        switch (input.type, input.isOptional) {
        case (.string, false), (.list, false): return "\(property).isEmpty"
        case (.string, true): return "(\(property) ?? \"\").isEmpty"
        case (.file, false): return "\(property).wireText.isEmpty"
        case (.file, true): return "(\(property)?.wireText ?? \"\").isEmpty"
        case (.list, true): return "(\(property) ?? []).isEmpty"
        default: return "\(property) == nil"
        }
    }

    func said(_ test: ValueTest) -> String { "\(inputs[test.input].spec.name) \(ValueLiteral.text(test.value))" }

    func said(_ test: ResolvedRule.Test) -> String {
        switch test {
        case .value(let value): said(value)
        case .set(let input): "\(inputs[input].spec.name) given"
        case .empty(let input): "\(inputs[input].spec.name) empty"
        }
    }
}
