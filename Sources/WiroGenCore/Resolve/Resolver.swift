/// ToolSpec + rules → ``ResolvedTool``: types, wire kinds, defaults, names, checks. Every
/// check of the document's defaults and samples against its inputs and rules happens here.
enum Resolver {
    /// The tool of `spec`, named `name`.
    static func resolve(_ spec: ToolSpec, name: ToolName, diagnostics: inout DiagnosticCollector) -> ResolvedTool {
        var namer = MemberNamer(spec: spec, name: name)
        let propertyNames = namer.propertyNames(diagnostics: &diagnostics)
        let typing = InputResolver(spec: spec)
        var inputs: [ResolvedInput] = []
        var enums: [OptionEnum] = []
        for (input, propertyName) in zip(spec.inputs, propertyNames) {
            let resolved = typing.resolve(input, name: propertyName, namer: &namer, diagnostics: &diagnostics)
            inputs.append(resolved.input)
            if let optionEnum = resolved.optionEnum { enums.append(optionEnum) }
        }
        let rules = RuleResolver(spec: spec, inputs: inputs).resolve(spec.constraints, diagnostics: &diagnostics)
        checkDefaults(spec, inputs, rules, diagnostics: &diagnostics)
        let samples = SampleResolver(spec: spec, inputs: inputs, rules: rules)
        let examples = spec.examples.compactMap { samples.resolve($0, diagnostics: &diagnostics) }
        return ResolvedTool(spec: spec, name: name, inputs: inputs, enums: enums, rules: rules, examples: examples)
    }

    /// The document's default request should obey its own rules; a conflict is worth a warning.
    private static func checkDefaults(_ spec: ToolSpec, _ inputs: [ResolvedInput], _ rules: [ResolvedRule], diagnostics: inout DiagnosticCollector) {
        let defaults = inputs.map(\.defaultValue)
        for rule in rules where rule.check.isBroken(by: defaults) {
            diagnostics.report(.warning, .ruleConflict,
                "the document's defaults break its own rule \"\(rule.constraint.sentence)\" (\(rule.constraint.fields.joined(separator: ", ")))",
                file: spec.source, at: spec.input(named: rule.constraint.source)?.location)
        }
    }
}

/// One argument of a sample: an input and the value the sample gives it (`nil`: none).
struct ExampleArgument: Hashable, Sendable {
    var input: Int
    var value: ResolvedValue?
}

/// Reads the document's samples as requests, leaving out (with a warning) those that name an
/// input the tool lacks, give a value the input cannot take, or break a rule.
struct SampleResolver {
    let spec: ToolSpec
    let inputs: [ResolvedInput]
    let rules: [ResolvedRule]

    /// The sample's arguments in input order, or `nil` when it is left out.
    func resolve(_ example: ToolExample, diagnostics: inout DiagnosticCollector) -> [ExampleArgument]? {
        var arguments: [ExampleArgument] = []
        var values = inputs.map(\.defaultValue)
        for entry in example.values {
            guard let index = inputs.firstIndex(where: { $0.spec.name == entry.name }) else {
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
