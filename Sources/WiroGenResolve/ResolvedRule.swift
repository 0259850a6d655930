import WiroGenModel

/// A rule the document states, resolved to a check on the inputs' typed values.
package struct ResolvedRule: Sendable {
    /// The rule as read from prose (its sentence, the input whose help states it).
    package var constraint: Constraint
    package var check: Check

    /// What the generated validator tests; inputs are indexes into ``ResolvedTool/inputs``.
    package enum Check: Hashable, Sendable {
        /// Both values together break the rule.
        case forbids(ResolvedInputValue, ResolvedInputValue)
        /// When `condition` holds, an input that is set must hold `requirement`.
        case requires(condition: ResolvedCondition, requirement: ResolvedInputValue)
        /// An `Int` input must be `multiplier·n + offset`, n ≥ 0, or one of `except`.
        case arithmetic(input: Int, multiplier: Int, offset: Int, except: [Int])
        /// A numeric input must lie between the bounds, inclusive, or be one of `except`.
        case range(input: Int, minimum: Double?, maximum: Double?, except: [Double])
        /// The input must not be empty (when `when` holds).
        case required(input: Int, when: ResolvedCondition?)
        /// A list input's item count must lie between the bounds (when `when` holds).
        case count(input: Int, minimum: Int?, maximum: Int?, when: ResolvedCondition?)
    }
}

extension ResolvedRule {
    /// The wire names of the inputs the rule involves, in the order it names them.
    package var fields: [String] { constraint.fields }
    /// The words its violation quotes: the document's sentence, or the configuration's reason.
    package var quote: String { constraint.sentence }
    /// Where the words come from: the input whose help (or whose definition) states it, or
    /// the configuration.
    package var origin: String { constraint.source }
    /// How a violation cites the rule: the document's sentence in quotes and its input, or
    /// Wiro's definition in its own words (`Wiro's definition: minimum 1, maximum 500 (steps)`).
    package var citation: String {
        constraint.definedAt == nil ? "\"\(quote)\" (\(origin))" : "\(quote) (\(origin))"
    }
}
