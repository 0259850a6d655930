/// A rule a tool's document states in prose, resolved against the tool's own inputs.
public struct Constraint: Hashable, Codable, Sendable {
    /// What the rule demands.
    public var rule: Rule
    /// The sentence it was read from, verbatim.
    public var sentence: String
    /// The input whose help holds the sentence.
    public var source: String

    /// Creates a constraint.
    public init(rule: Rule, sentence: String, source: String) {
        self.rule = rule
        self.sentence = sentence
        self.source = source
    }

    /// The kinds of rule WiroGen reads from prose.
    public enum Rule: Hashable, Codable, Sendable {
        /// `first` and `second` may not hold together ("1080p does not support 8s").
        case forbids(first: InputValue, second: InputValue)
        /// When `condition` holds, `requirement` must too ("Fast only available when duration is 5").
        case requires(condition: InputValue, requirement: InputValue)
        /// `input` must be `multiplier·n + offset` with n ≥ 0 ("4n+1", "multiple of 16").
        case arithmetic(input: String, multiplier: Int, offset: Int)
        /// `input` must lie between the bounds, inclusive ("Between 0 and 6").
        case range(input: String, minimum: Double?, maximum: Double?)
    }

    /// The wire names of the inputs the rule involves, in the order it names them.
    public var fields: [String] {
        switch rule {
        case .forbids(let a, let b): [a.input, b.input]
        case .requires(let condition, let requirement): [condition.input, requirement.input]
        case .arithmetic(let input, _, _), .range(let input, _, _): [input]
        }
    }
}

/// An input having one of its option values.
public struct InputValue: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The input's wire name.
    public var input: String
    /// The option value, verbatim.
    public var value: String

    /// Creates the pair.
    public init(input: String, value: String) {
        self.input = input
        self.value = value
    }

    /// `input = value`.
    public var description: String { "\(input) = \(value)" }
}
