@_spi(WiroGen) import WiroRuntime
import WiroGenText
import WiroGenModel
import WiroGenConfig

/// Decides each input's Swift type, wire kind, upload, presence and default: the design's type
/// mapping, in one place.
package struct InputResolver {
    package let spec: ToolSpec
    /// Inputs marked "Required." and "Optional.", and file inputs a count rule says hold several.
    private let required: Set<String>
    private let optional: Set<String>
    /// Inputs Wiro's definition requires: its server refuses a request without them.
    private let requiredByDefinition: Set<String>
    private let counted: Set<String>

    package init(spec: ToolSpec) {
        self.spec = spec
        var required = Set<String>()
        var optional = Set<String>()
        var counted = Set<String>()
        for reading in spec.readings where reading.definedAt == nil {
            switch reading.verdict {
            case .optional: optional.insert(reading.input)
            case .rules(let rules):
                for rule in rules {
                    if case .required(let input, nil) = rule { required.insert(input) }
                    if case .count(let input, _, let maximum, _) = rule, (maximum ?? 2) > 1 { counted.insert(input) }
                }
            default: break
            }
        }
        (self.required, self.optional, self.counted) = (required, optional, counted)
        requiredByDefinition = Set(spec.definition?.inputs.filter(\.isRequired).map(\.name) ?? [])
    }

    /// The input as a property named `name`; a select's enum is named through `namer`.
    package func resolve(
        _ input: InputSpec, name: String, namer: inout MemberNamer, diagnostics: inout DiagnosticCollector
    ) -> (input: ResolvedInput, optionEnum: OptionEnum?) {
        let optionEnum = Self.isBool(input) || !input.kind.takesOptions || input.options.isEmpty
            ? nil : namer.optionEnum(for: input, diagnostics: &diagnostics)
        let type = valueType(of: input, optionEnum: optionEnum)
        var resolved = ResolvedInput(
            spec: input, propertyName: name, type: type, wireKind: wireKind(of: input, type: type), upload: upload(of: input),
            isOptional: false, defaultValue: nil)
        presence(of: &resolved, diagnostics: &diagnostics)
        initDefault(of: &resolved)
        return (resolved, optionEnum)
    }

    /// Content the caller did not choose is not sent: a prompt or a file whose document
    /// default is a sample has no `init` default, nor has an input marked "Required." or one
    /// Wiro's definition requires that could be left empty; one marked "Optional." is an
    /// optional (content defaulting to `nil`), unless the definition requires it. Configuration
    /// inputs (selects, numbers, flags) keep their documented defaults.
    private func initDefault(of input: inout ResolvedInput) {
        let name = input.spec.name
        let hasSample = Self.isContent(input.spec) && input.defaultValue.map { ![.string(""), .file(""), .list([])].contains($0) } ?? false
        let definitionRequires = requiredByDefinition.contains(name)
        if optional.contains(name), !definitionRequires, !input.isList { input.isOptional = true }
        if required.contains(name) || definitionRequires && input.canBeEmpty {
            input.initDefault = .required
        } else if hasSample {
            input.initDefault = optional.contains(name) ? .none : .required
        }
    }

    /// Prompts and media: files, text areas, and texts whose default is a phrase (a sample
    /// prompt), not a token such as `0`, `16:9` or `normal` (a setting, typed as text when the
    /// document lists no inputs and its Run example is all there is).
    package static func isContent(_ input: InputSpec) -> Bool {
        switch input.kind {
        case .fileinput, .multifileinput, .combinefileinput, .textarea: return true
        case .text: return input.default?.contains(" ") ?? true
        default: return false
        }
    }

    /// A select whose options are exactly `true` and `false` is a flag.
    private static func isBool(_ input: InputSpec) -> Bool {
        input.kind == .select && input.options.count == 2 && Set(input.options.map(\.value)) == ["true", "false"]
    }

    /// The Swift type of an input's value (`optionEnum`: a select's enum, when it has one).
    private func valueType(of input: InputSpec, optionEnum: OptionEnum?) -> ValueType {
        switch input.kind {
        case .text, .textarea, .unknown: return .string
        case .number:
            // Wiro's definition saying the number is whole (`multipleOf: 1`) decides; else a
            // default written with a point or an exponent asks for a Double.
            if spec.definition?.input(named: input.name)?.isWhole == true { return .int }
            if case .decimal? = input.default.flatMap(WiroNumberLiteral.init) { return .double }
            return .int
        case .float, .range: return .double
        case .checkbox: return .bool
        case .fileinput: return .file
        case .combinefileinput:
            // "Up to N entries": one file unless the document's example sends a list, or its
            // help says how many files it holds.
            if case .array? = spec.runExample?[input.name] { return .list(.file) }
            if counted.contains(input.name) { return .list(.file) }
            return .file
        case .multifileinput: return .list(.file)
        case .select, .multiselect, .selectwithcover:
            if Self.isBool(input) { return .bool }
            guard let optionEnum else { return .string }
            return input.kind == .multiselect ? .list(.enumeration(optionEnum)) : .enumeration(optionEnum)
        }
    }

    /// The JSON kind of the document's Run example for this key; without one, numbers for
    /// numbers and strings for everything else.
    private func wireKind(of input: InputSpec, type: ValueType) -> WiroWireKind {
        switch spec.runExample?[input.name] {
        case .string?: return .string
        case .number?: return .number
        case .bool?: return .bool
        case .array?: return .array
        default:
            switch type {
            case .int, .double: return .number
            default: return .string
            }
        }
    }

    /// How a file input travels in a multipart body, by its document type, as Wiro's "File
    /// Upload Patterns" have it: a `fileinput` sends a URL in its `{id}Url` input when the
    /// document lists one, else in `{id}` itself.
    private func upload(of input: InputSpec) -> WiroUpload? {
        switch input.kind {
        case .fileinput:
            let urlField = input.name + "Url"
            return .single(urlField: spec.inputs.contains { $0.name == urlField } ? urlField : nil)
        case .multifileinput: return .multiple
        case .combinefileinput: return .combined
        default: return nil
        }
    }

    /// The default, parsed: an empty default makes the property optional, except for lists
    /// (`[]`), checkboxes (`false`) and selects that list `""` as an option (that option).
    private func presence(of input: inout ResolvedInput, diagnostics: inout DiagnosticCollector) {
        let spec = input.spec
        guard let text = spec.default ?? emptyOption(of: input.type) else {
            switch input.type {
            case .list: input.defaultValue = .list([])
            case .bool where spec.kind == .checkbox: input.defaultValue = .bool(false)
            default: input.isOptional = true
            }
            return
        }
        if let value = ValueParser.parse(text, as: input.type) {
            input.defaultValue = value
            return
        }
        input.isOptional = true
        if case .enumeration = input.type {
            diagnostics.report(.warning, .defaultNotAnOption,
                "the default '\(text)' of input '\(spec.name)' is not one of its options; the property has no default value (nil)",
                file: self.spec.source, at: spec.location)
        } else {
            diagnostics.report(.warning, .invalidDefault,
                "the default '\(text)' of '\(spec.name)' is not a valid \(input.type.swiftName); the property has no default value (nil)",
                file: self.spec.source, at: spec.location)
        }
    }

    /// A select whose empty default is itself an option defaults to that option.
    private func emptyOption(of type: ValueType) -> String? {
        if case .enumeration(let model) = type, model.cases.contains(where: { $0.option.value.isEmpty }) { return "" }
        return nil
    }
}
