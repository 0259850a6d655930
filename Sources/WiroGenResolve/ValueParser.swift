@_spi(WiroGen) import WiroRuntime
import WiroGenModel

/// Reads the text a document gives a value (a default, a sample entry, a value a rule names)
/// as a value of an input's type: the one place where document text becomes a typed value. The
/// texts of numbers, flags and lists are read by WiroRuntime's ``WiroWireText``, the same parser
/// that decodes those values from a Run body, so the bindings and the generator agree.
package enum ValueParser {
    /// The value `text` spells for `type`, or `nil` when it is not one.
    package static func parse(_ text: String, as type: ValueType) -> ResolvedValue? {
        switch type {
        case .string: return .string(text)
        case .file: return .file(text)
        case .int: return WiroWireText.int(text).map { .int($0) }
        case .double: return WiroWireText.double(text).map { .double($0) }
        case .bool: return WiroWireText.bool(text).map { .bool($0) }
        case .enumeration(let model):
            return model.cases.first { $0.option.value == text }.map { .option($0) }
        case .list(let element):
            let items = WiroWireText.items(text).map { parse($0, as: element) }
            guard !items.contains(where: { $0 == nil }) else { return nil }
            return .list(items.compactMap { $0 })
        }
    }
}
