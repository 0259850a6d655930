/// Reads the text a document gives a value (a default, a sample entry, a value a rule names)
/// as a value of an input's type: the one place where text becomes a typed value.
enum ValueParser {
    /// The value `text` spells for `type`, or `nil` when it is not one.
    static func parse(_ text: String, as type: ValueType) -> ResolvedValue? {
        switch type {
        case .string: return .string(text)
        case .file: return .file(text)
        case .int:
            guard case .integer(let value)? = NumberLiteral(text) else { return nil }
            return .int(value)
        case .double:
            return NumberLiteral(text).map { .double($0.doubleValue) }
        case .bool:
            switch text.trimmingWhitespace().lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return nil
            }
        case .enumeration(let model):
            return model.cases.first { $0.option.value == text }.map { .option($0) }
        case .list(let element):
            // Wiro writes a list default or sample as comma-separated values.
            let items = text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map { parse(String($0), as: element) }
            guard !items.contains(where: { $0 == nil }) else { return nil }
            return .list(items.compactMap { $0 })
        }
    }
}
