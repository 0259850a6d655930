import WiroGenText

/// A rule a tool's document states, in its prose or in Wiro's structured definition, over the
/// tool's own inputs.
public struct Constraint: Hashable, Codable, Sendable {
    /// What the rule demands.
    public var rule: Rule
    /// The sentence it was read from, verbatim (for a rule of Wiro's definition, the
    /// definition's words: `Wiro's definition: minimum 1, maximum 500`).
    public var sentence: String
    /// The input whose help holds the sentence (or whose definition states it), or the
    /// configuration's file name for a rule it adds.
    public var source: String
    /// Where Wiro's structured definition states the rule; `nil` for a rule of the prose or
    /// the configuration.
    public var definedAt: FileLocation?

    /// Creates a constraint.
    public init(rule: Rule, sentence: String, source: String, definedAt: FileLocation? = nil) {
        self.rule = rule
        self.sentence = sentence
        self.source = source
        self.definedAt = definedAt
    }

    /// The kinds of rule WiroGen reads from prose and from Wiro's definition.
    public enum Rule: Hashable, Codable, Sendable, CustomStringConvertible {
        /// `first` and `second` may not hold together ("1080p does not support 8s").
        case forbids(first: InputValue, second: InputValue)
        /// When `condition` holds, `requirement` must too ("Fast only available when duration is 5").
        case requires(condition: Condition, requirement: InputValue)
        /// `input` must be `multiplier·n + offset` with n ≥ 0, or one of `except`
        /// ("4n+1", "multiple of 16").
        case arithmetic(input: String, multiplier: Int, offset: Int, except: [Double] = [])
        /// `input` must lie between the bounds, inclusive, or be one of `except` ("Between 0
        /// and 6"; "Set -1 to random").
        case range(input: String, minimum: Double?, maximum: Double?, except: [Double] = [])
        /// `input` must be given (not empty), always or when `when` holds ("Required.",
        /// "Required if there is no prompt").
        case required(input: String, when: Condition? = nil)
        /// A list input holds between `minimum` and `maximum` items, always or when `when`
        /// holds ("up to 8 images", "If there is no video 7 images allowed").
        case count(input: String, minimum: Int?, maximum: Int?, when: Condition? = nil)

        /// The rule in plain words: `quality 1080p forbids duration 8`.
        public var description: String {
            switch self {
            case .forbids(let first, let second):
                return "\(first.input) \(first.value) forbids \(second.input) \(second.value)"
            case .requires(let condition, let requirement):
                return "when \(condition), \(requirement.input) must be \(requirement.value)"
            case .arithmetic(let input, let multiplier, let offset, let except):
                let form = offset == 0 ? "a multiple of \(multiplier)" : "\(multiplier)n+\(offset)"
                return "\(input) is \(form)" + Self.or(except)
            case .range(let input, let minimum, let maximum, let except):
                return "\(input) is \(Self.bounds(minimum.map(\.sentenceText), maximum.map(\.sentenceText)))" + Self.or(except)
            case .required(let input, let condition):
                return "\(input) is required" + (condition.map { " when \($0)" } ?? "")
            case .count(let input, let minimum, let maximum, let condition):
                let bounds = Self.bounds(minimum.map(String.init), maximum.map(String.init))
                return "\(input) holds \(bounds) \(maximum == 1 ? "file" : "files")" + (condition.map { " when \($0)" } ?? "")
            }
        }

        /// The inputs the rule involves, in the order it names them.
        public var fields: [String] {
            switch self {
            case .forbids(let a, let b): [a.input, b.input]
            case .requires(let condition, let requirement): [condition.input, requirement.input]
            case .arithmetic(let input, _, _, _), .range(let input, _, _, _): [input]
            case .required(let input, let condition), .count(let input, _, _, let condition):
                [input] + (condition.map { [$0.input] } ?? [])
            }
        }

        private static func bounds(_ minimum: String?, _ maximum: String?) -> String {
            switch (minimum, maximum) {
            case let (low?, high?): "between \(low) and \(high)"
            case let (low?, nil): "at least \(low)"
            case let (nil, high?): "at most \(high)"
            case (nil, nil): "anything"
            }
        }

        private static func or(_ values: [Double]) -> String {
            values.isEmpty ? "" : ", or " + values.map(\.sentenceText).joined(separator: " or ")
        }
    }

    /// The wire names of the inputs the rule involves, in the order it names them.
    public var fields: [String] { rule.fields }
}
