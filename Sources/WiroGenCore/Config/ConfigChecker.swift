/// Checks what the configuration names against the documents: every tool id against the
/// set, every input and option value against its tool. Each name that matches nothing is an
/// error at its place in the file, with the nearest name that exists.
enum ConfigChecker {
    /// Every tool id the file names must be a document's.
    static func checkTools(_ configuration: Configuration, _ specs: [ToolSpec], diagnostics: inout DiagnosticCollector) {
        guard let path = configuration.path else { return }
        let ids = Set(specs.map { $0.id.lowercased() })
        for reference in configuration.toolReferences where !ids.contains(reference.value.lowercased()) {
            diagnostics.report(.error, .unknownConfigReference,
                "no document describes a tool '\(reference.value)'" + Suggestion.didYouMean(reference.value, in: specs.map(\.id)),
                file: path, at: reference.location)
        }
    }

    /// Every input and option value the tool's settings name must be the tool's.
    static func check(_ settings: ToolSettings, against spec: ToolSpec, diagnostics: inout DiagnosticCollector) {
        var references: [ConfiguredRule.Reference] = []
        if let names = settings.names {
            references += names.properties.map { .init(input: $0.input, value: nil) }
            references += names.cases.map { .init(input: $0.input, value: $0.value) }
        }
        references += settings.rules?.added.flatMap(\.references) ?? []
        for reference in references {
            check(reference, spec, file: settings.configPath, diagnostics: &diagnostics)
        }
    }

    private static func check(_ reference: ConfiguredRule.Reference, _ spec: ToolSpec, file: String, diagnostics: inout DiagnosticCollector) {
        let name = reference.input
        guard let input = spec.input(named: name.value) else {
            diagnostics.report(.error, .unknownConfigReference,
                "'\(spec.id)' has no input '\(name.value)'" + Suggestion.didYouMean(name.value, in: spec.inputs.map(\.name)),
                file: file, at: name.location)
            return
        }
        guard let value = reference.value, !input.options.isEmpty else { return }
        let values = input.options.map(\.value)
        guard !values.contains(value.value) else { return }
        diagnostics.report(.error, .unknownConfigReference,
            "'\(value.value)' is not an option of '\(input.name)' (its options: \(values.map { "'\($0)'" }.joined(separator: ", ")))"
                + Suggestion.didYouMean(value.value, in: values),
            file: file, at: value.location)
    }

    /// Whether the configuration lets its references be resolved: the inputs and option values
    /// it names exist (else ``check(_:against:diagnostics:)`` has reported them).
    static func refersOnlyToInputs(of spec: ToolSpec, _ references: [ConfiguredRule.Reference]) -> Bool {
        references.allSatisfy { reference in
            guard let input = spec.input(named: reference.input.value) else { return false }
            guard let value = reference.value, !input.options.isEmpty else { return true }
            return input.options.contains { $0.value == value.value }
        }
    }
}
