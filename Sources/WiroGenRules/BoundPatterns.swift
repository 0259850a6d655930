@_spi(WiroGen) import WiroRuntime
import WiroGenText

/// Bounds a sentence states, in every notation Wiro's help texts use: "between 0 and 5",
/// "Range: 0.0-2.0", "(1-10s)", "[0, 1]", "from 1 to 4", "Limits: 0-5 images",
/// "Minimum: 1.5", "max. 13", "up to 8 images", "7 images allowed".
struct BoundPatterns {
    let words: SentenceWords

    /// One bound or pair of bounds, where the sentence states it.
    struct Bound: Equatable {
        var minimum: Double?
        var maximum: Double?
        /// The word the bound starts at (its phrase included).
        var at: Int
        /// Where the words after the number(s) start: what is counted ("images", "tokens").
        var end: Int
        /// A unit written on the number itself (`10s`, `10MB`), or "".
        var unit: String
    }

    private static let minimumPhrases = phrases(["minimum of", "minimum", "min", "at least", "no less than", "greater than or equal to"])
    private static let maximumPhrases = phrases([
        "maximum of", "maximum", "max", "at most", "up to", "no more than", "cannot exceed", "must not exceed", "not exceed",
        "less than or equal to", "smaller than or equal to", "smaller then or equal to",
    ])

    /// Phrases split into words once, longest first so "maximum of" wins over "maximum".
    private static func phrases(_ texts: [String]) -> [[String]] { texts.map(SentenceWords.parts) }

    /// Every bound the sentence states, in order.
    func bounds() -> [Bound] {
        var found: [Bound] = []
        var index = 0
        while index < words.count {
            if let (bound, end) = pair(at: index) ?? single(at: index) ?? allowed(at: index) {
                found.append(bound)
                index = max(end, index + 1)
            } else {
                index += 1
            }
        }
        return found
    }

    /// "between A and B", "range: A-B", "range A to B", "from A to B", "limits: A-B",
    /// "(A-B)", "[A, B]".
    private func pair(at index: Int) -> (Bound, Int)? {
        let word = words[index]
        if word == "between", let (low, _, after) = number(at: index + 1), words[after] == "and", let (high, unit, end) = number(at: after + 1) {
            return (bound(low, high, at: index, unit: unit, end: end), end)
        }
        if ["range", "ranges", "limits", "limit"].contains(word) || (word == "from" && index + 1 < words.count) {
            var at = index + 1
            if ["is", "of", "from"].contains(words[at]), word != "from" { at += 1 }
            if let (low, high, unit) = Self.dashed(words[at]) { return (bound(low, high, at: index, unit: unit, end: at + 1), at + 1) }
            if let (low, _, after) = number(at: at), ["to", "-", "–"].contains(words[after]), let (high, unit, end) = number(at: after + 1) {
                return (bound(low, high, at: index, unit: unit, end: end), end)
            }
            return nil
        }
        let raw = words.raw[index]
        if raw.hasPrefix("("), let (low, high, unit) = Self.dashed(word) { return (bound(low, high, at: index, unit: unit, end: index + 1), index + 1) }
        if raw.hasPrefix("["), let (low, _, after) = number(at: index), words.raw[after - 1].hasSuffix(","),
           let (high, unit, end) = number(at: after), words.raw[end - 1].hasSuffix("]") || words.raw[end - 1].hasSuffix("]."),
           low <= high {
            return (bound(low, high, at: index, unit: unit, end: end), end)
        }
        return nil
    }

    /// "minimum: A", "max. B", "up to B", "at least A".
    private func single(at index: Int) -> (Bound, Int)? {
        for (phrases, isMinimum) in [(Self.minimumPhrases, true), (Self.maximumPhrases, false)] {
            for phrase in phrases {
                guard words.has(phrase, at: index), let (value, unit, end) = number(at: index + phrase.count) else { continue }
                var bound = Bound(at: index, end: end, unit: unit)
                if isMinimum { bound.minimum = value } else { bound.maximum = value }
                return (bound, end)
            }
        }
        return nil
    }

    /// "7 images allowed", "4 allowed": a count that is the most allowed.
    private func allowed(at index: Int) -> (Bound, Int)? {
        guard let (value, unit, end) = number(at: index) else { return nil }
        if words[end] == "allowed" { return (Bound(maximum: value, at: index, end: end, unit: unit), end + 1) }
        if words[end + 1] == "allowed", WiroNumberLiteral(words[end]) == nil { return (Bound(maximum: value, at: index, end: end, unit: unit), end + 2) }
        return nil
    }

    private func bound(_ low: Double, _ high: Double, at index: Int, unit: String, end: Int) -> Bound {
        Bound(minimum: min(low, high), maximum: max(low, high), at: index, end: end, unit: unit)
    }

    /// A number at `index` with any unit written on it (`10s`) or after it (`10 seconds`):
    /// the value, the unit, and the word after.
    private func number(at index: Int) -> (Double, String, Int)? {
        let word = words[index]
        guard !word.isEmpty else { return nil }
        if let number = WiroNumberLiteral(word) {
            if Vocabulary.units.contains(words[index + 1]) { return (number.doubleValue, words[index + 1], index + 2) }
            return (number.doubleValue, "", index + 1)
        }
        let bytes = Array(word.utf8)
        guard let (number, end) = WiroNumberLiteral.scan(bytes, at: 0), end < bytes.count else { return nil }
        let unit = String(decoding: bytes[end...], as: UTF8.self)
        guard unit.allSatisfy(\.isLetter) || unit == "%" else { return nil }
        return (number.doubleValue, unit, index + 1)
    }

    /// `0.0-2.0`, `1-10s`, `0–5`: two numbers joined by a dash, and any unit after.
    static func dashed(_ word: String) -> (Double, Double, String)? {
        let bytes = Array(word.utf8)
        guard let (low, afterLow) = WiroNumberLiteral.scan(bytes, at: 0) else { return nil }
        var at = afterLow
        let dash = Array("–".utf8)
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 } else if bytes.hasBytes(dash, at: at) { at += dash.count } else { return nil }
        guard at < bytes.count, bytes[at].isDigit, let (high, end) = WiroNumberLiteral.scan(bytes, at: at) else { return nil }
        let unit = String(decoding: bytes[end...], as: UTF8.self)
        guard unit.allSatisfy(\.isLetter) else { return nil }
        return (low.doubleValue, high.doubleValue, unit)
    }
}
