/// Swift source for values taken from documents, safe whatever the document holds.
package enum SwiftLiteral {
    /// A string literal: quotes, backslashes (so `\(x)` stays text), newlines and other
    /// control characters escaped; everything else, emoji included, kept.
    package static func string(_ value: String) -> String {
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
    package static func docText(_ value: String) -> String {
        // 0xE2 leads U+2028 and U+2029; text without it or control bytes needs no mapping.
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xE2 }) else { return value.collapsingWhitespace() }
        return value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F || (0x2028...0x2029).contains($0.value) ? " " : String($0) }
            .joined().collapsingWhitespace()
    }

    /// The string a literal made by ``string(_:)`` stands for, or `nil` when `literal` is not
    /// one (the generated index is read back with it).
    package static func parseString(_ literal: String) -> String? {
        var scalars = Array(literal.unicodeScalars)[...]
        guard scalars.count >= 2, scalars.removeFirst() == "\"", scalars.removeLast() == "\"" else { return nil }
        var result = String.UnicodeScalarView()
        while let scalar = scalars.popFirst() {
            guard scalar == "\\" else {
                if scalar == "\"" { return nil }
                result.append(scalar)
                continue
            }
            switch scalars.popFirst() {
            case "\""?: result.append("\"")
            case "\\"?: result.append("\\")
            case "n"?: result.append("\n")
            case "r"?: result.append("\r")
            case "t"?: result.append("\t")
            case "u"?:
                guard scalars.popFirst() == "{", let close = scalars.firstIndex(of: "}"),
                      let value = UInt32(String(String.UnicodeScalarView(scalars[..<close])), radix: 16),
                      let decoded = Unicode.Scalar(value)
                else { return nil }
                result.append(decoded)
                scalars = scalars[(close + 1)...]
            default: return nil
            }
        }
        return String(result)
    }
}
