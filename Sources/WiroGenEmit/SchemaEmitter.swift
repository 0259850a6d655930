import WiroRuntime
import WiroGenText
import WiroGenResolve

/// Emits a request type's `schema`: the tool, the default request, one field per input, one
/// rule per resolved rule and the samples, all as values that WiroRuntime's generic code
/// interprets. Nothing here becomes per-tool executable code beyond building these values.
package enum SchemaEmitter {
    package static func emit(_ tool: ResolvedTool, _ writer: inout CodeWriter) {
        let toolLines = [
            "tool: WiroTool(",
            "    id: \(SwiftLiteral.string(tool.id)),",
            "    endpoint: \(SwiftLiteral.string(tool.endpoint)),",
            "    title: \(SwiftLiteral.string(tool.title)),",
            "    summary: \(SwiftLiteral.string(tool.summary ?? "")),",
            "    categories: [\(tool.categories.map(SwiftLiteral.string).joined(separator: ", "))]",
            ")",
        ]
        let defaults = ToolEmitter.documentDefaults(tool).map(\.argument).joined(separator: ", ")
        // Empty rules and examples are left out: their arguments default to `[]`.
        let arguments = [
            toolLines,
            ["defaultRequest: Self(\(defaults))"],
            list("fields", tool.inputs.map(field)),
            tool.rules.isEmpty ? [] : list("rules", tool.rules.map { RuleEmitter.rule($0, tool.inputs) }),
            tool.examples.isEmpty ? [] : list("examples", tool.examples.map { example(tool, $0) }),
        ].filter { !$0.isEmpty }
        writer.line("/// The tool, default request, inputs, rules and samples of this request type.")
        writer.line("\(tool.access) static let schema: WiroSchema<Self> = WiroSchema(")
        writer.indented { writer in
            for (index, lines) in arguments.enumerated() {
                lines.dropLast().forEach { writer.line($0) }
                writer.line(lines[lines.count - 1] + (index + 1 < arguments.count ? "," : ""))
            }
        }
        writer.line(")")
    }

    /// `label: [`, one item per line, `]`.
    private static func list(_ label: String, _ items: [String]) -> [String] {
        ["\(label): ["] + items.map { "    \($0)," } + ["]"]
    }

    /// `.value("wireName", \.property, .kind)`, and `upload: …` for a file input: the factory
    /// says whether the input is optional or a list, so the generic code knows how to read and
    /// write it.
    private static func field(_ input: ResolvedInput) -> String {
        let factory = switch (input.isList, input.isOptional) {
        case (false, false): "value"
        case (false, true): "optional"
        case (true, false): "list"
        case (true, true): "optionalList"
        }
        let upload = input.upload.map { ", upload: \(uploadName($0))" } ?? ""
        return ".\(factory)(\(SwiftLiteral.string(input.wireName)), \(input.keyPath), .\(kindName(input.wireKind))\(upload))"
    }

    /// `Self(…)` for one sample: its values, and the document defaults for the arguments it
    /// does not give that have no `init` default.
    private static func example(_ tool: ResolvedTool, _ example: [ExampleArgument]) -> String {
        let given = example.map { (input: $0.input, argument: ToolEmitter.argument(tool.inputs[$0.input], $0.value)) }
        let defaults = ToolEmitter.documentDefaults(tool, except: Set(example.map(\.input)))
        return "Self(" + (given + defaults).sorted { $0.input < $1.input }.map(\.argument).joined(separator: ", ") + ")"
    }

    /// A `WiroUpload` as written in Swift.
    private static func uploadName(_ upload: WiroUpload) -> String {
        switch upload {
        case .single(let urlField): ".single(urlField: \(urlField.map(SwiftLiteral.string) ?? "nil"))"
        case .multiple: ".multiple"
        case .combined: ".combined"
        }
    }

    /// The case of `WiroWireKind` as written in Swift.
    private static func kindName(_ kind: WiroWireKind) -> String {
        switch kind {
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .array: "array"
        }
    }
}

extension ResolvedInput {
    /// The key path of the input's stored property, as the schema's fields and rules write it.
    package var keyPath: String { "\\.\(propertyName)" }
}
