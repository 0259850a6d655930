import WiroGenText
import WiroGenModel

/// What WiroGen decided about one rule-like sentence: the rule enforced (in plain words),
/// an input made optional, advice, or not checked and why. `wiro-gen lint` lists them all.
public struct RuleDecision: Hashable, Sendable, CustomStringConvertible {
    /// The document.
    public var file: String
    /// Where the input whose help holds the sentence stands.
    public var location: SourceLocation?
    /// The input whose help holds the sentence.
    public var input: String
    /// The sentence, verbatim.
    public var sentence: String
    /// What became of it.
    public var outcome: Outcome
    /// The rule the outcome is about, when the sentence was read as one.
    public var rule: Constraint.Rule?
    /// Whether the rule comes from the configuration (``file`` is then the configuration,
    /// ``sentence`` the rule's reason) rather than from the document's prose.
    public var isConfigured = false
    /// Whether the rule comes from Wiro's structured definition (``file`` and ``location`` are
    /// then the definition's, ``sentence`` its words).
    public var isDefinition = false

    /// What became of a sentence.
    public enum Outcome: Hashable, Sendable, CustomStringConvertible {
        /// The rule, in plain words, is checked by `violations`.
        case enforced(String)
        /// The input may be left out.
        case optional
        /// A hedge or a description: never a rule.
        case advice(String)
        /// Rule-like, but not checked, and why.
        case notChecked(String)
        /// Not read at all: the configuration, at this place, says to ignore the sentence.
        case ignored(String)

        /// `enforced: quality 1080p forbids duration 8`, `advice: …`, `not checked: …`.
        public var description: String {
            switch self {
            case .enforced(let rule): "enforced: \(rule)"
            case .optional: "optional: may be left out"
            case .advice(let why): "advice: \(why)"
            case .notChecked(let why): "not checked: \(why)"
            case .ignored(let place): "ignored by config: \(place)"
            }
        }
    }

    /// `path:line:column: enforced: … — "sentence" (help of 'input')`, or for a rule the
    /// configuration adds, `… — "reason" (added by the configuration)`.
    public var description: String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        if isDefinition { return "\(place): \(outcome) — \(sentence) (the definition of '\(input)')" }
        return "\(place): \(outcome) — \"\(sentence)\" (\(isConfigured ? "added by the configuration" : "help of '\(input)'"))"
    }
}
