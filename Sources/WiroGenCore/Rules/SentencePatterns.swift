/// The sentence shapes WiroGen turns into constraints.
enum SentencePatterns {
    static func constraints(in sentence: String, source: InputSpec, spec: ToolSpec) -> [Constraint] {
        let lowered = sentence.lowercased()
        let words = lowered.split(separator: " ").map(String.init)
        let resolver = ValueResolver(spec: spec, source: source)
        var rules: [Constraint.Rule] = []
        if let (a, b) = notSupported(words),
           let first = resolver.value(a),
           let second = resolver.value(b, preferring: first.input == source.name ? nil : source.name),
           first.input != second.input {
            rules.append(.forbids(first: first, second: second))
        }
        if let (a, b, c) = onlyWhen(words),
           let condition = resolver.value(a, preferring: source.name),
           let other = resolver.input(b),
           let requirement = resolver.value(c, of: other),
           condition.input != requirement.input {
            rules.append(.requires(condition: condition, requirement: requirement))
        }
        let scanner = SentenceScanner(lowered)
        if source.kind == .number, let (multiplier, offset) = scanner.arithmetic(), multiplier > 0 {
            rules.append(.arithmetic(input: source.name, multiplier: multiplier, offset: offset))
        }
        if [.number, .float, .range].contains(source.kind), let (minimum, maximum) = scanner.range() {
            rules.append(.range(input: source.name, minimum: minimum, maximum: maximum))
        }
        return rules.map { Constraint(rule: $0, sentence: sentence, source: source.name) }
    }

    /// Words that make a sentence worth reporting when it yields no constraint.
    static func looksLikeRule(_ sentence: String) -> Bool {
        let lowered = sentence.lowercased()
        let words = ["only", "support", "should", "must", "between", "range", "minimum", "maximum", "multiple",
                     "divisible", "allow", "require", "at least", "at most", "cannot", "can't", "not "]
        return words.contains(where: lowered.containsBytes)
    }

    private static let negations = ["does not", "doesn't", "do not", "don't", "is not", "isn't"]
    private static let refusals = Set(negations.flatMap { negation in
        ["support", "supported with", "allow", "work with"].map { "\(negation) \($0)" }
    })

    /// "A does not support B" (also: doesn't, is not supported with, does not allow, …).
    private static func notSupported(_ words: [String]) -> (String, String)? {
        guard words.count >= 4, refusals.contains(words[1..<(words.count - 1)].joined(separator: " ")) else { return nil }
        return (words[0], words[words.count - 1])
    }

    /// "A [is] only available when B is C" (also: allowed, supported, possible, works; if; =).
    private static func onlyWhen(_ words: [String]) -> (String, String, String)? {
        var index = 1
        if index < words.count, words[index] == "is" { index += 1 }
        guard words.count == index + 6, words[index] == "only",
              ["available", "allowed", "supported", "possible", "works"].contains(words[index + 1]),
              ["when", "if"].contains(words[index + 2]),
              ["is", "=", "==", "equals"].contains(words[index + 4])
        else { return nil }
        return (words[0], words[index + 3], words[index + 5])
    }
}

/// Reads numbers after fixed phrases ("between 0 and 6", "4n+1", "minimum: 1.5") from a
/// lowercased sentence, by hand: Swift's Regex is slow here and keeps each compiled pattern
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
        for phrase in ["multiple of ", "divisible by "] {
            for end in ends(of: phrase) { if let (multiplier, _) = integer(at: end) { return (multiplier, 0) } }
        }
        return nil
    }

    /// "between 0 and 6", "range: 0.0-2.0", "minimum: 1.5, maximum: 10": (minimum, maximum).
    func range() -> (Double?, Double?)? {
        for end in ends(of: "between ") {
            if let (low, after) = number(at: end), let and = expect(" and ", at: after), let (high, _) = number(at: and) {
                return (min(low, high), max(low, high))
            }
        }
        for end in ends(of: "range") {
            var at = end
            if at < bytes.count, bytes[at] == UInt8(ascii: ":") { at += 1 }
            guard let (low, after) = number(at: spaces(from: at)) else { continue }
            let separator = spaces(from: after)
            guard let next = expect("-", at: separator) ?? expect("–", at: separator) ?? expect("to", at: separator),
                  let (high, _) = number(at: spaces(from: next))
            else { continue }
            return (min(low, high), max(low, high))
        }
        let low = bound(after: ["minimum", "min", "at least"])
        let high = bound(after: ["maximum", "max", "at most"])
        return low == nil && high == nil ? nil : (low, high)
    }

    /// The number after the first of `phrases` followed by an optional ":" and a space.
    private func bound(after phrases: [String]) -> Double? {
        for phrase in phrases {
            for end in ends(of: phrase) {
                var at = end
                if at < bytes.count, bytes[at] == UInt8(ascii: ":") { at += 1 }
                guard at < bytes.count, bytes[at] == UInt8(ascii: " ") else { continue }
                if let (value, _) = number(at: at + 1) { return value }
            }
        }
        return nil
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
        if [UInt8(ascii: "n"), UInt8(ascii: "x"), UInt8(ascii: "*")].contains(bytes[index]) { return index + 1 }
        return expect("×", at: index)
    }

    private func spaces(from index: Int) -> Int {
        var at = index
        while at < bytes.count, bytes[at] == UInt8(ascii: " ") { at += 1 }
        return at
    }

    /// Digits at `index` that make a whole number.
    private func integer(at index: Int) -> (Int, Int)? {
        guard index < bytes.count, bytes[index].isDigit, case let (.integer(value), end)? = NumberLiteral.scan(bytes, at: index) else { return nil }
        return (value, end)
    }

    /// A number (in the one grammar, ``NumberLiteral``) starting at `index`.
    private func number(at index: Int) -> (Double, Int)? {
        NumberLiteral.scan(bytes, at: index).map { ($0.0.doubleValue, $0.end) }
    }
}

/// Resolves a sentence's words to the tool's inputs and option values.
struct ValueResolver {
    let spec: ToolSpec
    let source: InputSpec

    /// The input a word names: its wire name or its label, ignoring case.
    func input(_ word: String) -> InputSpec? {
        let key = word.lowercased()
        return spec.inputs.first { $0.name.lowercased() == key } ?? spec.inputs.first { $0.label.lowercased() == key }
    }

    /// The option a word names ("8s" names option "8" of a numeric select), preferring the
    /// input `preferred` when several inputs have it.
    func value(_ word: String, preferring preferred: String? = nil) -> InputValue? {
        let candidates = spec.inputs.compactMap { input in value(word, of: input) }
        return candidates.first { $0.input == preferred } ?? (candidates.count == 1 ? candidates.first : nil)
    }

    /// The option of `input` that a word names.
    func value(_ word: String, of input: InputSpec) -> InputValue? {
        let key = word.lowercased()
        var forms = [key]
        for unit in ["s", "sec", "secs", "seconds", "px", "fps"] where key.hasSuffix(unit) {
            let number = String(key.dropLast(unit.count))
            if NumberLiteral(number) != nil { forms.append(number) }
        }
        guard let option = input.options.first(where: { forms.contains($0.value.lowercased()) }) else { return nil }
        return InputValue(input: input.name, value: option.value)
    }
}
