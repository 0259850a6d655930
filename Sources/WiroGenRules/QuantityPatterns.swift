import WiroGenModel
@_spi(WiroGen) import WiroRuntime
import WiroGenText

/// Numbers a sentence sets on its own input: the range of a number ("Range: 0.0-2.0",
/// "(1-10s)", "Maximum: 50"), its arithmetic ("multiple of 16", "4n+1"), and how many
/// items a list of files holds ("up to 8 images", "Limits: 0-5 images", "If there is no
/// video 7 images allowed").
struct QuantityPatterns {
    let conditions: ConditionReader
    let source: InputSpec
    private var words: SentenceWords { conditions.words }

    /// Why the sentence's numbers are not read as a rule (several different bounds, a sum).
    struct Unread: Error {
        var reason: String
    }

    /// Units that measure a file, never a number of items or an input's value.
    private static let sizeUnits: Set<String> = ["mb", "kb", "gb", "b", "bytes", "%", "px", "mp", "k"]

    /// The range and arithmetic of a number input.
    func numberRules() throws(Unread) -> [Constraint.Rule] {
        var rules: [Constraint.Rule] = []
        if let (multiplier, offset) = SentenceScanner(words.textOutsideConditions).arithmetic(), multiplier > 0 {
            rules.append(.arithmetic(input: source.name, multiplier: multiplier, offset: offset))
        } else if SentenceScanner(words.text).arithmetic() != nil {
            throw Unread(reason: "its arithmetic is part of a condition (\"if …\"), not a rule on the value")
        }
        let bounds = BoundPatterns(words: words).bounds().filter { !Self.sizeUnits.contains($0.unit) }
        guard !bounds.isEmpty else { return rules }
        if let other = otherSubject(before: bounds[0].at) {
            throw Unread(reason: "its bound is on '\(other)', which this help does not describe")
        }
        try rejectSums()
        let (minimum, maximum) = try merged(bounds)
        if minimum != nil || maximum != nil { rules.append(.range(input: source.name, minimum: minimum, maximum: maximum)) }
        return rules
    }

    /// "Number of input images + number of outputs ≤ 15" bounds a sum, not this input.
    private func rejectSums() throws(Unread) {
        if words.has("+") || words.text.containsBytes(" + ") { throw Unread(reason: "its bound is on a sum of several quantities") }
    }

    /// Another input the sentence names before its first bound, outside any condition, when
    /// it does not name this one: "Height must be between 64 and 2048" in the help of width.
    private func otherSubject(before index: Int) -> String? {
        let end = (0..<index).first { words[$0] == "if" || words[$0] == "when" } ?? index
        let named = conditions.vocabulary.inputs(in: words, 0..<end).map(\.input)
        guard !named.contains(where: { $0.name == source.name }) else { return nil }
        return named.first { [.number, .float, .range].contains($0.kind) }?.name
    }

    /// How many files a list of files holds, each bound with the condition of its clause.
    func countRules() throws(Unread) -> [Constraint.Rule] {
        // "up to 10 images of objects" counts part of the files, not all of them.
        let bounds = BoundPatterns(words: words).bounds().filter { $0.unit.isEmpty && words[$0.end + 1] != "of" }
        guard !bounds.isEmpty else { return [] }
        try rejectSums()
        var byCondition: [(Condition?, [BoundPatterns.Bound])] = []
        var start = 0
        for bound in bounds {
            let condition = try self.condition(before: bound.at, from: start)
            start = bound.end
            if let index = byCondition.firstIndex(where: { $0.0 == condition }) { byCondition[index].1.append(bound) } else { byCondition.append((condition, [bound])) }
        }
        return try byCondition.map { condition, bounds throws(Unread) in
            let (minimum, maximum) = try merged(bounds)
            guard (minimum ?? 0).rounded() == (minimum ?? 0), (maximum ?? 0).rounded() == (maximum ?? 0) else {
                throw Unread(reason: "a number of files is a whole number")
            }
            return .count(input: source.name, minimum: minimum.map { Int($0) }, maximum: maximum.map { Int($0) }, when: condition)
        }
    }

    /// The condition of the clause a bound stands in: the words after the nearest "if" or
    /// "when" since the previous bound (`from`), up to the comma that ends them or the bound;
    /// `nil` when there is none.
    private func condition(before index: Int, from start: Int) throws(Unread) -> Condition? {
        guard let at = (start..<index).last(where: { words[$0] == "if" || words[$0] == "when" }) else { return nil }
        let end = ((at + 1)..<index).first(where: { words.raw[$0].hasSuffix(",") }).map { $0 + 1 } ?? index
        guard let condition = conditions.condition(in: (at + 1)..<end) else {
            throw Unread(reason: "its condition names nothing this tool has")
        }
        return condition
    }

    /// One minimum and one maximum from several bounds; different ones make the sentence
    /// ambiguous.
    private func merged(_ bounds: [BoundPatterns.Bound]) throws(Unread) -> (Double?, Double?) {
        let minima = Set(bounds.compactMap(\.minimum))
        let maxima = Set(bounds.compactMap(\.maximum))
        guard minima.count <= 1, maxima.count <= 1 else {
            throw Unread(reason: "it states several different bounds, and which one holds is not clear")
        }
        if let low = minima.first, let high = maxima.first, low > high {
            throw Unread(reason: "its minimum \(low) is above its maximum \(high)")
        }
        return (minima.first, maxima.first)
    }
}

/// Values a help text gives a meaning of their own, allowed beside any range: "Set -1 to
/// random", "To disable, set to -1", "Use 0 to set max limit", "-1 means unlimited", "0 for
/// automatic", "0 = auto", "Set it to 0 or do not send if you want to match input image".
enum Sentinels {
    private static let verbs: Set<String> = ["set", "use", "means", "mean", "leave", "send", "pass", "enter", "="]
    /// Words that tie a value to its purpose right after it: "0 for automatic", "-1 is unlimited".
    private static let ties: Set<String> = ["for", "means", "mean", "=", "is", "to", "as", "disables", "turns"]
    private static let purposes = [
        "random", "randomize", "randomized", "disable", "disabled", "unlimited", "match", "limit", "dynamic", "auto",
        "automatic", "automatically", "off", "no limit", "infinite", "infinity", "unlimited length", "model default",
    ]
    private static let purposeParts = purposes.map(SentenceWords.parts)

    /// Whether the sentence gives a value a meaning of its own ("Leave null to randomize").
    static func isSentinel(_ words: SentenceWords) -> Bool {
        words.words.contains(where: verbs.contains) && purposes.contains(where: words.has) || !tiedValues(in: words).isEmpty
    }

    /// The sentinel values of a sentence: the numbers tied to a purpose, or, in a sentence that
    /// states no bound, every number of a sentence that sets a value for a purpose.
    static func values(in words: SentenceWords) -> [Double] {
        let tied = tiedValues(in: words)
        guard tied.isEmpty else { return tied }
        guard words.words.contains(where: verbs.contains), purposes.contains(where: words.has), BoundPatterns(words: words).bounds().isEmpty else { return [] }
        return words.words.compactMap(number)
    }

    /// "0 for automatic", "-1 means unlimited", "0 = auto", "0 (auto)", "set it to 0 to
    /// disable": a number with a purpose within two words of it.
    private static func tiedValues(in words: SentenceWords) -> [Double] {
        words.words.indices.compactMap { index -> Double? in
            guard let value = number(words[index]) else { return nil }
            // "Use 0.5 for balanced results, 0 for language transfer": each value named for a use.
            if words[index + 1] == "for", ["use", "set", "enter", "pass"].contains(words[0]) { return value }
            let after = (index + 1)...(index + 3)
            if ties.contains(words[index + 1]) || words.raw[safe: index + 1]?.hasPrefix("(") == true,
               after.contains(where: { at in purposeParts.contains { words.has($0, at: at) } }) {
                return value
            }
            // "to disable, set it to -1", "set to 0 to randomize"
            let before = max(0, index - 3)..<index
            if before.contains(where: { ["set", "use", "leave", "enter", "pass", "send"].contains(words[$0]) }),
               purposeParts.contains(where: { part in words.index(of: part) != nil }) {
                return value
            }
            return nil
        }
    }

    private static func number(_ word: String) -> Double? {
        word == "zero" ? 0 : WiroNumberLiteral(word)?.doubleValue
    }
}

extension Array {
    /// The element at `index`, or `nil` past either end.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
