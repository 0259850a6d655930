import WiroGenModel
@_spi(WiroGen) import WiroRuntime

/// A sentence as lowercased words with the punctuation around them stripped (`(max.` →
/// `max`, `"fast",` → `fast`), inner punctuation kept (`16:9`, `v3.5`, `1-10s`), so phrases
/// and the tool's names match word by word.
struct SentenceWords {
    /// The sentence, lowercased.
    let text: String
    let words: [String]
    /// The words as written (lowercased), punctuation kept: `(1-10s)`.
    let raw: [String]

    init(_ sentence: String) {
        text = sentence.lowercased()
        raw = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        words = raw.map { word in
            var word = Substring(word)
            while let first = word.first, Self.outer.contains(first) { word = word.dropFirst() }
            while let last = word.last, Self.outer.contains(last) || last == "." { word = word.dropLast() }
            return String(word)
        }
    }

    private static let outer: Set<Character> = ["(", ")", "[", "]", "{", "}", "\"", "'", "“", "”", "‘", "’", ",", ":", "!", "?", "`", "*"]

    var count: Int { words.count }

    subscript(index: Int) -> String { index < words.count && index >= 0 ? words[index] : "" }

    /// Where `phrase` (words separated by spaces) starts, from `start` on.
    func index(of phrase: String, from start: Int = 0) -> Int? {
        index(of: Self.parts(phrase), from: start)
    }

    /// Where the words `parts` start, from `start` on.
    func index(of parts: [String], from start: Int = 0) -> Int? {
        guard !parts.isEmpty, start <= words.count - parts.count else { return nil }
        return (start...(words.count - parts.count)).first { has(parts, at: $0) }
    }

    /// Whether the words `parts` stand at `index`.
    func has(_ parts: [String], at index: Int) -> Bool {
        index >= 0 && index + parts.count <= words.count && parts.indices.allSatisfy { words[index + $0] == parts[$0] }
    }

    /// A phrase's words, split once.
    static func parts(_ phrase: String) -> [String] {
        phrase.split(separator: " ").map(String.init)
    }

    /// True when the words hold `phrase`.
    func has(_ phrase: String) -> Bool { index(of: phrase) != nil }

    /// True when the words hold any of `phrases`.
    func hasAny(_ phrases: [String]) -> Bool { phrases.contains(where: has) }

    /// The words from `start` up to (not including) `end`.
    func slice(_ start: Int, _ end: Int) -> ArraySlice<String> {
        words[max(0, min(start, words.count))..<max(0, min(end, words.count))]
    }
}

/// The tool's inputs and option values as words, so a sentence can name them: an input by its
/// wire name (`motionMode`, also `motion mode`) or its label (`Motion Mode`), a value by its
/// option value or label, with or without a unit (`8s`, `8 seconds`, `1080p`).
struct Vocabulary {
    let spec: ToolSpec
    /// Each input's names and each option's names as word lists, made once per tool.
    private let inputForms: [(input: InputSpec, forms: [[String]])]
    private let optionForms: [String: [(option: OptionSpec, forms: [[String]])]]

    init(spec: ToolSpec) {
        self.spec = spec
        inputForms = spec.inputs.map { ($0, Self.forms(of: $0)) }
        var options: [String: [(option: OptionSpec, forms: [[String]])]] = [:]
        for input in spec.inputs where options[input.name] == nil {
            options[input.name] = input.options.filter { !$0.value.isEmpty }.map { ($0, Self.forms(of: $0)) }
        }
        optionForms = options
    }

    /// An input named at `index`, and how many words name it (the longest match).
    func input(at index: Int, in words: SentenceWords) -> (input: InputSpec, length: Int)? {
        var best: (InputSpec, Int)?
        for (input, forms) in inputForms {
            for form in forms where form.count > (best?.1 ?? 0) && words.has(form, at: index) {
                best = (input, form.count)
            }
        }
        return best
    }

    /// The inputs a run of words names, each once, in order.
    func inputs(in words: SentenceWords, _ range: Range<Int>) -> [(input: InputSpec, at: Int)] {
        var found: [(InputSpec, Int)] = []
        var at = range.lowerBound
        while at < range.upperBound {
            if let (input, length) = input(at: at, in: words) {
                if !found.contains(where: { $0.0.name == input.name }) { found.append((input, at)) }
                at += length
            } else {
                at += 1
            }
        }
        return found
    }

    /// The option values named at `index` (of any input), each with the words it takes.
    func values(at index: Int, in words: SentenceWords) -> [(value: InputValue, length: Int)] {
        var found: [(InputValue, Int)] = []
        for input in spec.inputs where !input.options.isEmpty {
            if let (option, length) = value(of: input, at: index, in: words) {
                found.append((InputValue(input: input.name, value: option.value), length))
            }
        }
        return found
    }

    /// The option of `input` named at `index`, and how many words name it.
    func value(of input: InputSpec, at index: Int, in words: SentenceWords) -> (option: OptionSpec, length: Int)? {
        let word = words[index]
        guard !word.isEmpty else { return nil }
        var best: (OptionSpec, Int)?
        let stripped = Self.strippingUnit(word)
        for (option, forms) in optionForms[input.name] ?? [] {
            for form in forms where form.count > (best?.1 ?? 0) && words.has(form, at: index) {
                best = (option, form.count)
            }
            if best == nil, let number = stripped, number == option.value.lowercased() {
                best = (option, 1)
            }
        }
        guard let (option, length) = best else { return nil }
        // "8 seconds": a unit word after a number belongs to it.
        let unit = Self.units.contains(words[index + length]) && WiroNumberLiteral(option.value) != nil ? 1 : 0
        return (option, length + unit)
    }

    /// Words that are options of some inputs and plain English elsewhere: only an input named
    /// beside them makes them a value.
    static let commonWords: Set<String> = [
        "no", "yes", "on", "off", "true", "false", "none", "default", "auto", "a", "an", "the", "is", "it",
        "in", "to", "of", "and", "or", "for", "with", "image", "video", "audio", "text", "all", "only", "base",
        "normal", "standard", "custom", "low", "high", "medium", "1", "0",
    ]

    static let units: Set<String> = ["s", "sec", "secs", "second", "seconds", "p", "x", "px", "fps", "frames", "frame"]
    private static let unitsLongestFirst = units.sorted { ($0.count, $0) > ($1.count, $1) }

    /// `8s` → `8`, `1080p` stays (it is also a value as written), `24fps` → `24`.
    static func strippingUnit(_ word: String) -> String? {
        guard word.first?.isNumber ?? false else { return nil }
        for unit in unitsLongestFirst where word.hasSuffix(unit) {
            let number = String(word.dropLast(unit.count))
            if WiroNumberLiteral(number) != nil { return number }
        }
        if word.hasSuffix("-second"), WiroNumberLiteral(String(word.dropLast(7))) != nil { return String(word.dropLast(7)) }
        return nil
    }

    /// An input's names as word lists: `motionmode`, `motion mode`, the label's words.
    private static func forms(of input: InputSpec) -> [[String]] {
        let name = input.name.lowercased()
        var forms = [[name], splitCamel(input.name), words(input.label)]
        if name.contains("_") { forms.append(name.split(separator: "_").map(String.init)) }
        return forms.filter { !$0.isEmpty && $0 != ["input"] }
    }

    private static func forms(of option: OptionSpec) -> [[String]] {
        [[option.value.lowercased()], words(option.label)].filter { !$0.isEmpty }
    }

    private static func words(_ text: String) -> [String] {
        SentenceWords(text).words
    }

    /// `multiShot` → `multi shot`; `inputImage2` → `input image 2`.
    private static func splitCamel(_ name: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in name {
            if (character.isUppercase || (character.isNumber && !(current.last?.isNumber ?? true))) && !current.isEmpty {
                parts.append(current)
                current = ""
            }
            current.append(Character(character.lowercased()))
        }
        if !current.isEmpty { parts.append(current) }
        return parts.count > 1 ? parts : []
    }
}
