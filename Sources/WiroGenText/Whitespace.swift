extension String {
    /// The string with every run of whitespace made one space; with `trimming`, the ends
    /// trimmed too. Markdown gives whitespace no meaning and flattened documents have already
    /// lost it: prose is collapsed and trimmed, wire values (whose spaces matter) only collapsed.
    package func collapsingWhitespace(trimming: Bool = true) -> String {
        var result = [UInt8]()
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if byte.isASCIIWhitespace {
                pendingSpace = !trimming || !result.isEmpty
            } else {
                if pendingSpace { result.append(UInt8(ascii: " ")) }
                pendingSpace = false
                result.append(byte)
            }
        }
        if pendingSpace, !trimming { result.append(UInt8(ascii: " ")) }
        return String(decoding: result, as: UTF8.self)
    }

    /// The string without leading and trailing ASCII whitespace.
    package func trimmingWhitespace() -> String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !$0.isASCIIWhitespace }),
              let last = bytes.lastIndex(where: { !$0.isASCIIWhitespace })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
