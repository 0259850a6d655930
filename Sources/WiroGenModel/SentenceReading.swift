import WiroGenText

/// What the rule reader made of one rule-like sentence of an input's help: the rules it
/// states, or why it states none that WiroGen checks. Whether each rule is enforced is
/// Resolve's to say.
public struct SentenceReading: Hashable, Codable, Sendable {
    /// The sentence, verbatim.
    public var sentence: String
    /// The input whose help holds it.
    public var input: String
    /// What the sentence says.
    public var verdict: Verdict
    /// Where Wiro's structured definition states it, when it comes from there (the "sentence"
    /// is then the definition's words: `Wiro's definition: minimum 1, maximum 500`); `nil` for
    /// a sentence of the input's help.
    public var definedAt: FileLocation?

    /// Creates a reading.
    public init(sentence: String, input: String, verdict: Verdict, definedAt: FileLocation? = nil) {
        self.sentence = sentence
        self.input = input
        self.verdict = verdict
        self.definedAt = definedAt
    }

    /// What a sentence says, as far as requests are concerned.
    public enum Verdict: Hashable, Codable, Sendable {
        /// Rules over the tool's inputs.
        case rules([Constraint.Rule])
        /// The input may be left out ("Optional.").
        case optional
        /// A hedge or a description of what the model or server does: never a rule.
        case advice(String)
        /// Rule-like, but not read as a rule, and why.
        case unread(String)
    }

    /// The sentence's rules as constraints.
    public var constraints: [Constraint] {
        guard case .rules(let rules) = verdict else { return [] }
        return rules.map { Constraint(rule: $0, sentence: sentence, source: input, definedAt: definedAt) }
    }
}
