/// Emits one tool's file: the request struct with its stored properties and memberwise init,
/// then its option enums, then its schema (tool, default request, fields, rules, samples), each
/// from its own emitter. Coding, equality and validation are WiroRuntime's generic code.
enum ToolEmitter {
    static func file(_ tool: ResolvedTool, source: String) -> GeneratedFile {
        var writer = CodeWriter()
        writer.line(GeneratedFile.header(source: source))
        writer.line("import WiroRuntime")
        writer.line()
        writer.block("extension \(tool.name.namespace)") { writer in
            declaration(tool, &writer)
        }
        let qualified = tool.name.qualified
        for optionEnum in tool.enums {
            writer.line()
            writer.block("extension \(qualified)") { OptionEnumEmitter.emit(optionEnum, access: tool.access, &$0) }
        }
        writer.line()
        writer.block("extension \(qualified)") { SchemaEmitter.emit(tool, &$0) }
        return GeneratedFile(path: tool.name.relativePath, contents: writer.text)
    }

    private static func declaration(_ tool: ResolvedTool, _ writer: inout CodeWriter) {
        let spec = tool.spec
        let typeName = tool.name.typeName
        writer.doc(spec.description ?? spec.title, "Runs `\(spec.id)` at \(spec.endpoint).")
        writer.block("\(tool.access) struct \(typeName): WiroRequest") { writer in
            for (index, input) in tool.inputs.enumerated() {
                if index > 0 { writer.line() }
                documentation(input.spec, &writer)
                writer.line("\(tool.access) var \(Naming.escaped(input.propertyName)): \(input.swiftType)")
            }
            if !tool.inputs.isEmpty { writer.line() }
            initializer(tool, &writer)
        }
    }

    private static func documentation(_ input: InputSpec, _ writer: inout CodeWriter) {
        let summary = input.help.isEmpty || input.help == input.label ? input.label : "\(input.label): \(input.help)"
        let shownDefault = input.default.map { "`\($0.count > 60 ? String($0.prefix(57)) + "..." : $0)`" } ?? "none"
        writer.doc(summary, "Wire name `\(input.name)`, document type `\(input.type)`, default \(shownDefault).")
    }

    /// `label: value` for each input whose `init` argument has no default.
    static func documentDefaults(_ tool: ResolvedTool, except given: Set<Int> = []) -> [(input: Int, argument: String)] {
        tool.inputs.indices.filter { tool.inputs[$0].initDefault != .document && !given.contains($0) }.map { index in
            (index, argument(tool.inputs[index], tool.inputs[index].defaultValue))
        }
    }

    /// `label: value`.
    static func argument(_ input: ResolvedInput, _ value: ResolvedValue?) -> String {
        "\(Naming.argumentLabel(input.propertyName)): \(ValueLiteral.swift(value))"
    }

    private static func initializer(_ tool: ResolvedTool, _ writer: inout CodeWriter) {
        writer.line("/// A request. Prompts and files the document gives a sample of, and inputs it marks")
        writer.line("/// \"Required\", have no default: the caller passes them. The rest default to the document's")
        writer.line("/// defaults.")
        guard !tool.inputs.isEmpty else {
            writer.line("\(tool.access) init() {}")
            return
        }
        writer.line("\(tool.access) init(")
        for (index, input) in tool.inputs.enumerated() {
            let comma = index + 1 < tool.inputs.count ? "," : ""
            let value: String
            switch input.initDefault {
            case .document: value = " = " + ValueLiteral.swift(input.defaultValue)
            case .none: value = " = nil"
            case .required: value = ""
            }
            writer.line("    \(Naming.escaped(input.propertyName)): \(input.swiftType)\(value)\(comma)")
        }
        writer.block(")") { writer in
            for input in tool.inputs {
                writer.line("self.\(input.propertyName) = \(Naming.escaped(input.propertyName))")
            }
        }
    }
}
