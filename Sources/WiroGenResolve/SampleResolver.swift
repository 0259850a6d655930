import WiroGenText
import WiroGenModel
import WiroGenConfig

/// One argument of a sample: an input and the value the sample gives it (`nil`: none).
package struct ExampleArgument: Hashable, Sendable {
    package var input: Int
    package var value: ResolvedValue?
}

/// Reads the document's samples as requests, leaving out (with a warning) those that name an
/// input the tool lacks, give a value the input cannot take, or break a rule.
package struct SampleResolver {
    package let spec: ToolSpec
    package let inputs: [ResolvedInput]
    package let rules: [ResolvedRule]

    /// The sample's arguments in input order, or `nil` when it is left out.
    package func resolve(_ example: ToolExample, diagnostics: inout DiagnosticCollector) -> [ExampleArgument]? {
        var arguments: [ExampleArgument] = []
        var values = inputs.map(\.defaultValue)
        for entry in example.values {
            // Wiro's File Upload Patterns pair a file `{id}` with its URL `{id}Url`: a sample
            // naming `inputImage` where the document lists only `inputImageUrl` gives that input.
            guard let index = inputs.firstIndex(where: { $0.spec.name == entry.name })
                ?? inputs.firstIndex(where: { $0.spec.name == entry.name + "Url" }) else {
                diagnostics.report(.warning, .unknownExampleInput,
                    "a sample names '\(entry.name)', which is not an input of \(spec.id); the sample is left out",
                    file: spec.source, at: entry.location)
                return nil
            }
            let input = inputs[index]
            let value: ResolvedValue?
            if entry.value.isEmpty, input.isOptional {
                value = nil
            } else if let parsed = ValueParser.parse(entry.value, as: input.type) {
                value = parsed
            } else {
                diagnostics.report(.warning, .invalidExampleValue,
                    "a sample gives '\(entry.name)' the value '\(entry.value)', which is not a valid \(input.type.swiftName); the sample is left out",
                    file: spec.source, at: entry.location)
                return nil
            }
            values[index] = value
            arguments.append(ExampleArgument(input: index, value: value))
        }
        if let broken = rules.first(where: { $0.check.isBroken(by: values) }) {
            diagnostics.report(.warning, .ruleConflict,
                "a sample breaks the rule \"\(broken.constraint.sentence)\"; the sample is left out", file: spec.source, at: example.location)
            return nil
        }
        return arguments.sorted { $0.input < $1.input }
    }
}
