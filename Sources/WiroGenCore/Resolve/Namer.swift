/// Every name the generated code declares is decided here: the tools' namespaces and types
/// over the whole set of documents, and each tool's properties, option enums and cases.
/// Spelling (`Naming`) turns document words into identifiers; the namer keeps them from
/// clashing with each other and with what the generated code itself refers to, adding a
/// suffix and a `renamed` warning where it must.
///
/// `generate`, `emit-tool`/`emit-shared` (the build plugin) and the command plugin all name
/// through here, over the same set, so they give the same names.
enum Namer {
    /// Type names the generated code refers to, or that a module holding it already has: a
    /// namespace or a nested type of that name would hide the real one. Names that only
    /// shadow a type generated code never mentions (`Duration` for a duration input) stay
    /// free, since `TextToVideoV4_5.Duration` reads best.
    static let reservedTypeNames: Set<String> = [
        // Swift and Foundation types the generated code names.
        "Swift", "Foundation", "String", "Int", "Double", "Bool", "Array", "Optional", "URL", "Data",
        "Error", "Never", "Any", "AnyObject", "Self", "Type", "Protocol", "Sendable", "Codable", "Hashable",
        "CaseIterable", "Decoder", "Encoder", "CodingKeys", "KeyedEncodingContainer", "KeyedDecodingContainer",
        // WiroRuntime, and the generated module's own names.
        "WiroRuntime", "WiroRequest", "WiroTool", "WiroFile", "WiroViolation", "WiroValidationError",
        "WiroCodingKey", "WiroWireKind", "WiroWireValue", "WiroOption", "WiroSchema", "WiroField", "WiroRule",
        "WiroTest", "WiroNumeric", "WiroTools", "WiroToolIndex",
    ]

    /// Members every request struct already has (from `WiroRequest`, `Codable`, `Hashable`,
    /// or Swift itself: `self`, `Type` and `Protocol`, which backticks do not free).
    static let reservedRequestMembers: Set<String> = [
        "tool", "schema", "examples", "defaultRequest", "violations", "isValid", "validate", "encode", "hash", "hashValue",
        "self", "Type", "Protocol", "init",
    ]

    /// Members every option enum already has.
    static let reservedEnumMembers: Set<String> = ["rawValue", "allCases", "wireValues", "hashValue", "init", "self", "Type", "wireText"]

    /// The namespace of an owner nobody names (an id without `/`).
    static let defaultOwner = "Wiro"

    /// Every tool's namespace and type, aligned with `specs`. Types the configuration names
    /// are taken first; the rest are named in id order, so when two documents would make one
    /// type, the later id gets a numbered suffix.
    static func toolNames(for specs: [ToolSpec], configuration: Configuration = .none, diagnostics: inout DiagnosticCollector) -> [ToolName] {
        var names = [ToolName?](repeating: nil, count: specs.count)
        var used = Set<String>()
        let namespaces = specs.map { namespace(of: $0, diagnostics: &diagnostics) }
        for (index, spec) in specs.enumerated() {
            guard let chosen = configuration.names(of: spec.id)?.type else { continue }
            let namespace = namespaces[index].name
            let problem = typeNameProblem(chosen.value, namespace: namespace)
                ?? (used.contains("\(namespace).\(chosen.value)") ? "another tool's type is named '\(namespace).\(chosen.value)' by this file too" : nil)
            if let problem {
                diagnostics.report(.error, .invalidConfigName, "the type of '\(spec.id)' cannot be named '\(chosen.value)': \(problem)",
                                   file: configuration.path ?? Configuration.fileName, at: chosen.location)
                continue
            }
            used.insert("\(namespace).\(chosen.value)")
            names[index] = ToolName(owner: namespaces[index].owner, namespace: namespace, typeName: chosen.value)
        }
        let order = specs.indices.sorted { (specs[$0].id, specs[$0].source) < (specs[$1].id, specs[$1].source) }
        for index in order where names[index] == nil {
            let spec = specs[index]
            let (owner, namespace) = namespaces[index]
            let base = Naming.typeName(spec.id.split(separator: "/", maxSplits: 1).last.map(String.init) ?? spec.id)
            var typeName = base
            var counter = 2
            while used.contains("\(namespace).\(typeName)") || typeName == namespace || reservedTypeNames.contains(typeName) {
                typeName = "\(base)_\(counter)"
                counter += 1
            }
            if typeName != base {
                let reason = reservedTypeNames.contains(base) || base == namespace ? "'\(base)' is taken" : "another document already makes '\(namespace).\(base)'"
                diagnostics.report(.warning, .duplicateType, "the type of '\(spec.id)' is named '\(namespace).\(typeName)': \(reason)", file: spec.source, at: .start)
            }
            used.insert("\(namespace).\(typeName)")
            names[index] = ToolName(owner: owner, namespace: namespace, typeName: typeName)
        }
        let typeNames = names.compactMap { $0?.typeName }
        let shared = Set(Dictionary(grouping: typeNames) { $0 }.filter { $0.value.count > 1 }.keys)
        return names.map { name in
            var name = name!
            name.qualifiesFileName = shared.contains(name.typeName)
            return name
        }
    }

    /// The owner of a tool (before the `/` of its id) and its namespace.
    private static func namespace(of spec: ToolSpec, diagnostics: inout DiagnosticCollector) -> (owner: String, name: String) {
        let parts = spec.id.split(separator: "/", maxSplits: 1).map(String.init)
        let owner = parts.count == 2 ? parts[0] : defaultOwner
        let namespace = Naming.typeName(owner)
        guard reservedTypeNames.contains(namespace) else { return (owner, namespace) }
        diagnostics.report(.warning, .renamed, "the namespace of owner '\(owner)' is named '\(namespace)Tools': '\(namespace)' is taken", file: spec.source, at: .start)
        return (owner, namespace + "Tools")
    }

    /// Why a type name the configuration chose cannot be used, or `nil`.
    private static func typeNameProblem(_ name: String, namespace: String) -> String? {
        if let problem = Naming.identifierProblem(name) { return problem }
        if Naming.keywords.contains(name) { return "it is a Swift keyword" }
        if reservedTypeNames.contains(name) || name == namespace { return "the generated code needs '\(name)' for itself" }
        return nil
    }
}

/// Names the members of one request type: its properties, its option enums and their cases.
/// Properties are named first, all of them, so that an enum never takes a property's name.
struct MemberNamer {
    private let spec: ToolSpec
    private let settings: ToolSettings
    private var properties = Namer.reservedRequestMembers
    private var types: Set<String>

    init(spec: ToolSpec, name: ToolName, settings: ToolSettings = .none) {
        self.spec = spec
        self.settings = settings
        types = Namer.reservedTypeNames.union([name.typeName, name.namespace])
    }

    /// The property of every input, in input order; the configuration's names first.
    mutating func propertyNames(diagnostics: inout DiagnosticCollector) -> [String] {
        var chosen: [String: String] = [:]
        for override in settings.names?.properties ?? [] where spec.input(named: override.input.value) != nil {
            if claim(override.name, in: &properties, reserved: Namer.reservedRequestMembers, what: "the property of '\(override.input.value)'", diagnostics: &diagnostics) {
                chosen[override.input.value] = override.name.value
            }
        }
        let names = spec.inputs.map { input in
            chosen[input.name]
                ?? unique(Naming.propertyName(input.name), in: &properties, what: "property for input '\(input.name)'", at: input, diagnostics: &diagnostics)
        }
        types.formUnion(names)
        return names
    }

    /// The enum of a select's options, its cases named from its distinct values.
    mutating func optionEnum(for input: InputSpec, diagnostics: inout DiagnosticCollector) -> OptionEnum {
        let name = unique(Naming.typeName(input.name), in: &types, what: "option enum of '\(input.name)'", at: input, suffix: "Option", diagnostics: &diagnostics)
        var used = Namer.reservedEnumMembers
        var chosen: [String: String] = [:]
        for override in settings.names?.cases ?? [] where override.input.value == input.name && input.options.contains(where: { $0.value == override.value.value }) {
            if claim(override.name, in: &used, reserved: Namer.reservedEnumMembers, what: "the case of '\(input.name)' value '\(override.value.value)'", diagnostics: &diagnostics) {
                chosen[override.value.value] = override.name.value
            }
        }
        var seenValues = Set<String>()
        var cases: [OptionCase] = []
        for option in input.options where seenValues.insert(option.value).inserted {
            let caseName = chosen[option.value] ?? unique(Naming.caseName(option.value, label: option.label), in: &used,
                                  what: "case for option '\(option.value)' of '\(input.name)'", at: input, diagnostics: &diagnostics)
            cases.append(OptionCase(name: caseName, option: option))
        }
        return OptionEnum(name: name, input: input, cases: cases)
    }

    /// Takes a name the configuration chose, or reports why it cannot be had.
    private func claim(
        _ name: Located<String>, in used: inout Set<String>, reserved: Set<String>, what: String, diagnostics: inout DiagnosticCollector
    ) -> Bool {
        let problem: String? =
            if let problem = Naming.identifierProblem(name.value) { problem }
            else if reserved.contains(name.value) { "every generated type has a '\(name.value)' already" }
            else if used.contains(name.value) { "this file gives '\(name.value)' to another one already" }
            else { nil }
        if let problem {
            diagnostics.report(.error, .invalidConfigName, "\(what) in '\(spec.id)' cannot be named '\(name.value)': \(problem)",
                               file: settings.configPath, at: name.location)
            return false
        }
        used.insert(name.value)
        return true
    }

    /// `name`, or `name` with a suffix (then a number) when it is taken; a rename is reported.
    private func unique(
        _ name: String, in used: inout Set<String>, what: String, at input: InputSpec, suffix: String = "",
        diagnostics: inout DiagnosticCollector
    ) -> String {
        var candidate = name
        if used.contains(candidate), !suffix.isEmpty { candidate = name + suffix }
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(name)\(suffix)_\(counter)"
            counter += 1
        }
        if candidate != name {
            diagnostics.report(.warning, .renamed, "the \(what) is named '\(candidate)': '\(name)' is taken", file: spec.source, at: input.location)
        }
        used.insert(candidate)
        return candidate
    }
}
