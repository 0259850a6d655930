import WiroGenModel

/// Reads what a clause of a sentence names: an input holding a value ("duration is 5",
/// "pro mode", "multiShot is true"), given ("video is provided", "there is reference video")
/// or left empty ("there is no prompt", "without image").
struct ConditionReader {
    let vocabulary: Vocabulary
    let words: SentenceWords

    /// The one value the words in `range` name, tied to its input when the input is named
    /// beside it ("quality 1080p", "pro mode", "duration is 5") or, for a value no other input
    /// has and that is no common word, alone ("1080p").
    func value(in range: Range<Int>, preferring preferred: String? = nil) -> InputValue? {
        var tied: [InputValue] = []
        var loose: [InputValue] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let candidates = vocabulary.values(at: index, in: words)
            guard !candidates.isEmpty else {
                index += 1
                continue
            }
            let tie = candidates.first { names($0.value.input, before: index, range) || names($0.value.input, after: index + $0.length, range) }
            if let tie {
                tied.append(tie.value)
            } else if !Vocabulary.commonWords.contains(words[index]) {
                let chosen = candidates.first { $0.value.input == preferred } ?? (candidates.count == 1 ? candidates[0] : nil)
                if let chosen { loose.append(chosen.value) }
            }
            index += candidates.map(\.length).max() ?? 1
        }
        let found = unique(tied.isEmpty ? loose : tied)
        return found.count == 1 ? found[0] : nil
    }

    /// The condition the words in `range` state, or `nil` when they state none this tool has.
    func condition(in range: Range<Int>) -> Condition? {
        let clause = Array(words.slice(range.lowerBound, range.upperBound))
        if let flag = flag(in: range, clause) { return .value(flag) }
        if let pair = value(in: range) { return .value(pair) }
        let named = vocabulary.inputs(in: words, range).filter { Self.canBeEmpty($0.input) }
        guard named.count == 1 else { return nil }
        let negated = clause.contains { ["no", "not", "without", "missing", "empty", "blank"].contains($0) }
        if negated { return .empty(named[0].input.name) }
        let given = clause.contains { ["there", "provided", "given", "set", "uploaded", "present", "used", "supplied", "sent", "exists", "added"].contains($0) }
        return given ? .set(named[0].input.name) : nil
    }

    /// Inputs that can be left empty: texts, files, lists.
    static func canBeEmpty(_ input: InputSpec) -> Bool {
        switch input.kind {
        case .text, .textarea, .fileinput, .multifileinput, .combinefileinput, .multiselect: true
        default: false
        }
    }

    /// "Multi Shot is enabled", "sound is on": an on/off or true/false input named with a
    /// word for on or off.
    private func flag(in range: Range<Int>, _ clause: [String]) -> InputValue? {
        let named = vocabulary.inputs(in: words, range)
        guard named.count == 1 else { return nil }
        let input = named[0].input
        let on = clause.contains { ["enabled", "on", "true", "active", "checked"].contains($0) }
        let off = clause.contains { ["disabled", "off", "false", "inactive", "unchecked"].contains($0) }
        guard on != off else { return nil }
        return Self.switched(input, on: on)
    }

    /// The one on/off input the words in `range` name, alone, switched on: "web search can not
    /// be used with minimal reasoning" speaks of web search enabled.
    func switchedOn(in range: Range<Int>) -> InputValue? {
        let named = vocabulary.inputs(in: words, range)
        guard named.count == 1 else { return nil }
        return Self.switched(named[0].input, on: true)
    }

    /// A checkbox, or an input whose options are true/false, on/off or yes/no, at `on` or off.
    private static func switched(_ input: InputSpec, on: Bool) -> InputValue? {
        if input.kind == .checkbox, input.options.isEmpty { return InputValue(input: input.name, value: on ? "true" : "false") }
        let values = Set(input.options.map { $0.value.lowercased() })
        for (yes, no) in [("true", "false"), ("on", "off"), ("yes", "no")] where values == [yes, no] {
            let chosen = on ? yes : no
            return input.options.first { $0.value.lowercased() == chosen }.map { InputValue(input: input.name, value: $0.value) }
        }
        return nil
    }

    /// Whether the words just before `index` (skipping "is", "=", "to", "set") name `input`.
    private func names(_ input: String, before index: Int, _ range: Range<Int>) -> Bool {
        var at = index - 1
        while at >= range.lowerBound, ["is", "=", "==", "equals", "to", "set", "of", "the"].contains(words[at]) { at -= 1 }
        return vocabulary.inputs(in: words, max(range.lowerBound, at - 3)..<(at + 1)).contains { $0.input.name == input && $0.at <= at }
            && endsAt(input, at)
    }

    private func endsAt(_ input: String, _ end: Int) -> Bool {
        (max(0, end - 3)...max(0, end)).contains { start in
            vocabulary.input(at: start, in: words).map { $0.input.name == input && start + $0.length - 1 == end } ?? false
        }
    }

    /// Whether the words at `index` name `input` ("pro mode").
    private func names(_ input: String, after index: Int, _ range: Range<Int>) -> Bool {
        guard index < range.upperBound else { return false }
        return vocabulary.input(at: index, in: words)?.input.name == input
    }

    private func unique(_ values: [InputValue]) -> [InputValue] {
        var found: [InputValue] = []
        for value in values where !found.contains(value) { found.append(value) }
        return found
    }
}
