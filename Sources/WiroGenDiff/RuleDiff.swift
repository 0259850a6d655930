import WiroGenText
import WiroGenModel
import WiroGenResolve

/// The changes to the rules a tool's validation enforces. Rules are matched by their plain
/// words (``Constraint/Rule/description`` of their ``Constraint/Rule/canonical`` form), not by
/// the sentences they were read from: a reworded sentence that yields the same rule changes no
/// validation (its help's rewording is reported on its own). The old rules are spoken of in
/// the new names of renamed inputs.
struct RuleDiff {
    let versions: ToolVersions
    let pairing: InputPairing

    var changes: [SpecChange] {
        let old = rules(of: versions.old, renamed: true), new = rules(of: versions.new, renamed: false)
        var gone = old.filter { new[$0.key] == nil && !isRemovedWithItsInputs($0.value) }
        var came = new.filter { old[$0.key] == nil }
        var moved: [SpecChange] = []
        for (key, before) in gone {
            guard let (newKey, after) = came.first(where: { $0.value.rule.isBound(like: before.rule) }),
                  let change = boundChanged(from: before, to: after) else { continue }
            moved.append(change)
            gone[key] = nil
            came[newKey] = nil
        }
        return gone.values.map(noLongerEnforced) + came.values.map(enforced) + moved
    }

    /// A bound or multiple of one input that changed: tightened (some values it took are
    /// refused now) breaks callers; loosened (it takes every value it took) does not.
    private func boundChanged(from old: Constraint, to new: Constraint) -> SpecChange? {
        guard let loosened = new.rule.admitsEverything(of: old.rule) else { return nil }
        let words = loosened ? "loosened" : "tightened"
        let holder = place(of: new.source, isNewName: true)
        return versions.changed(loosened ? .additive : .breaking,
                                "rule \(words): \(old.rule) is now \(new.rule) (\(origin(of: new, name: new.source)))", old: holder.old, new: holder.new ?? .start)
    }

    /// Where a rule comes from, as a change names it.
    private func origin(of constraint: Constraint, name: String) -> String {
        constraint.definedAt == nil ? "help of '\(name)'" : "Wiro's definition of '\(name)'"
    }

    /// The tool's enforced rules by their words, each with the input whose help states it.
    /// A rule that an input is required, always, is left to the presence change of that input
    /// (new, removed, required or not): the same fact once.
    private func rules(of tool: ResolvedTool, renamed: Bool) -> [String: Constraint] {
        var found: [String: Constraint] = [:]
        let presenceReported = presenceReported
        for constraint in tool.rules.map(\.constraint) {
            let rule = renamed ? constraint.rule.renamingInputs(pairing.newName) : constraint.rule
            if case .required(let input, nil) = rule, presenceReported.contains(input) { continue }
            let key = rule.canonical.description
            if found[key] == nil { found[key] = Constraint(rule: rule, sentence: constraint.sentence, source: constraint.source, definedAt: constraint.definedAt) }
        }
        return found
    }

    /// Inputs (new names) whose presence another change reports.
    private var presenceReported: Set<String> {
        let changed = pairing.pairs.filter { $0.old.isRequired != $0.new.isRequired }.map(\.new.spec.name)
        return Set(changed + pairing.added.map(\.spec.name) + pairing.removed.map(\.spec.name))
    }

    /// A rule on inputs that are all gone went with them; "input removed" says it.
    private func isRemovedWithItsInputs(_ constraint: Constraint) -> Bool {
        let removed = Set(pairing.removed.map(\.spec.name))
        return constraint.fields.allSatisfy(removed.contains)
    }

    private func noLongerEnforced(_ constraint: Constraint) -> SpecChange {
        let holder = place(of: constraint.source)
        return versions.removed(.additive, "rule no longer enforced: \(constraint.rule) (\(origin(of: constraint, name: pairing.newName(of: constraint.source))))",
                                old: holder.old ?? .start, new: holder.new)
    }

    /// A new rule breaks callers unless it is only about new inputs, which no caller sets yet
    /// (and whose defaults the rule cannot refuse: the default request is valid by definition).
    private func enforced(_ constraint: Constraint) -> SpecChange {
        let added = Set(pairing.added.map(\.spec.name))
        let impact: SpecChange.Impact = constraint.fields.allSatisfy(added.contains) ? .additive : .breaking
        let holder = place(of: constraint.source, isNewName: true)
        return versions.changed(impact, "new enforced rule: \(constraint.rule) (\(origin(of: constraint, name: constraint.source)))", old: holder.old, new: holder.new ?? .start)
    }

    /// Where the input whose help states a rule stands in each version.
    private func place(of input: String, isNewName: Bool = false) -> (old: SourceLocation?, new: SourceLocation?) {
        let oldName = isNewName ? pairing.renames.first { $0.value == input }?.key ?? input : input
        let newName = isNewName ? input : pairing.newName(of: input)
        return (versions.old.spec.input(named: oldName)?.location, versions.new.spec.input(named: newName)?.location)
    }
}

extension Constraint.Rule {
    /// Whether both rules bound the same input the same way: a range, or a multiple.
    func isBound(like other: Self) -> Bool {
        switch (self, other) {
        case (.range(let a, _, _, _), .range(let b, _, _, _)), (.arithmetic(let a, _, _, _), .arithmetic(let b, _, _, _)): a == b
        default: false
        }
    }

    /// For two bounds of one input: whether this one takes every value `old` took (loosened),
    /// or refuses some (tightened); `nil` when they are no such pair.
    func admitsEverything(of old: Self) -> Bool? {
        switch (self, old) {
        case let (.range(_, newMin, newMax, newExcept), .range(_, oldMin, oldMax, oldExcept)):
            let lower = newMin.map { low in oldMin.map { $0 >= low } ?? false } ?? true
            let upper = newMax.map { high in oldMax.map { $0 <= high } ?? false } ?? true
            let within = { (value: Double) in (newMin.map { value >= $0 } ?? true) && (newMax.map { value <= $0 } ?? true) }
            return lower && upper && oldExcept.allSatisfy { within($0) || newExcept.contains($0) }
        case let (.arithmetic(_, newMultiplier, newOffset, _), .arithmetic(_, oldMultiplier, oldOffset, _)):
            // Every k·old + o₁ is some n·new + o₂ when new divides old and the offsets agree modulo new.
            return oldMultiplier % newMultiplier == 0 && (oldOffset - newOffset) % newMultiplier == 0 && oldOffset >= newOffset
        default:
            return nil
        }
    }

    /// The rule in one form per meaning: "a forbids b" is "b forbids a", whichever the
    /// sentence names first.
    var canonical: Self {
        guard case .forbids(let first, let second) = self, (second.input, second.value) < (first.input, first.value) else { return self }
        return .forbids(first: second, second: first)
    }

    /// The rule with its inputs named by `name` (old names to new ones).
    func renamingInputs(_ name: (String) -> String) -> Self {
        func pair(_ value: InputValue) -> InputValue { InputValue(input: name(value.input), value: value.value) }
        func condition(_ condition: Condition) -> Condition {
            switch condition {
            case .value(let value): .value(pair(value))
            case .set(let input): .set(name(input))
            case .empty(let input): .empty(name(input))
            }
        }
        switch self {
        case .forbids(let first, let second): return .forbids(first: pair(first), second: pair(second))
        case .requires(let when, let requirement): return .requires(condition: condition(when), requirement: pair(requirement))
        case .arithmetic(let input, let multiplier, let offset, let except):
            return .arithmetic(input: name(input), multiplier: multiplier, offset: offset, except: except)
        case .range(let input, let minimum, let maximum, let except): return .range(input: name(input), minimum: minimum, maximum: maximum, except: except)
        case .required(let input, let when): return .required(input: name(input), when: when.map(condition))
        case .count(let input, let minimum, let maximum, let when): return .count(input: name(input), minimum: minimum, maximum: maximum, when: when.map(condition))
        }
    }
}
