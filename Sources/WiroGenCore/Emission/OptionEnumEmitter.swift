/// Emits the enum of one select's options: one case per option, in document order, and the
/// option values as one string (see `WiroOption` for why not a raw value per case).
enum OptionEnumEmitter {
    static func emit(_ model: OptionEnum, access: AccessModifier, _ writer: inout CodeWriter) {
        writer.doc("The options of `\(model.input.name)` (\(model.input.label)).")
        writer.block("\(access) enum \(model.name): WiroOption") { writer in
            for optionCase in model.cases {
                let option = optionCase.option
                writer.doc(option.label == option.value ? "" : option.label, option.value.isEmpty ? "Wire value: empty." : "Wire value `\(option.value)`.")
                writer.line("case \(Naming.escaped(optionCase.name))")
            }
            writer.line()
            writer.line("/// The option values, one line per case: the cases' raw values.")
            let values = model.cases.map(\.option.value).joined(separator: "\n")
            writer.line("\(access) static var wireValues: String { \(SwiftLiteral.string(values)) }")
        }
    }
}
