import WiroGenText
import WiroGenResolve
@_spi(WiroGen) import WiroRuntime

/// Emits one tool's file: the request struct with its stored properties and memberwise init,
/// then its option enums, then its schema (tool, default request, fields, rules, samples), each
/// from its own emitter. Coding, equality and validation are WiroRuntime's generic code.
package enum ToolEmitter {
    package static func file(_ tool: ResolvedTool, source: String, by maker: GeneratedFile.Maker = .command) -> GeneratedFile {
        var writer = CodeWriter()
        writer.line(GeneratedFile.header(source: source, by: maker))
        writer.line(Self.runtimeImport)
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
        let typeName = tool.name.typeName
        writer.doc(tool.summary ?? tool.title, "Runs `\(tool.id)` at \(tool.endpoint).")
        writer.block("\(tool.access) struct \(typeName): WiroRequest") { writer in
            for (index, input) in tool.inputs.enumerated() {
                if index > 0 { writer.line() }
                documentation(input, &writer)
                writer.line("\(tool.access) var \(SwiftName.escaped(input.propertyName)): \(input.swiftType)")
            }
            if !tool.inputs.isEmpty { writer.line() }
            initializer(tool, &writer)
        }
    }

    private static func documentation(_ input: ResolvedInput, _ writer: inout CodeWriter) {
        let summary = input.help.isEmpty || input.help == input.label ? input.label : "\(input.label): \(input.help)"
        let shownDefault = input.documentDefault.map { "`\($0.count > 60 ? String($0.prefix(57)) + "..." : $0)`" } ?? "none"
        writer.doc(summary, "Wire name `\(input.wireName)`, document type `\(input.documentType)`, default \(shownDefault).")
    }

    /// `label: value` for each input whose `init` argument has no default.
    /// The file of a tool the configuration leaves out: it says so and declares nothing.
    /// How generated files import the runtime: with the plumbing only generated code calls
    /// (field and rule factories, the schema's initializer), which users of the bindings never see.
    package static let runtimeImport = "@_spi(Generated) import WiroRuntime"

    package static func skippedFile(id: String, configuration: String, source: String) -> GeneratedFile {
        GeneratedFile(path: "", contents: GeneratedFile.header(source: source, by: .buildPlugin) + "// '\(id)' is not among the tools of \(configuration).\n")
    }

    package static func documentDefaults(_ tool: ResolvedTool, except given: Set<Int> = []) -> [(input: Int, argument: String)] {
        tool.inputs.indices.filter { tool.inputs[$0].initDefault != .document && !given.contains($0) }.map { index in
            (index, argument(tool.inputs[index], tool.inputs[index].defaultValue))
        }
    }

    /// `label: value`.
    package static func argument(_ input: ResolvedInput, _ value: ResolvedValue?) -> String {
        "\(SwiftName.argumentLabel(input.propertyName)): \(ValueLiteral.swift(value))"
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
            writer.line("    \(SwiftName.escaped(input.propertyName)): \(input.swiftType)\(value)\(comma)")
        }
        writer.block(")") { writer in
            for input in tool.inputs {
                writer.line("self.\(input.propertyName) = \(SwiftName.escaped(input.propertyName))")
            }
        }
    }
}
