/// Emits `examples`: the document's samples that fit the tool, as ready requests.
enum ExamplesEmitter {
    static func emit(_ model: RequestModel, _ writer: inout CodeWriter) {
        writer.line("/// The document's sample inputs (\"Parameter Inspires\") that fit this tool's inputs and rules.")
        guard !model.examples.isEmpty else {
            writer.line("public static let examples: [Self] = []")
            return
        }
        writer.line("public static let examples: [Self] = [")
        for example in model.examples {
            let arguments = example.map { "\(Naming.argumentLabel(model.properties[$0.property].name)): \($0.value)" }
            writer.line("    Self(\(arguments.joined(separator: ", "))),")
        }
        writer.line("]")
    }
}
