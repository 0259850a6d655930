/// Decides the Swift shape of a tool: the design's type mapping, names, defaults and samples.
struct TypeMapper {
    private let spec: ToolSpec
    private var diagnostics: [Diagnostic] = []

    /// Type names a nested enum may not take: they would hide the types the struct uses.
    private static let reservedTypeNames: Set<String> = [
        "String", "Int", "Double", "Bool", "Array", "Optional", "WiroFile", "WiroTool", "WiroViolation",
        "WiroRequest", "WiroCodingKey", "WiroWireKind", "CodingKeys", "Decoder", "Encoder", "Self", "Type",
        "Swift", "Foundation", "WiroRuntime", "Error", "Never", "Sendable", "Codable", "Hashable", "CaseIterable",
        "Any", "AnyObject", "Protocol", "Never", "KeyedEncodingContainer", "KeyedDecodingContainer",
    ]
    /// Member names the generated struct and enums already use.
    /// `self`, `Type` and `Protocol` are members of every type; backticks do not free them.
    private static let reservedProperties: Set<String> = [
        "tool", "examples", "defaultRequest", "violations", "isValid", "validate", "encode", "hash", "hashValue",
        "self", "Type", "Protocol", "init",
    ]
    private static let reservedCases: Set<String> = ["rawValue", "allCases", "hashValue", "init", "self", "Type", "wireText"]

    static func map(_ spec: ToolSpec, namespace: String, typeName: String) -> (RequestModel, [Diagnostic]) {
        var mapper = TypeMapper(spec: spec)
        let model = mapper.model(namespace: namespace, typeName: typeName)
        return (model, mapper.diagnostics)
    }

    private init(spec: ToolSpec) { self.spec = spec }

    private mutating func model(namespace: String, typeName: String) -> RequestModel {
        var usedProperties = Self.reservedProperties
        var usedTypes = Self.reservedTypeNames.union([typeName, namespace])
        var enums: [EnumModel] = []
        let names = spec.inputs.map { input in
            unique(Naming.propertyName(input.name), in: &usedProperties, what: "property for input '\(input.name)'", at: input)
        }
        usedTypes.formUnion(names)
        let properties = zip(spec.inputs, names).map { input, name in
            property(input, name: name, type: valueType(for: input, usedTypes: &usedTypes, enums: &enums))
        }
        var model = RequestModel(spec: spec, namespace: namespace, typeName: typeName, properties: properties, enums: enums, examples: [])
        model.examples = spec.examples.compactMap { example(for: $0, model: model) }
        return model
    }

    private mutating func valueType(for input: InputSpec, usedTypes: inout Set<String>, enums: inout [EnumModel]) -> ValueType {
        switch input.kind {
        case .text, .textarea, .unknown: return .string
        case .number: return input.default?.contains(where: { ".eE".contains($0) }) == true && Double(input.default!) != nil ? .double : .int
        case .float, .range: return .double
        case .checkbox: return .bool
        case .fileinput: return .file
        case .combinefileinput:
            // "Up to N entries": one file unless the document's example sends a list.
            if case .array? = spec.runExample?[input.name] { return .list(.file) }
            return .file
        case .multifileinput: return .list(.file)
        case .select, .multiselect, .selectwithcover:
            let values = Set(input.options.map(\.value))
            if input.kind == .select, input.options.count == 2, values == ["true", "false"] { return .bool }
            guard !input.options.isEmpty else { return .string }
            let name = unique(Naming.typeName(input.name), in: &usedTypes, what: "option enum of '\(input.name)'", at: input, suffix: "Option")
            let model = enumModel(name: name, input: input)
            enums.append(model)
            return input.kind == .multiselect ? .list(.enumeration(model)) : .enumeration(model)
        }
    }

    private mutating func enumModel(name: String, input: InputSpec) -> EnumModel {
        var used = Self.reservedCases
        var seenValues = Set<String>()
        var cases: [(String, OptionSpec)] = []
        for option in input.options where seenValues.insert(option.value).inserted {
            let caseName = unique(Naming.caseName(option.value, label: option.label), in: &used,
                                  what: "case for option '\(option.value)' of '\(input.name)'", at: input)
            cases.append((caseName, option))
        }
        return EnumModel(name: name, input: input, cases: cases)
    }

    private mutating func property(_ input: InputSpec, name: String, type: ValueType) -> PropertyModel {
        let wireKind = wireKind(for: input.name, type: type)
        var isOptional = false
        var defaultValue: String
        if let raw = input.default ?? emptyOption(type) {
            if let literal = Self.literal(raw, type: type) {
                defaultValue = literal
            } else {
                diagnostics.append(Diagnostic(.warning, .invalidDefault,
                    "the default '\(raw)' of '\(input.name)' is not a valid \(type.swiftName); the property has no default value (nil)",
                    file: spec.source, at: input.location))
                isOptional = true
                defaultValue = "nil"
            }
        } else if case .list = type {
            defaultValue = "[]"
        } else if case .bool = type, input.kind == .checkbox {
            defaultValue = "false"
        } else {
            isOptional = true
            defaultValue = "nil"
        }
        return PropertyModel(input: input, name: name, type: type, isOptional: isOptional, defaultValue: defaultValue, wireKind: wireKind)
    }

    /// A select whose empty default is itself an option defaults to that option.
    private func emptyOption(_ type: ValueType) -> String? {
        if case .enumeration(let model) = type, model.cases.contains(where: { $0.option.value.isEmpty }) { return "" }
        return nil
    }

    /// The JSON kind of the document's Run example for this key; without one, numbers for
    /// numbers and strings for everything else.
    private func wireKind(for name: String, type: ValueType) -> String {
        switch spec.runExample?[name] {
        case .string?: return "string"
        case .number?: return "number"
        case .bool?: return "bool"
        case .array?: return "array"
        default:
            switch type {
            case .int, .double: return "number"
            default: return "string"
            }
        }
    }

    /// The Swift expression for a wire text of this type, or `nil` when the text is not one.
    static func literal(_ raw: String, type: ValueType) -> String? {
        switch type {
        case .string: return SwiftLiteral.string(raw)
        case .int: return Int(raw).map(String.init)
        case .double:
            guard let value = Double(raw), value.isFinite else { return nil }
            return isDecimalLiteral(raw) ? raw : "\(value)"
        case .bool:
            switch raw.lowercased() {
            case "true", "1": return "true"
            case "false", "0": return "false"
            default: return nil
            }
        case .file: return ".remote(\(SwiftLiteral.string(raw)))"
        case .enumeration(let model):
            return model.cases.first { $0.option.value == raw }.map { "." + Naming.escaped($0.name) }
        case .list(let element):
            let items = raw.isEmpty ? [] : raw.split(separator: ",", omittingEmptySubsequences: false).map { literal(String($0), type: element) }
            guard !items.contains(where: { $0 == nil }) else { return nil }
            return "[" + items.compactMap { $0 }.joined(separator: ", ") + "]"
        }
    }

    /// `-?digits(.digits)?([eE][+-]?digits)?`: text Swift reads as the same Double literal.
    private static func isDecimalLiteral(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Bool {
            let start = bytes.count
            while let first = bytes.first, first.isDigit { bytes.removeFirst() }
            return bytes.count < start
        }
        if bytes.first == UInt8(ascii: "-") { bytes.removeFirst() }
        guard digits() else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes.removeFirst()
            guard digits() else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes.removeFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes.removeFirst() }
            guard digits() else { return false }
        }
        return bytes.isEmpty
    }

    /// A sample as init arguments, or `nil` (with a warning) when it names an unknown input
    /// or holds a value the input cannot take.
    private mutating func example(for example: ToolExample, model: RequestModel) -> [(property: Int, value: String)]? {
        var arguments: [(property: Int, value: String)] = []
        var values: [String: String] = [:]
        for entry in example.values {
            guard let index = model.properties.firstIndex(where: { $0.input.name == entry.name }) else {
                diagnostics.append(Diagnostic(.warning, .unknownExampleInput,
                    "a sample names '\(entry.name)', which is not an input of \(spec.id); the sample is left out",
                    file: spec.source, at: entry.location))
                return nil
            }
            let property = model.properties[index]
            guard let literal = entry.value.isEmpty && property.isOptional ? "nil" : Self.literal(entry.value, type: property.type) else {
                diagnostics.append(Diagnostic(.warning, .invalidExampleValue,
                    "a sample gives '\(entry.name)' the value '\(entry.value)', which is not a valid \(property.type.swiftName); the sample is left out",
                    file: spec.source, at: entry.location))
                return nil
            }
            values[entry.name] = entry.value
            arguments.append((index, literal))
        }
        for input in spec.inputs where values[input.name] == nil { values[input.name] = input.default }
        if let broken = spec.constraints.first(where: { $0.isBroken(by: values) }) {
            diagnostics.append(Diagnostic(.warning, .ruleConflict,
                "a sample breaks the rule \"\(broken.sentence)\"; the sample is left out", file: spec.source, at: example.location))
            return nil
        }
        return arguments.sorted { $0.property < $1.property }
    }

    /// `name`, or `name` with a suffix when it is taken; a rename is reported.
    private mutating func unique(_ name: String, in used: inout Set<String>, what: String, at input: InputSpec, suffix: String = "") -> String {
        var candidate = name
        if used.contains(candidate), !suffix.isEmpty { candidate = name + suffix }
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(name)\(suffix)_\(counter)"
            counter += 1
        }
        if candidate != name {
            diagnostics.append(Diagnostic(.warning, .renamed, "the \(what) is named '\(candidate)': '\(name)' is taken",
                                          file: spec.source, at: input.location))
        }
        used.insert(candidate)
        return candidate
    }
}
