/// A number as Wiro writes one (`5`, `-1`, `0.25`, `.5`, `1e3`): the one grammar that decides,
/// for the generator (documents, rules, defaults) and for the runtime (values on the wire)
/// alike, whether a text is a number and whether it is written whole.
///
/// Grammar: `[+-]? digits? ('.' digits)? ([eE] [+-]? digits)?` with at least one digit before
/// the exponent (a point must have digits after it: in prose, `5.` ends a sentence). A number
/// is an ``integer(_:)`` when it is written with digits only (and fits an `Int`); a point or an
/// exponent makes it a ``decimal(_:)``, so a default written `5.0` or `1e3` asks for a `Double`.
@_spi(WiroGen) public enum WiroNumberLiteral: Hashable, Sendable {
    /// Written with digits only.
    case integer(Int)
    /// Written with a point or an exponent (or too large for an `Int`).
    case decimal(Double)

    /// The number the whole of `text` spells (surrounding ASCII whitespace allowed), or `nil`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        while start < end, bytes[start].isASCIIWhitespace { start += 1 }
        while end > start, bytes[end - 1].isASCIIWhitespace { end -= 1 }
        guard let (number, stop) = Self.scan(bytes, at: start), stop == end else { return nil }
        self = number
    }

    /// The longest number starting at `index`, and where it ends.
    public static func scan(_ bytes: [UInt8], at index: Int) -> (WiroNumberLiteral, end: Int)? {
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
    public var doubleValue: Double {
        switch self {
        case .integer(let value): Double(value)
        case .decimal(let value): value
        }
    }

    /// True for an ``integer(_:)``.
    public var isInteger: Bool {
        if case .integer = self { return true }
        return false
    }

    /// The value as an `Int`, when it is a whole number that fits: `5`, and `5.0` or `5e0` too.
    public var wholeValue: Int? {
        switch self {
        case .integer(let value): value
        case .decimal(let value): value.rounded() == value ? Int(exactly: value) : nil
        }
    }

    private static func digits(_ bytes: [UInt8], from index: Int) -> Int {
        var end = index
        while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
        return end - index
    }
}

extension UInt8 {
    /// Space, tab, newline, carriage return, form feed or vertical tab.
    var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
}
