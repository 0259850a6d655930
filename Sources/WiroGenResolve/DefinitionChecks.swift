import WiroGenModel
import WiroGenText

/// What Wiro's structured definition checks, for comparing the prose with it: when both state a
/// bound it is one rule (the definition's), and when they differ the definition wins, since it
/// is what Wiro's server holds requests to.
package struct DefinitionChecks {
    /// How a prose rule stands to the definition's.
    package enum Overlap: Equatable {
        /// The definition states the same rule.
        case same
        /// The definition states the rule otherwise, in these words.
        case contradicted(String)
    }

    private let definition: ToolDefinition?

    package init(_ definition: ToolDefinition?) {
        self.definition = definition
    }

    /// The input as the definition states it.
    package func input(named name: String) -> DefinedInput? {
        definition?.input(named: name)
    }

    /// How `rule` stands to the definition's rule of its kind on its input; `nil` when the
    /// definition states no such rule (the prose rule then stands on its own).
    package func overlap(with rule: Constraint.Rule) -> Overlap? {
        switch rule {
        case .range(let name, let minimum, let maximum, _):
            guard let defined = input(named: name), defined.minimum != nil || defined.maximum != nil else { return nil }
            let agrees = (minimum == nil || minimum == defined.minimum) && (maximum == nil || maximum == defined.maximum)
            return agrees ? .same : .contradicted(Self.bounds(defined))
        case .arithmetic(let name, let multiplier, let offset, _):
            guard let multiple = input(named: name)?.wholeMultiple else { return nil }
            return multiplier == multiple && offset == 0 ? .same : .contradicted("a multiple of \(multiple)")
        case .required(let name, nil):
            return input(named: name)?.isRequired == true ? .same : nil
        default:
            return nil
        }
    }

    private static func bounds(_ input: DefinedInput) -> String {
        [input.minimum.map { "minimum \($0.sentenceText)" }, input.maximum.map { "maximum \($0.sentenceText)" }]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
