@_spi(WiroGen) import WiroRuntime
import WiroGenText

/// Reads arithmetic ("4n+1", "multiple of 16") from a lowercased sentence, by hand: Swift's Regex is slow here and keeps each compiled pattern
/// in storage LeakSanitizer reports.
struct SentenceScanner {
    private let bytes: [UInt8]

    init(_ sentence: String) { bytes = Array(sentence.utf8) }

    /// "4n+1", "16x + 0", "multiple of 16", "divisible by 8": (multiplier, offset).
    func arithmetic() -> (Int, Int)? {
        var index = 0
        while index < bytes.count {
            if bytes[index].isDigit, index == 0 || !bytes[index - 1].isDigit, let (multiplier, end) = integer(at: index) {
                var at = spaces(from: end)
                if let sign = times(at: at) {
                    at = spaces(from: sign)
                    if at < bytes.count, bytes[at] == UInt8(ascii: "+"), let (offset, _) = integer(at: spaces(from: at + 1)) {
                        return (multiplier, offset)
                    }
                }
            }
            index += 1
        }
        for phrase in ["multiple of ", "multiples of ", "divisible by "] {
            for end in ends(of: phrase) {
                guard let (multiplier, after) = integer(at: end) else { continue }
                return (multiplier, offset(after: after, phrase: end - phrase.utf8.count))
            }
        }
        return nil
    }

    /// "a multiple of 4 plus 1", "a multiple of 4, + 1", "one more than a multiple of 4": 1.
    private func offset(after index: Int, phrase start: Int) -> Int {
        for joiner in [" plus ", " + ", ", plus ", " +"] {
            if let at = expect(joiner, at: index), let (offset, _) = integer(at: spaces(from: at)) { return offset }
        }
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        for (word, value) in [("one", 1), ("1", 1), ("two", 2), ("2", 2), ("three", 3), ("3", 3)] {
            if before.hasSuffix("\(word) more than a ") || before.hasSuffix("\(word) more than ") { return value }
        }
        return 0
    }

    /// Where each occurrence of `phrase` ends.
    private func ends(of phrase: String) -> [Int] {
        bytes.ends(of: Array(phrase.utf8))
    }

    private func expect(_ text: String, at index: Int) -> Int? {
        let pattern = Array(text.utf8)
        return bytes.hasBytes(pattern, at: index) ? index + pattern.count : nil
    }

    /// `n`, `x`, `*` or `×` at `index`: the end of it.
    private func times(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if [UInt8(ascii: "n"), UInt8(ascii: "k"), UInt8(ascii: "x"), UInt8(ascii: "*")].contains(bytes[index]) { return index + 1 }
        return expect("×", at: index)
    }

    private func spaces(from index: Int) -> Int {
        var at = index
        while at < bytes.count, bytes[at] == UInt8(ascii: " ") { at += 1 }
        return at
    }

    /// Digits at `index` that make a whole number.
    private func integer(at index: Int) -> (Int, Int)? {
        guard index < bytes.count, bytes[index].isDigit, case let (.integer(value), end)? = WiroNumberLiteral.scan(bytes, at: index) else { return nil }
        return (value, end)
    }

}
