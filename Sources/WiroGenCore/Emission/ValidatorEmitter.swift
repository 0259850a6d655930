/// Emits `violations`: one plain comparison per constraint, no generic machinery, so the
/// type checker has nothing to solve.
enum ValidatorEmitter {
    static func emit(_ model: RequestModel, _ writer: inout CodeWriter) {
        writer.line("/// Every rule of the document this request breaks; empty when it is valid.")
        writer.block("public var violations: [WiroViolation]") { writer in
            let checks = model.spec.constraints.compactMap { check($0, model) }
            guard !checks.isEmpty else {
                writer.line("[]")
                return
            }
            writer.line("var found: [WiroViolation] = []")
            for (constraint, condition, explanation) in checks {
                writer.block("if \(condition)") { writer in
                    let fields = constraint.fields.map(SwiftLiteral.string).joined(separator: ", ")
                    let message = "\"\(constraint.sentence)\" (\(constraint.source)): \(explanation)"
                    writer.line("found.append(WiroViolation(fields: [\(fields)], message: \(SwiftLiteral.string(message))))")
                }
            }
            writer.line("return found")
        }
    }

    private static func check(_ constraint: Constraint, _ model: RequestModel) -> (Constraint, String, String)? {
        func property(_ name: String) -> PropertyModel? { model.properties.first { $0.input.name == name } }
        func compare(_ pair: InputValue, _ comparison: String = "==") -> String? {
            guard let property = property(pair.input), let literal = TypeMapper.literal(pair.value, type: property.type) else { return nil }
            return "self.\(property.name) \(comparison) \(literal)"
        }
        switch constraint.rule {
        case .forbids(let first, let second):
            guard let a = compare(first), let b = compare(second) else { return nil }
            return (constraint, "\(a) && \(b)", "\(first.input) \(first.value) cannot go with \(second.input) \(second.value)")
        case .requires(let condition, let requirement):
            guard let a = compare(condition), let b = compare(requirement, "!="), let other = property(requirement.input) else { return nil }
            let set = other.isOptional ? " && self.\(other.name) != nil" : ""
            return (constraint, "\(a)\(set) && \(b)", "\(condition.input) \(condition.value) needs \(requirement.input) \(requirement.value)")
        case .arithmetic(let input, let multiplier, let offset):
            guard let property = property(input), case .int = property.type else { return nil }
            let value = property.isOptional ? "value" : "self.\(property.name)"
            let test = "\(value) < \(offset) || (\(value) - \(offset)) % \(multiplier) != 0"
            let condition = property.isOptional ? "let value = self.\(property.name), \(test)" : test
            let form = offset == 0 ? "a multiple of \(multiplier)" : "\(multiplier)n+\(offset) for some n ≥ 0"
            return (constraint, condition, "\(input) must be \(form)")
        case .range(let input, let minimum, let maximum):
            guard let property = property(input) else { return nil }
            let raw = property.isOptional ? "value" : "self.\(property.name)"
            let value: String
            switch property.type {
            case .int: value = "Double(\(raw))"
            case .double: value = raw
            default: return nil
            }
            let tests = [minimum.map { "\(value) < \($0)" }, maximum.map { "\(value) > \($0)" }].compactMap { $0 }
            let test = tests.joined(separator: " || ")
            let condition = property.isOptional ? "let value = self.\(property.name), \(test)" : test
            let bounds = [minimum.map { "at least \(format($0))" }, maximum.map { "at most \(format($0))" }].compactMap { $0 }
            return (constraint, condition, "\(input) must be \(bounds.joined(separator: " and "))")
        }
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
