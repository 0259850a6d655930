/// Emits one tool's file: the request struct with its stored properties and memberwise init,
/// then its option enums, coding, validator and samples, each from its own emitter.
enum ToolEmitter {
    static func file(_ model: RequestModel, source: String) -> GeneratedFile {
        var writer = CodeWriter()
        writer.line(GeneratedFile.header(source: source))
        writer.line("import Foundation")
        writer.line("import WiroRuntime")
        writer.line()
        writer.block("extension \(model.namespace)") { writer in
            declaration(model, &writer)
        }
        let qualified = "\(model.namespace).\(model.typeName)"
        for model in model.enums {
            writer.line()
            writer.block("extension \(qualified)") { OptionEnumEmitter.emit(model, &$0) }
        }
        writer.line()
        writer.block("extension \(qualified)") { CodingEmitter.emit(model, &$0) }
        writer.line()
        writer.block("extension \(qualified)") { ValidatorEmitter.emit(model, &$0) }
        writer.line()
        writer.block("extension \(qualified)") { ExamplesEmitter.emit(model, &$0) }
        return GeneratedFile(path: model.relativePath, contents: writer.text)
    }

    private static func declaration(_ model: RequestModel, _ writer: inout CodeWriter) {
        let spec = model.spec
        writer.doc(spec.description ?? spec.title, "Runs `\(spec.id)` at \(spec.endpoint).")
        writer.block("public struct \(model.typeName): WiroRequest") { writer in
            writer.line("/// The tool this request runs.")
            writer.line("public static let tool = WiroTool(")
            writer.line("    id: \(SwiftLiteral.string(spec.id)),")
            writer.line("    endpoint: \(SwiftLiteral.string(spec.endpoint)),")
            writer.line("    title: \(SwiftLiteral.string(spec.title)),")
            writer.line("    summary: \(SwiftLiteral.string(spec.description ?? "")),")
            writer.line("    categories: [\(spec.categories.map(SwiftLiteral.string).joined(separator: ", "))]")
            writer.line(")")
            writer.line()
            writer.line("/// The documented default request: `\(model.typeName)()`.")
            writer.line("public static var defaultRequest: Self { Self() }")
            for property in model.properties {
                writer.line()
                documentation(property, &writer)
                writer.line("public var \(Naming.escaped(property.name)): \(property.swiftType)")
            }
            writer.line()
            initializer(model, &writer)
        }
    }

    private static func documentation(_ property: PropertyModel, _ writer: inout CodeWriter) {
        let input = property.input
        let summary = input.help.isEmpty || input.help == input.label ? input.label : "\(input.label): \(input.help)"
        let shownDefault = input.default.map { "`\($0.count > 60 ? String($0.prefix(57)) + "..." : $0)`" } ?? "none"
        writer.doc(summary, "Wire name `\(input.name)`, document type `\(input.type)`, default \(shownDefault).")
    }

    private static func initializer(_ model: RequestModel, _ writer: inout CodeWriter) {
        writer.line("/// A request; every argument defaults to the document's default, so `\(model.typeName)()` is the")
        writer.line("/// tool's documented default request.")
        guard !model.properties.isEmpty else {
            writer.line("public init() {}")
            return
        }
        writer.line("public init(")
        for (index, property) in model.properties.enumerated() {
            let comma = index + 1 < model.properties.count ? "," : ""
            writer.line("    \(Naming.escaped(property.name)): \(property.swiftType) = \(property.defaultValue)\(comma)")
        }
        writer.block(")") { writer in
            for property in model.properties {
                writer.line("self.\(property.name) = \(Naming.escaped(property.name))")
            }
        }
    }
}
