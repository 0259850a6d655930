/// Swift source for values taken from documents, safe whatever the document holds.
enum SwiftLiteral {
    /// A string literal: quotes, backslashes (so `\(x)` stays text), newlines and other
    /// control characters escaped; everything else, emoji included, kept.
    static func string(_ value: String) -> String {
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xE2 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + value + "\""
        }
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value):
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Text for a `///` line: on one line, and with nothing a doc comment could mistake.
    static func docText(_ value: String) -> String {
        // 0xE2 leads U+2028 and U+2029; text without it or control bytes needs no mapping.
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xE2 }) else { return value.collapsingWhitespace() }
        return value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F || (0x2028...0x2029).contains($0.value) ? " " : String($0) }
            .joined().collapsingWhitespace()
    }
}
