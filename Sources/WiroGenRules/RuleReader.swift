import WiroGenModel
import WiroGenText
@_spi(WiroGen) import WiroRuntime

/// Reads what each help sentence says about requests: rules over the tool's own inputs and
/// option values, presence, advice, or a rule-like sentence it does not read (and why).
package enum RuleReader {
    /// What every rule-like sentence of every input's help says, then what Wiro's definition
    /// says of the input, in input and sentence order.
    package static func read(_ spec: ToolSpec) -> [SentenceReading] {
        let vocabulary = Vocabulary(spec: spec)
        var readings: [SentenceReading] = []
        for input in spec.inputs {
            let sentences = sentences(of: input.help).map { ($0, SentenceWords($0)) }
            let sentinels = sentences.flatMap { Sentinels.values(in: $0.1) }
            for (sentence, words) in sentences {
                let reader = SentenceReader(vocabulary: vocabulary, source: input, words: words)
                guard let verdict = reader.verdict(sentinels: sentinels) else { continue }
                readings.append(SentenceReading(sentence: sentence, input: input.name, verdict: verdict))
            }
            if let definition = spec.definition, let defined = definition.input(named: input.name) {
                readings += DefinitionRules.readings(of: input, defined, file: definition.source)
            }
        }
        return readings
    }

    /// Words whose point is not a full stop: "(max. 13)", "e.g. 5".
    private static let abbreviations: Set<String> = ["max.", "min.", "e.g.", "i.e.", "approx.", "vs.", "no.", "(max.", "(min.", "(e.g.", "(i.e."]

    private static func endsInAbbreviation(_ text: String) -> Bool {
        let last = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return abbreviations.contains(last)
    }

    /// Sentences end at `.`, `;`, `!` or `?` followed by a space or the end: `v3.5` stays
    /// whole, and so does "(max. 13)".
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if ".;!?".contains(character), next == " " || next == "\n", !(character == "." && Self.endsInAbbreviation(current)) {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        return sentences.map { $0.collapsingWhitespace(trimming: true) }
            .map { $0.hasSuffix(".") || $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
            .filter { !$0.isEmpty }
    }
}

/// One sentence of one input's help, read in a fixed order: presence first, then hedges
/// (advice is never a rule), then rules between values, then numbers.
struct SentenceReader {
    let vocabulary: Vocabulary
    let source: InputSpec
    let words: SentenceWords

    /// What the sentence says; `nil` for a sentence that is not rule-like at all.
    func verdict(sentinels: [Double]) -> SentenceReading.Verdict? {
        let conditions = ConditionReader(vocabulary: vocabulary, words: words)
        if let presence = PresencePatterns(conditions: conditions, source: source).verdict() { return presence }
        let ruleLike = Self.looksLikeRule(words)
        if let reason = Hedges.hedge(words) {
            // A hedge holds for its own clause: a rule stated plainly in another stands.
            let plain = words.clauses(atCommas: true).filter { Hedges.hedge($0) == nil && !Sentinels.isSentinel($0) }
            let rules = plain.flatMap { clause in SentenceReader(vocabulary: vocabulary, source: source, words: clause).plainRules() }
            if !rules.isEmpty { return .rules(rules.map { $0.allowing(sentinels) }) }
            // "Video duration cannot exceed 15 seconds and total duration will be calculated…":
            // the hedge is on the second clause, the first demands what WiroGen does not read.
            if plain.count > 1 || plain.first?.text != words.text, plain.contains(where: { Self.demands($0, firmly: true) }) {
                return .unread("a clause of it demands what WiroGen does not read; another is hedged")
            }
            return .advice(reason)
        }
        if Sentinels.isSentinel(words), BoundPatterns(words: words).bounds().isEmpty {
            return .advice("it gives a value a meaning of its own; that value is allowed beside any range")
        }
        if let mode = words.words.first(where: { Self.isModeName($0) && vocabulary.values(at: words.words.firstIndex(of: $0)!, in: words).isEmpty }) {
            return .unread("it concerns '\(mode)', a mode of the model, which is no input or option of this tool")
        }
        if let reason = Hedges.description(words, source: source, vocabulary: vocabulary) { return .advice(reason) }
        switch rules() {
        case .rules(let rules): return .rules(rules.map { $0.allowing(sentinels) })
        case .unread(let reason): return .unread(reason)
        case .none:
            guard ruleLike else { return nil }
            if isOptionDescription { return .advice("it says what an option means; the options already limit the values") }
            guard Self.demands(words) else { return .advice("it permits or describes; it states no bound, value or input a request could break") }
            return .unread("it names nothing this tool has, or says it in a way WiroGen does not read")
        }
    }

    /// What the sentence's words state about values, once hedges and sentinels are set aside.
    private enum Reading {
        case rules([Constraint.Rule])
        case unread(String)
        case none
    }

    /// The rules of a clause with no hedge, or none (what it cannot read it does not say).
    private func plainRules() -> [Constraint.Rule] {
        guard Self.isModeFree(words, vocabulary), Hedges.description(words, source: source, vocabulary: vocabulary) == nil,
              case .rules(let rules) = rules() else { return [] }
        return rules
    }

    private static func isModeFree(_ words: SentenceWords, _ vocabulary: Vocabulary) -> Bool {
        !words.words.indices.contains { isModeName(words[$0]) && vocabulary.values(at: $0, in: words).isEmpty }
    }

    /// Rules between values and inputs, then the numbers this input takes.
    private func rules() -> Reading {
        let conditions = ConditionReader(vocabulary: vocabulary, words: words)
        var rules: [Constraint.Rule] = []
        if let relation = RelationPatterns(conditions: conditions, source: source).rule() { rules.append(relation) }
        rules += PairingPatterns(conditions: conditions, source: source).rules().filter { !rules.contains($0) }
        let quantities = QuantityPatterns(conditions: conditions, source: source)
        do throws(QuantityPatterns.Unread) {
            switch source.kind {
            case .number, .float, .range, .text, .textarea, .unknown: rules += try quantities.numberRules()
            case .fileinput, .multifileinput, .combinefileinput: rules += try quantities.countRules()
            default:
                if rules.isEmpty, !BoundPatterns(words: words).bounds().isEmpty {
                    return .unread("'\(source.name)' takes one of its options, and a bound on its numbers is not read")
                }
            }
        } catch {
            return rules.isEmpty ? .unread(error.reason) : .rules(rules)
        }
        return rules.isEmpty ? .none : .rules(rules)
    }

    /// `t2v`, `i2v`, `r2v`, `i2i`, `i2v/t2v`: Wiro's shorthand for a model's modes.
    static func isModeName(_ word: String) -> Bool {
        word.split(separator: "/").contains { part in
            let bytes = Array(part.utf8)
            return bytes.count == 3 && bytes[0].isLetter && bytes[1] == UInt8(ascii: "2") && bytes[2].isLetter
        }
    }

    private static let ruleWords = [
        "only", "support", "should", "must", "between", "range", "minimum", "maximum", "min", "max", "multiple", "divisible",
        "allow", "require", "at least", "at most", "cannot", "can't", "not ", "up to", "limit", "exceed", "optional", "accept",
        "format",
    ]

    /// "allow_adult: Allow generation of adults only", "The following values are supported:
    /// dont_allow: …": what this input's options mean.
    private var isOptionDescription: Bool {
        guard !source.options.isEmpty else { return false }
        if words.has("following values") || words.has("following options") { return true }
        return words.raw.first?.hasSuffix(":") == true && vocabulary.value(of: source, at: 0, in: words) != nil
    }

    /// Words that demand: a sentence holding one states a rule, read or not.
    private static let demandPhrases = [
        "must", "cannot", "can't", "can not", "may not", "not allowed", "not supported", "unsupported", "not accepted", "only",
        "required", "requires", "exceed", "at least", "at most", "divisible", "multiple of", "multiples of", "no more than",
        "no less than", "accepts", "not available", "supported", "supports", "separated by", "greater than", "less than",
        "should be", "allowed", "fewer than", "error", "not support", "doesn't support", "don't support", "does not", "do not",
        "cannot do", "not possible",
    ].map(SentenceWords.parts)
    /// Words that bound a number: demands only beside one.
    private static let boundPhrases = ["between", "range", "minimum", "maximum", "min", "max", "up to", "limit", "limits"].map(SentenceWords.parts)

    /// Whether the sentence demands something of a request, rather than permitting ("can upload
    /// multiple files") or describing ("Standard mode supports T2V").
    /// `firmly`: leaving out "should be", which a hedged sentence uses for what it hopes for.
    static func demands(_ words: SentenceWords, firmly: Bool = false) -> Bool {
        if demandPhrases.contains(where: { words.index(of: $0) != nil && !(firmly && $0 == ["should", "be"]) }) || words.text.containsBytes("format:") || words.text.containsBytes("formats:") {
            return true
        }
        if words.words.contains(where: { BoundPatterns.dashed($0) != nil }) { return true }
        let hasNumber = words.words.contains { WiroNumberLiteral($0) != nil }
        return hasNumber && boundPhrases.contains { words.index(of: $0) != nil }
    }

    /// Words that make a sentence worth listing when it yields no rule.
    static func looksLikeRule(_ words: SentenceWords) -> Bool {
        ruleWords.contains(where: words.text.containsBytes) || words.words.contains { BoundPatterns.dashed($0) != nil }
    }
}

extension Constraint.Rule {
    /// The rule with `values` allowed beside a range or an arithmetic form.
    func allowing(_ values: [Double]) -> Constraint.Rule {
        switch self {
        case .range(let input, let minimum, let maximum, _):
            let outside = values.filter { value in (minimum.map { value < $0 } ?? false) || (maximum.map { value > $0 } ?? false) }
            return .range(input: input, minimum: minimum, maximum: maximum, except: Array(Set(outside)).sorted())
        case .arithmetic(let input, let multiplier, let offset, _):
            let outside = values.filter { value in
                value.rounded() != value || Int(value) < offset || (Int(value) - offset) % multiplier != 0
            }
            return .arithmetic(input: input, multiplier: multiplier, offset: offset, except: Array(Set(outside)).sorted())
        default:
            return self
        }
    }
}
