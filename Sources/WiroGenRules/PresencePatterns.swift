import WiroGenModel

/// Presence: "Required." / "Required: Product photo" / "Optional." at the start of a help
/// text, and conditional presence: "Required if there is no prompt", "Required when
/// multiShot is true".
struct PresencePatterns {
    let conditions: ConditionReader
    let source: InputSpec
    private var words: SentenceWords { conditions.words }

    /// What the sentence says of the input's presence, or `nil` when it says nothing of it.
    func verdict() -> SentenceReading.Verdict? {
        let text = words.text
        if Self.isMarker(text, "required") { return .rules([.required(input: source.name)]) }
        if Self.isMarker(text, "optional") { return .optional }
        if words[0] == "required", ["if", "when", "unless"].contains(words[1]) {
            guard let condition = conditions.condition(in: 2..<words.count) else {
                return .unread("its condition names nothing this tool has")
            }
            guard condition.input != source.name else { return .unread("it makes the input depend on itself") }
            guard let when = words[1] == "unless" ? condition.negated : condition else {
                return .unread("'unless' a value is not read")
            }
            return .rules([.required(input: source.name, when: when)])
        }
        if let at = words.index(of: "is required"), isSubject(0..<at) {
            guard at + 2 < words.count else { return .rules([.required(input: source.name)]) }
            guard ["if", "when"].contains(words[at + 2]), let condition = conditions.condition(in: (at + 3)..<words.count),
                  condition.input != source.name
            else { return nil }
            return .rules([.required(input: source.name, when: condition)])
        }
        if let at = words.index(of: "is optional"), at + 2 == words.count, isSubject(0..<at) { return .optional }
        if words[0] == "required" || words[0] == "optional", ["for", "in", "with"].contains(words[1]) {
            return .unread("it holds only \(words[1]) \(words.slice(2, words.count).joined(separator: " ")), which a request's values cannot show")
        }
        // "Optional list of input images", "Optional prompt to guide the edit".
        if words[0] == "optional", words.count > 1, !["if", "when", "unless", "but", "except", "only"].contains(words[1]) { return .optional }
        return nil
    }

    /// "This field", "this input", "the prompt": words that name this input and nothing else.
    private func isSubject(_ range: Range<Int>) -> Bool {
        let plain = words.slice(range.lowerBound, range.upperBound).filter { !["this", "the", "field", "input", "parameter", "value", "it"].contains($0) }
        if plain.isEmpty { return !range.isEmpty }
        let named = conditions.vocabulary.inputs(in: words, range)
        return named.count == 1 && named[0].input.name == source.name
    }

    /// `Required`, `Required:…`, `Required,…`: the word alone or before a colon or comma.
    private static func isMarker(_ text: String, _ word: String) -> Bool {
        text == word || text.hasPrefix(word + ":") || text.hasPrefix(word + " -") || text.hasPrefix(word + ",") && !text.hasPrefix(word + ", ")
    }
}

extension Condition {
    /// The opposite condition, for "unless": given ↔ empty; a value has none.
    var negated: Condition? {
        switch self {
        case .set(let input): .empty(input)
        case .empty(let input): .set(input)
        case .value: nil
        }
    }
}
