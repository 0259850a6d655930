/// The sentence shapes WiroGen turns into constraints.
enum SentencePatterns {
    static func constraints(in sentence: String, source: InputSpec, spec: ToolSpec) -> [Constraint] {
        let lowered = sentence.lowercased()
        let resolver = ValueResolver(spec: spec, source: source)
        var rules: [Constraint.Rule] = []
        if ["support", "allow", "work with"].contains(where: lowered.containsBytes), let match = lowered.firstMatch(of: notSupported),
           let first = resolver.value(String(match.output.1)),
           let second = resolver.value(String(match.output.2), preferring: first.input == source.name ? nil : source.name),
           first.input != second.input {
            rules.append(.forbids(first: first, second: second))
        }
        if lowered.containsBytes("only "), let match = lowered.firstMatch(of: onlyWhen),
           let condition = resolver.value(String(match.output.1), preferring: source.name),
           let other = resolver.input(String(match.output.2)),
           let requirement = resolver.value(String(match.output.3), of: other),
           condition.input != requirement.input {
            rules.append(.requires(condition: condition, requirement: requirement))
        }
        if source.kind == .number, source.default?.containsBytes(".") != true {
            if let (multiplier, offset) = arithmetic(lowered), multiplier > 0 {
                rules.append(.arithmetic(input: source.name, multiplier: multiplier, offset: offset))
            }
        }
        if [.number, .float, .range].contains(source.kind), let (minimum, maximum) = range(lowered) {
            rules.append(.range(input: source.name, minimum: minimum, maximum: maximum))
        }
        return rules.map { Constraint(rule: $0, sentence: sentence, source: source.name) }
    }

    /// Words that make a sentence worth reporting when it yields no constraint.
    static func looksLikeRule(_ sentence: String) -> Bool {
        let lowered = sentence.lowercased()
        let words = ["only", "support", "should", "must", "between", "range", "minimum", "maximum", "multiple",
                     "divisible", "allow", "require", "at least", "at most", "cannot", "can't", "not "]
        return words.contains(where: lowered.containsBytes)
    }

    private nonisolated(unsafe) static let notSupported = /^(\S+) (?:does not|doesn't|do not|don't|is not|isn't) (?:support|supported with|allow|work with) (\S+)$/
    private nonisolated(unsafe) static let onlyWhen = /^(\S+) (?:is )?only (?:available|allowed|supported|possible|works) (?:when|if) (\S+) (?:is|=|==|equals) (\S+)$/
    private nonisolated(unsafe) static let linear = /(\d+)\s*[n×x*]\s*\+\s*(\d+)/
    private nonisolated(unsafe) static let multipleOf = /(?:multiple of|divisible by) (\d+)/
    private nonisolated(unsafe) static let between = /between (-?\d+(?:\.\d+)?) and (-?\d+(?:\.\d+)?)/
    private nonisolated(unsafe) static let rangeColon = /range:? (-?\d+(?:\.\d+)?) ?(?:-|–|to) ?(-?\d+(?:\.\d+)?)/
    private nonisolated(unsafe) static let minimum = /(?:minimum|min|at least):? (-?\d+(?:\.\d+)?)/
    private nonisolated(unsafe) static let maximum = /(?:maximum|max|at most):? (-?\d+(?:\.\d+)?)/

    private static func arithmetic(_ sentence: String) -> (Int, Int)? {
        guard sentence.containsBytes("+") || sentence.containsBytes("multiple") || sentence.containsBytes("divisible") else { return nil }
        if let match = sentence.firstMatch(of: linear), let multiplier = Int(match.output.1), let offset = Int(match.output.2) {
            return (multiplier, offset)
        }
        if let match = sentence.firstMatch(of: multipleOf), let multiplier = Int(match.output.1) {
            return (multiplier, 0)
        }
        return nil
    }

    private static func range(_ sentence: String) -> (Double?, Double?)? {
        let words = ["between", "range", "min", "max", "at least", "at most"]
        guard words.contains(where: sentence.containsBytes) else { return nil }
        for pattern in [between, rangeColon] {
            if let match = sentence.firstMatch(of: pattern), let low = Double(match.output.1), let high = Double(match.output.2) {
                return (min(low, high), max(low, high))
            }
        }
        let low = sentence.firstMatch(of: minimum).flatMap { Double($0.output.1) }
        let high = sentence.firstMatch(of: maximum).flatMap { Double($0.output.1) }
        return low == nil && high == nil ? nil : (low, high)
    }
}

/// Resolves a sentence's words to the tool's inputs and option values.
struct ValueResolver {
    let spec: ToolSpec
    let source: InputSpec

    /// The input a word names: its wire name or its label, ignoring case.
    func input(_ word: String) -> InputSpec? {
        let key = word.lowercased()
        return spec.inputs.first { $0.name.lowercased() == key } ?? spec.inputs.first { $0.label.lowercased() == key }
    }

    /// The option a word names ("8s" names option "8" of a numeric select), preferring the
    /// input `preferred` when several inputs have it.
    func value(_ word: String, preferring preferred: String? = nil) -> InputValue? {
        let candidates = spec.inputs.compactMap { input in value(word, of: input) }
        return candidates.first { $0.input == preferred } ?? (candidates.count == 1 ? candidates.first : nil)
    }

    /// The option of `input` that a word names.
    func value(_ word: String, of input: InputSpec) -> InputValue? {
        let key = word.lowercased()
        var forms = [key]
        for unit in ["s", "sec", "secs", "seconds", "px", "fps"] where key.hasSuffix(unit) {
            let number = String(key.dropLast(unit.count))
            if Double(number) != nil { forms.append(number) }
        }
        guard let option = input.options.first(where: { forms.contains($0.value.lowercased()) }) else { return nil }
        return InputValue(input: input.name, value: option.value)
    }
}
