/// Emits the enum of one select's options: one case per option, raw value = the option value.
enum OptionEnumEmitter {
    static func emit(_ model: OptionEnum, _ writer: inout CodeWriter) {
        writer.doc("The options of `\(model.input.name)` (\(model.input.label)).")
        writer.block("public enum \(model.name): String, CaseIterable, Codable, Hashable, Sendable, WiroWireValue") { writer in
            for optionCase in model.cases {
                let option = optionCase.option
                writer.doc(option.label == option.value ? "" : option.label)
                writer.line("case \(Naming.escaped(optionCase.name)) = \(SwiftLiteral.string(option.value))")
            }
        }
    }
}
