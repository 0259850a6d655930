/// Emits the enum of one select's options: one case per option, raw value = the option value.
enum OptionEnumEmitter {
    static func emit(_ model: EnumModel, _ writer: inout CodeWriter) {
        writer.doc("The options of `\(model.input.name)` (\(model.input.label)).")
        writer.block("public enum \(model.name): String, CaseIterable, Codable, Hashable, Sendable, WiroWireValue") { writer in
            for (name, option) in model.cases {
                writer.doc(option.label == option.value ? "" : option.label)
                writer.line("case \(Naming.escaped(name)) = \(SwiftLiteral.string(option.value))")
            }
        }
    }
}
