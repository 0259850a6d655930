/// ToolSpec + rules → ``ResolvedTool``: types, wire kinds, defaults, names, checks. Every
/// check of the document's defaults and samples against its inputs and rules happens here.
enum Resolver {
    /// The tool of `spec`, named `name`, as the configuration's `settings` for it have it.
    static func resolve(_ spec: ToolSpec, name: ToolName, settings: ToolSettings = .none, diagnostics: inout DiagnosticCollector) -> ResolvedTool {
        ConfigChecker.check(settings, against: spec, diagnostics: &diagnostics)
        var namer = MemberNamer(spec: spec, name: name, settings: settings)
        let propertyNames = namer.propertyNames(diagnostics: &diagnostics)
        let typing = InputResolver(spec: spec)
        var inputs: [ResolvedInput] = []
        var enums: [OptionEnum] = []
        for (input, propertyName) in zip(spec.inputs, propertyNames) {
            let resolved = typing.resolve(input, name: propertyName, namer: &namer, diagnostics: &diagnostics)
            inputs.append(resolved.input)
            if let optionEnum = resolved.optionEnum { enums.append(optionEnum) }
        }
        var validRequests = [(name: "default request", values: inputs.map(\.defaultValue))]
        if let runExample = runExampleValues(spec, inputs) { validRequests.append((name: "Run example", values: runExample)) }
        let ruleResolver = RuleResolver(spec: spec, inputs: inputs, validRequests: validRequests)
        let (rules, decisions) = ConfiguredRules(settings: settings, resolver: ruleResolver).resolve(diagnostics: &diagnostics)
        let samples = SampleResolver(spec: spec, inputs: inputs, rules: rules)
        let examples = spec.examples.compactMap { samples.resolve($0, diagnostics: &diagnostics) }
        return ResolvedTool(spec: spec, name: name, access: settings.access, inputs: inputs, enums: enums, rules: rules, examples: examples, decisions: decisions)
    }

    /// The Run example's body as typed values, by input index (an input it leaves out, or
    /// gives a value its type cannot hold, at its default); `nil` without a Run example.
    private static func runExampleValues(_ spec: ToolSpec, _ inputs: [ResolvedInput]) -> [ResolvedValue?]? {
        guard let body = spec.runExample, body.members != nil else { return nil }
        return inputs.map { input in
            guard let value = body[input.spec.name] else { return input.defaultValue }
            return parse(value, as: input.type) ?? input.defaultValue
        }
    }

    private static func parse(_ value: JSONValue, as type: ValueType) -> ResolvedValue? {
        switch value {
        case .string(let text), .number(let text): return ValueParser.parse(text, as: type)
        case .bool(let flag): return ValueParser.parse(flag ? "true" : "false", as: type)
        case .array(let items):
            guard case .list(let element) = type else { return nil }
            let parsed = items.map { parse($0, as: element) }
            return parsed.contains(nil) ? nil : .list(parsed.compactMap { $0 })
        case .null, .object: return nil
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
