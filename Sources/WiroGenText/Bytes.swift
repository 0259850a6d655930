/// Byte classes the readers, rules and namer share. Everything here is ASCII: documents are
/// UTF-8, and no multi-byte sequence holds a byte below 0x80.
extension UInt8 {
    /// An ASCII digit.
    package var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }

    /// An ASCII letter.
    package var isLetter: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
    }

    /// An ASCII letter, digit or `_`.
    package var isIdentifierByte: Bool { isLetter || isDigit || self == UInt8(ascii: "_") }

    /// Space, tab, newline, carriage return, form feed or vertical tab.
    package var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }

    /// The byte with an ASCII capital made small.
    package var asciiLowercased: UInt8 { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) ? self + 32 : self }
}
