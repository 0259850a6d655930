import WiroGenText
import WiroGenModel
import WiroGenConfig

/// ToolSpec + rules → ``ResolvedTool``: types, wire kinds, defaults, names, checks. Every
/// check of the document's defaults and samples against its inputs and rules happens here.
package enum Resolver {
    /// The tool of `spec`, named `name`, as the configuration's `settings` for it have it
    /// (checked against the spec already: every input and value they name is the tool's).
    package static func resolve(_ spec: ToolSpec, name: ToolName, settings: ToolSettings = .none, diagnostics: inout DiagnosticCollector) -> ResolvedTool {
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
