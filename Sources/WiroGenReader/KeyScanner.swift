import WiroGenText

/// Finds keys (`name:`, `Tool description:`, `- value:`) in a ``LogicalText``.
///
/// A key matches where it starts a word (at the start of the range or after whitespace) and
/// outside code; a space inside a key matches any run of whitespace, so `- name:` matches
/// both a list item and its flattened spelling.
struct KeyScanner {
    let text: LogicalText
    /// Where keys may match: outside code (`false`, the default), inside code (`true`), or
    /// anywhere (`nil`).
    var code: Bool? = false

    /// The end of `key` if it matches at `position`, or `nil`.
    func match(_ key: String, at position: Int, in range: Range<Int>) -> Int? {
        let bytes = text.bytes
        guard position >= range.lowerBound, position < range.upperBound else { return nil }
        if let code, text.isCode[position] != code { return nil }
        if position > range.lowerBound, !bytes[position - 1].isASCIIWhitespace { return nil }
        var at = position
        for keyByte in key.utf8 {
            if keyByte == UInt8(ascii: " ") {
                guard at < range.upperBound, bytes[at].isASCIIWhitespace else { return nil }
                while at < range.upperBound, bytes[at].isASCIIWhitespace { at += 1 }
            } else {
                guard at < range.upperBound, bytes[at] == keyByte else { return nil }
                at += 1
            }
        }
        return at
    }

    /// The first match of `key` in `range`: where it starts and where its value starts.
    func first(_ key: String, in range: Range<Int>) -> (start: Int, end: Int)? {
        guard let head = key.utf8.first else { return nil }
        let bytes = text.bytes
        var position = range.lowerBound
        while position < range.upperBound {
            if bytes[position] == head, let end = match(key, at: position, in: range) {
                return (position, end)
            }
            position += 1
        }
        return nil
    }

    /// Every match of `key` in `range`, in order.
    func all(_ key: String, in range: Range<Int>) -> [(start: Int, end: Int)] {
        var found: [(Int, Int)] = []
        var remaining = range
        while let hit = first(key, in: remaining) {
            found.append(hit)
            remaining = hit.end..<range.upperBound
        }
        return found
    }

    /// The first of several keys to match in `range`.
    func first(of keys: [String], in range: Range<Int>) -> (key: String, start: Int, end: Int)? {
        let bytes = text.bytes
        var position = range.lowerBound
        while position < range.upperBound {
            if position == range.lowerBound || bytes[position - 1].isASCIIWhitespace {
                for key in keys {
                    if let end = match(key, at: position, in: range) { return (key, position, end) }
                }
            }
            position += 1
        }
        return nil
    }

    /// The position of the first byte in `range` that is not whitespace.
    func skipWhitespace(from position: Int, in range: Range<Int>) -> Int {
        var at = max(position, range.lowerBound)
        while at < range.upperBound, text.bytes[at].isASCIIWhitespace { at += 1 }
        return at
    }

    /// The position just past the word (run of non-whitespace) starting at `position`.
    func wordEnd(from position: Int, in range: Range<Int>) -> Int {
        var at = position
        while at < range.upperBound, !text.bytes[at].isASCIIWhitespace { at += 1 }
        return at
    }
}
