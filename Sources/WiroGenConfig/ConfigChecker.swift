import WiroGenText
import WiroGenModel

/// Checks what the configuration names against the documents: every tool id against the
/// set, every input and option value against its tool. Each name that matches nothing is an
/// error at its place in the file, with the nearest name that exists.
package enum ConfigChecker {
    /// Every tool id the file names must be a document's.
    package static func checkTools(_ configuration: Configuration, _ specs: [ToolSpec], diagnostics: inout DiagnosticCollector) {
        guard let path = configuration.path else { return }
        for reference in configuration.toolReferences where !specs.contains(where: { $0.answers(to: reference.value) }) {
            diagnostics.report(.error, .unknownConfigReference,
                "no document describes a tool '\(reference.value)'" + Suggestion.didYouMean(reference.value, in: specs.map(\.id) + specs.compactMap(\.slug)),
                file: path, at: reference.location)
        }
    }

    /// Every input and option value the tool's settings name must be the tool's; returns the
    /// settings with the rules that name anything else left out (each reported here), so what
    /// Resolve gets can all be resolved.
    package static func check(_ settings: ToolSettings, against spec: ToolSpec, diagnostics: inout DiagnosticCollector) -> ToolSettings {
        var references: [ConfiguredRule.Reference] = []
        if let names = settings.names {
            references += names.properties.map { .init(input: $0.input, value: nil) }
            references += names.cases.map { .init(input: $0.input, value: $0.value) }
        }
        references += settings.rules?.added.flatMap(\.references) ?? []
        for reference in references {
            guard let (message, location) = problem(with: reference, in: spec) else { continue }
            diagnostics.report(.error, .unknownConfigReference, message, file: settings.configPath, at: location)
        }
        var checked = settings
        checked.rules?.added.removeAll { rule in rule.references.contains { problem(with: $0, in: spec) != nil } }
        return checked
    }

    /// What the reference names that the tool lacks, and where the file names it; `nil` when
    /// the input, and the option value if any, exist.
    private static func problem(with reference: ConfiguredRule.Reference, in spec: ToolSpec) -> (message: String, location: SourceLocation)? {
        let name = reference.input
        guard let input = spec.input(named: name.value) else {
            return ("'\(spec.id)' has no input '\(name.value)'" + Suggestion.didYouMean(name.value, in: spec.inputs.map(\.name)), name.location)
        }
        guard let value = reference.value, !input.options.isEmpty else { return nil }
        let values = input.options.map(\.value)
        guard !values.contains(value.value) else { return nil }
        let listed = values.map { "'\($0)'" }.joined(separator: ", ")
        return ("'\(value.value)' is not an option of '\(input.name)' (its options: \(listed))" + Suggestion.didYouMean(value.value, in: values),
                value.location)
    }
}
