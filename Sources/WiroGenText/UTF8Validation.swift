/// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
package enum UTF8Validation {
    /// The offset of the first byte in `bytes` that does not begin a well-formed sequence.
    package static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            guard let length = sequenceLength(bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The length of the well-formed sequence at `index`, or `nil`.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        for continuation in 1..<length {
            let at = index + continuation
            guard at < bytes.count else { return nil }
            let (min, max) = continuation == 1 ? (low, high) : (0x80, 0xBF)
            guard bytes[at] >= min, bytes[at] <= max else { return nil }
        }
        return length
    }
}

extension String {
    /// The text of `bytes`, or `nil` when they are not well-formed UTF-8 (where
    /// `String(decoding:as:)` would repair them silently).
    package init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else { return nil }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
