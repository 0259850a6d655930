import WiroGenText
import WiroGenResolve
@_spi(WiroGen) import WiroRuntime

/// Emits the enum of one select's options: one case per option, in document order, and the
/// option values as one string (see `WiroOption` for why not a raw value per case).
package enum OptionEnumEmitter {
    package static func emit(_ model: OptionEnum, access: AccessLevel, _ writer: inout CodeWriter) {
        writer.doc("The options of `\(model.inputName)` (\(model.inputLabel)).")
        writer.block("\(access) enum \(model.name): WiroOption") { writer in
            for option in model.cases {
                writer.doc(option.label == option.value ? "" : option.label, option.value.isEmpty ? "Wire value: empty." : "Wire value `\(option.value)`.")
                writer.line("case \(SwiftName.escaped(option.name))")
            }
            writer.line()
            writer.line("/// The option values, one line per case: the cases' raw values.")
            let values = model.cases.map(\.value).joined(separator: "\n")
            writer.line("\(access) static var wireValues: String { \(SwiftLiteral.string(values)) }")
        }
    }
}
