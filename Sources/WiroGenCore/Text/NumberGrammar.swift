/// A number as Wiro's documents write one (`5`, `-1`, `0.25`, `.5`, `1e3`): the one grammar
/// that decides, for the reader, the rules and the resolver alike, whether a text is a
/// number and whether it is whole.
///
/// Grammar: `[+-]? digits? ('.' digits)? ([eE] [+-]? digits)?` with at least one digit
/// before the exponent (a point must have digits after it: `5.` ends a sentence). A number is an ``integer(_:)`` when it is written with digits only
/// (and fits an `Int`); a point or an exponent makes it a ``decimal(_:)``, so a default
/// written `5.0` or `1e3` asks for a `Double`.
enum NumberLiteral: Hashable, Sendable {
    case integer(Int)
    case decimal(Double)

    /// The number the whole of `text` spells (surrounding spaces allowed), or `nil`.
    init?(_ text: String) {
        let bytes = Array(text.trimmingWhitespace().utf8)
        guard let (number, end) = Self.scan(bytes, at: 0), end == bytes.count else { return nil }
        self = number
    }

    /// The longest number starting at `index`, and where it ends.
    static func scan(_ bytes: [UInt8], at index: Int) -> (NumberLiteral, end: Int)? {
        var end = index
        if end < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "+") { end += 1 }
        let wholeDigits = digits(bytes, from: end)
        end += wholeDigits
        var isWhole = true
        var fractionDigits = 0
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
            fractionDigits = digits(bytes, from: end + 1)
            if fractionDigits > 0 {
                end += 1 + fractionDigits
                isWhole = false
            }
        }
        guard wholeDigits + fractionDigits > 0 else { return nil }
        if end < bytes.count, bytes[end] == UInt8(ascii: "e") || bytes[end] == UInt8(ascii: "E") {
            var at = end + 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "-") || bytes[at] == UInt8(ascii: "+") { at += 1 }
            let exponentDigits = digits(bytes, from: at)
            if exponentDigits > 0 {
                end = at + exponentDigits
                isWhole = false
            }
        }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        if isWhole, let integer = Int(text) { return (.integer(integer), end) }
        guard let value = Double(text), value.isFinite else { return nil }
        return (.decimal(value), end)
    }

    /// The value as a `Double`.
    var doubleValue: Double {
        switch self {
        case .integer(let value): Double(value)
        case .decimal(let value): value
        }
    }

    /// True for an ``integer(_:)``.
    var isInteger: Bool {
        if case .integer = self { return true }
        return false
    }

    private static func digits(_ bytes: [UInt8], from index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end].isDigit { end += 1 }
        return end - index
    }
}
