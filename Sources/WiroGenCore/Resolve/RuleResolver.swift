/// Turns each constraint read from prose into a check on the inputs' typed values, or, when
/// the check cannot be expressed, into a `rule-not-enforced` note that says why. Every rule
/// ends in exactly one of the two.
struct RuleResolver {
    let spec: ToolSpec
    let inputs: [ResolvedInput]

    /// The checks for `constraints`, in order; the rest reported.
    func resolve(_ constraints: [Constraint], diagnostics: inout DiagnosticCollector) -> [ResolvedRule] {
        constraints.compactMap { constraint in
            do throws(Reason) {
                return ResolvedRule(constraint: constraint, check: try check(for: constraint))
            } catch {
                diagnostics.report(.note, .ruleNotEnforced,
                    "not checked: \"\(constraint.sentence)\" (help of '\(constraint.source)'): \(error.text)",
                    file: spec.source, at: spec.input(named: constraint.source)?.location)
                return nil
            }
        }
    }

    /// Why a rule cannot be checked.
    struct Reason: Error {
        var text: String
    }

    private func check(for constraint: Constraint) throws(Reason) -> ResolvedRule.Check {
        switch constraint.rule {
        case .forbids(let first, let second):
            return .forbids(try test(first), try test(second))
        case .requires(let condition, let requirement):
            return .requires(condition: try test(condition), requirement: try test(requirement))
        case .arithmetic(let name, let multiplier, let offset):
            let index = try self.index(of: name)
            guard case .int = inputs[index].type else {
                throw Reason(text: "'\(name)' holds \(inputs[index].type.swiftName) values\(decimalDefault(inputs[index])), and only whole numbers can be multiples")
            }
            return .arithmetic(input: index, multiplier: multiplier, offset: offset)
        case .range(let name, let minimum, let maximum):
            let index = try self.index(of: name)
            switch inputs[index].type {
            case .int, .double: return .range(input: index, minimum: minimum, maximum: maximum)
            default: throw Reason(text: "'\(name)' holds \(inputs[index].type.swiftName) values, not numbers")
            }
        }
    }

    /// An input holding one of its values, typed.
    private func test(_ pair: InputValue) throws(Reason) -> ValueTest {
        let index = try index(of: pair.input)
        let input = inputs[index]
        if input.isList {
            throw Reason(text: "'\(pair.input)' holds a list, and a rule on one of its values is not checked")
        }
        guard let value = ValueParser.parse(pair.value, as: input.type) else {
            throw Reason(text: "'\(pair.value)' is not a \(input.type.swiftName) value of '\(pair.input)'")
        }
        return ValueTest(input: index, value: value)
    }

    private func index(of name: String) throws(Reason) -> Int {
        guard let index = inputs.firstIndex(where: { $0.spec.name == name }) else {
            throw Reason(text: "the tool has no input '\(name)'")
        }
        return index
    }

    private func decimalDefault(_ input: ResolvedInput) -> String {
        guard input.spec.kind == .number, let text = input.spec.default else { return "" }
        return " (its default '\(text)' is written as a decimal)"
    }
}

extension ResolvedRule.Check {
    /// Whether input values (by input index; `nil` for an unset optional) break the rule,
    /// exactly as the generated validator decides it.
    func isBroken(by values: [ResolvedValue?]) -> Bool {
        func holds(_ test: ValueTest) -> Bool { values[test.input] == test.value }
        switch self {
        case .forbids(let first, let second):
            return holds(first) && holds(second)
        case .requires(let condition, let requirement):
            return holds(condition) && values[requirement.input] != nil && !holds(requirement)
        case .arithmetic(let input, let multiplier, let offset):
            guard case .int(let value)? = values[input] else { return false }
            return value < offset || (value - offset) % multiplier != 0
        case .range(let input, let minimum, let maximum):
            let value: Double
            switch values[input] {
            case .int(let integer)?: value = Double(integer)
            case .double(let double)?: value = double
            default: return false
            }
            return (minimum.map { value < $0 } ?? false) || (maximum.map { value > $0 } ?? false)
        }
    }
}
