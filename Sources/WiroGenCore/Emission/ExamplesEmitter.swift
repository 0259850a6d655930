/// Emits `examples`: the document's samples that fit the tool, as ready requests.
enum ExamplesEmitter {
    static func emit(_ tool: ResolvedTool, _ writer: inout CodeWriter) {
        writer.line("/// The document's sample inputs (\"Parameter Inspires\") that fit this tool's inputs and rules.")
        guard !tool.examples.isEmpty else {
            writer.line("public static let examples: [Self] = []")
            return
        }
        writer.line("public static let examples: [Self] = [")
        for example in tool.examples {
            let given = example.map { (input: $0.input, argument: ToolEmitter.argument(tool.inputs[$0.input], $0.value)) }
            let arguments = (given + ToolEmitter.documentDefaults(tool, except: Set(example.map(\.input)))).sorted { $0.input < $1.input }.map(\.argument)
            writer.line("    Self(\(arguments.joined(separator: ", "))),")
        }
        writer.line("]")
    }
}
