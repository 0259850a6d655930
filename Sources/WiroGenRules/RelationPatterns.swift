import WiroGenModel

/// Rules between option values, in any word order: "1080p does not support 8s", "Fast only
/// available when duration is 5", "Only pro mode can do first/last frame", "If quality is
/// 1080p, duration cannot be 8", "Required to be true if Multi Shot is enabled".
struct RelationPatterns {
    let conditions: ConditionReader
    let source: InputSpec
    private var words: SentenceWords { conditions.words }

    init(conditions: ConditionReader, source: InputSpec) {
        self.conditions = conditions
        self.source = source
    }

    /// The rule the sentence states between values, if it states one this tool has.
    func rule() -> Constraint.Rule? {
        conditional() ?? refusal() ?? restriction() ?? need()
    }

    /// "Fast requires a duration of 5 seconds", "1080p needs 24 fps".
    private func need() -> Constraint.Rule? {
        guard let verb = words.words.firstIndex(where: Self.needs.contains), verb > 0 else { return nil }
        return requirement(subject: 0..<verb, requirement: (verb + 1)..<words.count)
    }

    private static let refusals = [
        "is not supported with", "is not supported in", "is not supported for", "is not supported by", "are not supported with",
        "are not supported in", "not supported with", "not supported in", "not supported for", "does not support", "doesn't support",
        "do not support", "don't support", "cannot be used with", "can't be used with", "cannot be combined with",
        "is not available with", "is not available for", "is not available in", "not available with", "not available for",
        "is not compatible with", "is incompatible with", "does not work with", "doesn't work with", "is not allowed with",
        "not allowed with", "does not allow", "doesn't allow", "are not available in", "are not available with",
        "are not available for", "not available in", "is not possible with", "not possible with", "is not possible in",
        "is not available on", "are not available on", "not available on", "is not supported on", "not supported on",
        "can not be used with", "can not be combined with", "cannot do", "can't do", "can not do", "does not do", "doesn't do", "cannot generate", "can't generate",
        "cannot produce", "can't produce", "does not offer", "doesn't offer", "does not accept", "doesn't accept",
        "cannot be used for", "can't be used for", "cannot be used in", "cannot run", "can't run", "cannot make",
    ].map(SentenceWords.parts).sorted { $0.count > $1.count }

    /// Phrases after both values: "A and B cannot be used together", "A and B are incompatible".
    private static let mutualRefusals = [
        "cannot be used together", "can't be used together", "can not be used together", "cannot be combined",
        "can't be combined", "are incompatible", "are not compatible", "do not work together", "don't work together",
        "cannot be selected together", "are mutually exclusive",
    ].map(SentenceWords.parts)

    /// "A does not support B": A and B may not hold together.
    private func refusal() -> Constraint.Rule? {
        for phrase in Self.mutualRefusals {
            guard let at = words.index(of: phrase), let and = (1..<at).first(where: { words[$0] == "and" || words[$0] == "with" }),
                  let first = conditions.value(in: 0..<and), let second = conditions.value(in: (and + 1)..<at), first.input != second.input
            else { continue }
            return .forbids(first: first, second: second)
        }
        for phrase in Self.refusals {
            guard let at = words.index(of: phrase) else { continue }
            let end = at + phrase.count
            guard let first = conditions.value(in: 0..<at) ?? conditions.switchedOn(in: 0..<at),
                  let second = conditions.value(in: end..<words.count, preferring: first.input == source.name ? nil : source.name),
                  first.input != second.input
            else { return nil }
            return .forbids(first: first, second: second)
        }
        return nil
    }

    private static let availability = ["available", "allowed", "supported", "possible", "works", "work", "valid", "usable", "enabled"]
    private static let connectors = ["when", "if", "with", "for", "in", "on", "at"]
    private static let needs = ["requires", "require", "needs", "need"]
    private static let abilities = ["can", "supports", "support", "allows", "enables", "works", "does", "is"]

    /// "A [is] only available when B is C", "A only with C", "A is available for C only",
    /// "Only C can do A" (A: this input given, when it is a file or a text).
    private func restriction() -> Constraint.Rule? {
        guard let only = words.index(of: "only") else { return nil }
        var connector: Int?
        if Self.connectors.contains(words[only + 1]) { connector = only + 1 }
        if Self.availability.contains(words[only + 1]), Self.connectors.contains(words[only + 2]) { connector = only + 2 }
        if only == words.count - 1, let at = (0..<only).last(where: { Self.connectors.contains(words[$0]) }),
           at > 0, Self.availability.contains(words[at - 1]) {
            return requirement(subject: 0..<(at - 1), requirement: (at + 1)..<only)
        }
        if let connector { return requirement(subject: 0..<only, requirement: (connector + 1)..<words.count) }
        // "1080P resolution can only produce 6s videos": what the subject allows is the value after the verb.
        if only >= 2, ["can", "could", "may", "will"].contains(words[only - 1]), only + 2 < words.count {
            return requirement(subject: 0..<(only - 1), requirement: (only + 2)..<words.count)
        }
        if only == 0, let verb = (1..<words.count).first(where: { Self.abilities.contains(words[$0]) }) {
            return requirement(subject: verb..<words.count, requirement: 1..<verb)
        }
        return nil
    }

    /// When the words in `subject` hold (or, naming nothing, when this input is given), the
    /// value the words in `requirement` name must hold.
    private func requirement(subject: Range<Int>, requirement: Range<Int>) -> Constraint.Rule? {
        let condition: Condition
        if let value = conditions.value(in: subject, preferring: source.name) {
            condition = .value(value)
        } else if ConditionReader.canBeEmpty(source), conditions.vocabulary.inputs(in: words, subject).allSatisfy({ $0.input.name == source.name }) {
            condition = .set(source.name)
        } else {
            return nil
        }
        guard let required = conditions.value(in: requirement), required.input != condition.input else { return nil }
        return .requires(condition: condition, requirement: required)
    }

    private static let musts = ["must be", "has to be", "have to be", "should be", "needs to be", "need to be", "required to be", "is required to be"].map(SentenceWords.parts)
    private static let mustNots = ["cannot be", "can't be", "must not be", "should not be", "may not be", "can not be"].map(SentenceWords.parts)

    /// "If/When <condition>, X must be V" (or "cannot be V"), the condition first or last.
    private func conditional() -> Constraint.Rule? {
        guard let at = words.words.firstIndex(where: { $0 == "if" || $0 == "when" }) else { return nil }
        let clauses: (condition: Range<Int>, main: Range<Int>)
        if at == 0 {
            guard let comma = (1..<words.count).first(where: { words.raw[$0].hasSuffix(",") || words[$0 + 1] == "then" }) else { return nil }
            clauses = (1..<(comma + 1), (comma + 1)..<words.count)
        } else {
            clauses = ((at + 1)..<words.count, 0..<at)
        }
        guard let condition = conditions.condition(in: clauses.condition) else { return nil }
        for (phrases, allowed) in [(Self.musts, true), (Self.mustNots, false)] {
            for phrase in phrases {
                guard let verb = words.index(of: phrase, from: clauses.main.lowerBound), verb < clauses.main.upperBound else { continue }
                let valueStart = verb + phrase.count
                let subject = conditions.vocabulary.inputs(in: words, clauses.main.lowerBound..<verb).last?.input ?? source
                guard let option = conditions.vocabulary.value(of: subject, at: valueStart, in: words) else { return nil }
                let value = InputValue(input: subject.name, value: option.option.value)
                guard value.input != condition.input else { return nil }
                if allowed { return .requires(condition: condition, requirement: value) }
                guard case .value(let first) = condition else { return nil }
                return .forbids(first: first, second: value)
            }
        }
        return nil
    }
}
