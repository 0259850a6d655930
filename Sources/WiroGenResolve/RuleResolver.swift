import WiroGenModel
import WiroGenText

/// Turns each sentence's reading into decisions: every rule becomes a check on the inputs'
/// typed values, or is not checked, and says why. A rule the document's own default request
/// or Run example breaks is a misreading, and is not checked either: they are valid by
/// definition.
package struct RuleResolver {
    package let spec: ToolSpec
    package let inputs: [ResolvedInput]
    /// The values of the document's default request and of its Run example, by input index.
    package let validRequests: [(name: String, values: [ResolvedValue?])]

    /// The checks to emit and the decision on every rule-like sentence. A sentence for which
    /// `ignored` gives a place (where the configuration ignores it) is not read at all.
    package func resolve(_ readings: [SentenceReading], ignored: (SentenceReading) -> String? = { _ in nil }) -> (rules: [ResolvedRule], decisions: [RuleDecision]) {
        var rules: [ResolvedRule] = []
        var decisions: [RuleDecision] = []
        let definition = definitionChecks()
        for reading in readings {
            func decide(_ outcome: RuleDecision.Outcome, _ rule: Constraint.Rule? = nil) {
                var decision = RuleDecision(file: reading.definedAt?.file ?? spec.source,
                                            location: reading.definedAt?.location ?? spec.input(named: reading.input)?.location,
                                            input: reading.input, sentence: reading.sentence, outcome: outcome, rule: rule)
                decision.isDefinition = reading.definedAt != nil
                decisions.append(decision)
            }
            if let place = ignored(reading) {
                decide(.ignored(place))
                continue
            }
            switch reading.verdict {
            case .optional:
                if definition.input(named: reading.input)?.isRequired == true {
                    decide(.notChecked("it lets the input be left out, but Wiro's definition requires it, and the definition wins"))
                } else {
                    decide(.optional)
                }
            case .advice(let why): decide(.advice(why))
            case .unread(let why): decide(.notChecked(why))
            case .rules(let read):
                for constraint in read.map({ Constraint(rule: $0, sentence: reading.sentence, source: reading.input, definedAt: reading.definedAt) }) {
                    if reading.definedAt == nil, let overlap = definition.overlap(with: constraint.rule) {
                        switch overlap {
                        case .same: decide(.enforced(constraint.rule.description + ", as Wiro's definition states too"), constraint.rule)
                        case .contradicted(let said):
                            decide(.notChecked("\(constraint.rule.description): Wiro's definition says \(said), and where the two differ the definition wins"), constraint.rule)
                        }
                        continue
                    }
                    do throws(Reason) {
                        if let rule = try resolve(constraint) { rules.append(rule) }
                        decide(.enforced(constraint.rule.description), constraint.rule)
                    } catch {
                        let why = error.isContradiction ? error.text + ", so it is not what the document means" : error.text
                        decide(.notChecked("\(constraint.rule.description): \(why)"), constraint.rule)
                    }
                }
            }
        }
        return (rules, decisions)
    }

    /// Wiro's definition of the tool, as far as its rules hold (the document's own requests may
    /// break a bound, which is then not checked): where it states a rule, a prose rule of the
    /// same kind on the same input is the same rule, or gives way to it.
    private func definitionChecks() -> DefinitionChecks {
        guard var definition = spec.definition else { return DefinitionChecks(nil) }
        func holds(_ rule: Constraint.Rule) -> Bool {
            do { _ = try resolve(Constraint(rule: rule, sentence: "", source: "")); return true } catch { return false }
        }
        for index in definition.inputs.indices {
            let input = definition.inputs[index]
            if input.minimum != nil || input.maximum != nil, !holds(.range(input: input.name, minimum: input.minimum, maximum: input.maximum)) {
                (definition.inputs[index].minimum, definition.inputs[index].maximum) = (nil, nil)
            }
            if let multiple = input.wholeMultiple, !holds(.arithmetic(input: input.name, multiplier: multiple, offset: 0)) {
                definition.inputs[index].multipleOf = nil
            }
        }
        return DefinitionChecks(definition)
    }

    /// The check of a rule, or `nil` when the inputs' types already guarantee it; throws why
    /// it cannot be checked, or why the document's own requests show it is a misreading.
    package func resolve(_ constraint: Constraint) throws(Reason) -> ResolvedRule? {
        let check = try self.check(for: constraint.rule)
        try refute(check, constraint.rule)
        return check.needed(by: inputs).map { ResolvedRule(constraint: constraint, check: $0) }
    }

    /// Why a rule cannot be checked.
    package struct Reason: Error {
        package var text: String
        /// Whether the document's own default request or Run example breaks the rule.
        package var isContradiction = false
    }

    /// A rule the default request or the Run example breaks is a misreading. Presence is the
    /// exception: documents leave the caller's content empty, which shows none was chosen (so
    /// a count's minimum is not tested on them either).
    private func refute(_ check: ResolvedRule.Check, _ rule: Constraint.Rule) throws(Reason) {
        var tested = check
        switch check {
        case .required: return
        case .count(let input, _, let maximum, let condition): tested = .count(input: input, minimum: nil, maximum: maximum, when: condition)
        default: break
        }
        for request in validRequests where tested.isBroken(by: request.values) {
            throw Reason(text: "the document's \(request.name) breaks it", isContradiction: true)
        }
    }

    private func check(for rule: Constraint.Rule) throws(Reason) -> ResolvedRule.Check {
        switch rule {
        case .forbids(let first, let second):
            return .forbids(try test(first), try test(second))
        case .requires(let condition, let requirement):
            return .requires(condition: try test(condition), requirement: try test(requirement))
        case .arithmetic(let name, let multiplier, let offset, let except):
            let index = try self.index(of: name)
            guard case .int = inputs[index].type else {
                throw Reason(text: "'\(name)' holds \(inputs[index].type.swiftName) values\(decimalDefault(inputs[index])), and only whole numbers can be multiples")
            }
            return .arithmetic(input: index, multiplier: multiplier, offset: offset, except: except.map { Int($0) })
        case .range(let name, let minimum, let maximum, let except):
            let index = try self.index(of: name)
            switch inputs[index].type {
            case .int, .double: return .range(input: index, minimum: minimum, maximum: maximum, except: except)
            default: throw Reason(text: "'\(name)' holds \(inputs[index].type.swiftName) values, not numbers")
            }
        case .required(let name, let condition):
            return .required(input: try index(of: name), when: try condition.map { c throws(Reason) in try test(c) })
        case .count(let name, let minimum, let maximum, let condition):
            let index = try self.index(of: name)
            guard inputs[index].isList else {
                // One file always meets "at most 1"; a count of several says more files could
                // go than the input holds, which this tool's input cannot show.
                guard (minimum ?? 0) <= 1, maximum == 1 else { throw Reason(text: "'\(name)' holds one file") }
                return .count(input: index, minimum: nil, maximum: nil, when: nil)
            }
            return .count(input: index, minimum: minimum, maximum: maximum, when: try condition.map { c throws(Reason) in try test(c) })
        }
    }

    private func test(_ condition: Condition) throws(Reason) -> ResolvedCondition {
        switch condition {
        case .value(let pair): return .value(try test(pair))
        case .set(let name), .empty(let name):
            let index = try self.index(of: name)
            guard inputs[index].canBeEmpty else { throw Reason(text: "'\(name)' always holds a value") }
            if case .set = condition { return .set(index) }
            return .empty(index)
        }
    }

    /// An input holding one of its values, typed.
    private func test(_ pair: InputValue) throws(Reason) -> ResolvedInputValue {
        let index = try index(of: pair.input)
        let input = inputs[index]
        if input.isList {
            throw Reason(text: "'\(pair.input)' holds a list, and a rule on one of its values is not checked")
        }
        guard let value = ValueParser.parse(pair.value, as: input.type) else {
            throw Reason(text: "'\(pair.value)' is not a \(input.type.swiftName) value of '\(pair.input)'")
        }
        return ResolvedInputValue(input: index, value: value)
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
    /// The check as code must test it, or `nil` when the property's type already guarantees
    /// it (a required input that always holds a value, one file counted at most one).
    package func needed(by inputs: [ResolvedInput]) -> Self? {
        switch self {
        case .required(let input, _): inputs[input].canBeEmpty ? self : nil
        case .count(_, nil, nil, _): nil
        default: self
        }
    }

    /// Whether input values (by input index; `nil` for an unset optional) break the rule,
    /// exactly as the generated validator decides it.
    package func isBroken(by values: [ResolvedValue?]) -> Bool {
        switch self {
        case .forbids(let first, let second):
            return values.holds(first) && values.holds(second)
        case .requires(let condition, let requirement):
            return values.holds(condition) && values[requirement.input] != nil && !values.holds(requirement)
        case .arithmetic(let input, let multiplier, let offset, let except):
            guard case .int(let value)? = values[input], !except.contains(value) else { return false }
            return value < offset || (value - offset) % multiplier != 0
        case .range(let input, let minimum, let maximum, let except):
            let value: Double
            switch values[input] {
            case .int(let integer)?: value = Double(integer)
            case .double(let double)?: value = double
            default: return false
            }
            if except.contains(value) { return false }
            return (minimum.map { value < $0 } ?? false) || (maximum.map { value > $0 } ?? false)
        case .required(let input, let condition):
            return (condition.map(values.holds) ?? true) && values.isEmpty(at: input)
        case .count(let input, let minimum, let maximum, let condition):
            guard condition.map(values.holds) ?? true, case .list(let items)? = values[input] else { return false }
            return (minimum.map { items.count < $0 } ?? false) || (maximum.map { items.count > $0 } ?? false)
        }
    }
}

extension [ResolvedValue?] {
    package func holds(_ test: ResolvedInputValue) -> Bool { self[test.input] == test.value }

    package func holds(_ test: ResolvedCondition) -> Bool {
        switch test {
        case .value(let value): holds(value)
        case .set(let input): !isEmpty(at: input)
        case .empty(let input): isEmpty(at: input)
        }
    }

    /// Empty as a presence rule sees it: unset, `""`, a file named `""`, no items.
    package func isEmpty(at input: Int) -> Bool {
        switch self[input] {
        case nil, .string("")?, .file("")?, .list([])?: true
        default: false
        }
    }
}
