import Foundation
import WiroGenModel
import WiroGenText
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

    /// The sentence's clauses: its text cut at `;`, at parentheses, at a dash between spaces and
    /// before `but`, `while`, `whereas`, `although`, `though` and `and` after a comma, each read
    /// on its own (a hedge holds for its clause only). One clause: the sentence itself.
    /// With `atCommas`, every comma ends a clause too, except the one that closes an opening
    /// "if …" / "when …" (the condition stays with what it conditions).
    func clauses(atCommas: Bool = false) -> [SentenceWords] {
        var pieces = Self.cut(text, at: Self.clauseEnds)
        if atCommas { pieces = pieces.flatMap(Self.commaClauses) }
        let clauses = pieces.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,.(")) }.filter { !$0.isEmpty }
        return clauses.count > 1 ? clauses.map(SentenceWords.init) : [self]
    }

    /// What ends a clause, longest first (so ", but " is cut whole, not at " but ").
    private static let clauseEnds = ["; ", ";", " (", ")", " - ", " – ", " — ", ", but ", " but ", ", while ", ", whereas ",
                                     ", although ", ", though ", ", and "].map { Array($0.utf8) }.sorted { $0.count > $1.count }

    /// `text` cut at each of `separators`, by bytes (Foundation's `components` was most of the
    /// time clauses took).
    private static func cut(_ text: String, at separators: [[UInt8]]) -> [String] {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if let separator = separators.first(where: { bytes.hasBytes($0, at: index) }) {
                pieces.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        pieces.append(String(decoding: bytes[start...], as: UTF8.self))
        return pieces
    }

    /// A condition glues to the clause after it unless it holds a hedge of its own ("if web
    /// search is on it will fall back to low, web search cannot be used with minimal").
    private static func commaClauses(_ text: String) -> [String] {
        var clauses: [String] = []
        for piece in cut(text, at: [Array(", ".utf8)]) {
            if let last = clauses.last, last.hasPrefix("if ") || last.hasPrefix("when "), !last.contains(", "),
               Hedges.hedge(SentenceWords(last)) == nil {
                clauses[clauses.count - 1] += ", " + piece
            } else {
                clauses.append(piece)
            }
        }
        return clauses
    }

    /// The sentence's text with its conditions left out: an opening "if …," / "when …," clause
    /// up to its comma, and a later "if …" / "when …" up to the next comma or the end. What is
    /// left is what the sentence demands ("If N is divisible by 4, the length should be N+1"
    /// demands no multiple of 4).
    var textOutsideConditions: String {
        guard text.containsBytes("if ") || text.containsBytes("when ") else { return text }
        var kept = ""
        var rest = Substring(text)
        while let start = Self.conditionStart(in: rest) {
            kept += rest[..<start]
            let clause = rest[start...]
            guard let comma = clause.range(of: ", ") else { return kept }
            rest = clause[comma.upperBound...]
        }
        return kept + rest
    }

    private static func conditionStart(in text: Substring) -> Substring.Index? {
        for word in ["if ", "when "] {
            if text.hasPrefix(word) { return text.startIndex }
        }
        return [" if ", " when ", ",if ", "(if ", "(when "].compactMap { text.range(of: $0)?.lowerBound }.min()
    }

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
        // A part of a name or label names its input only when no other input has it among its names.
        let names = spec.inputs.map(InputWords.init)
        let parts = names.map { Self.labelParts(of: $0) + Self.contentWords(of: $0) }
        let named = names.map(Self.forms)
        var owners: [[String]: Int] = [:]
        for forms in zip(named, parts).map({ Set($0 + $1) }) { for form in forms { owners[form, default: 0] += 1 } }
        inputForms = spec.inputs.indices.map { index in
            (spec.inputs[index], named[index] + parts[index].filter { owners[$0] == 1 && !named[index].contains($0) })
        }
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

    /// An input's wire name, lowercased and cut into its words, and its label's words: made
    /// once per input, every form of its name is made from them.
    private struct InputWords {
        var name: String
        var parts: [String]
        var label: [String]

        init(_ input: InputSpec) {
            name = input.name.lowercased()
            let camel = Vocabulary.splitCamel(input.name)
            parts = camel.isEmpty ? name.split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init) : camel
            label = Vocabulary.words(input.label)
        }
    }

    /// An input's names as word lists: its wire name in every spelling a help text uses
    /// (`motionMode` as `motionmode`, `motion mode`, `motion_mode`, `motion-mode`; `num_frames`
    /// as `num frames` and `numframes`) and its label.
    private static func forms(of input: InputWords) -> [[String]] {
        var forms = [[input.name], input.parts, input.label]
        if input.parts.count > 1 {
            forms += [[input.parts.joined()], [input.parts.joined(separator: "_")], [input.parts.joined(separator: "-")]]
        }
        var unique: [[String]] = []
        for form in forms where !form.isEmpty && form != ["input"] && !unique.contains(form) { unique.append(form) }
        return unique
    }

    /// Runs of two or more of a label's words, short of the whole label (`inference steps` of
    /// "Number of Inference Steps"), that are not common words only.
    private static func labelParts(of input: InputWords) -> [[String]] {
        let label = input.label
        guard label.count > 2 else { return [] }
        var parts: [[String]] = []
        for length in 2..<label.count {
            for start in 0...(label.count - length) {
                let part = Array(label[start..<(start + length)])
                if !part.allSatisfy(commonWords.contains) { parts.append(part) }
            }
        }
        return parts
    }

    /// The head word of an input's name and of its label, the last that says what it holds
    /// (`video` of `inputVideoUrl`, `images` of "Reference Images"), never one that says how it
    /// is sent (`input`, `url`) or that every tool speaks of (`model`, `prompt`). Only the head:
    /// "reference" in "reference video" modifies another input's name.
    private static func contentWords(of input: InputWords) -> [[String]] {
        let heads = [input.parts, input.label].compactMap { $0.last { $0.count > 2 && !plainWords.contains($0) && Double($0) == nil } }
        return heads.count == 2 && heads[0] == heads[1] ? [[heads[0]]] : heads.map { [$0] }
    }

    /// Words of inputs' names that name no input on their own.
    private static let plainWords: Set<String> = Set([
        "no", "yes", "on", "off", "true", "false", "none", "default", "auto", "a", "an", "the", "is", "it", "in", "to", "of",
        "and", "or", "for", "with", "all", "only", "base", "normal", "standard", "low", "high", "medium", "text", "start", "end",
        "top", "bottom", "left", "right", "time", "level", "rate", "format", "quality", "length",
        "input", "url", "urls", "file", "files", "multiple", "number", "type", "mode", "value", "values", "list", "enable",
        "enabled", "use", "max", "min", "private", "selected", "model", "prompt", "output", "outputs", "num", "set", "custom",
        "size", "scale", "strength", "weight", "guidance", "steps", "seed", "count", "total", "per", "new", "first", "last",
        "second", "one", "two", "string", "data", "json", "name", "id", "main", "extra", "additional", "optional", "generate",
    ])

    private static func forms(of option: OptionSpec) -> [[String]] {
        [[option.value.lowercased()], words(option.label)].filter { !$0.isEmpty }
    }

    private static func words(_ text: String) -> [String] {
        SentenceWords(text).words
    }

    /// `multiShot` → `multi shot`; `inputImage2` → `input image 2`. By scalar: wire names are
    /// ASCII, and Character's case tests were a tenth of reading the rules.
    private static func splitCamel(_ name: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var lastIsDigit = true
        for scalar in name.unicodeScalars {
            let isUpper = scalar.properties.isUppercase
            let isDigit = ("0"..."9").contains(scalar)
            if (isUpper || (isDigit && !lastIsDigit)) && !current.isEmpty {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            }
            if isUpper { current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) } else { current.append(scalar) }
            lastIsDigit = isDigit
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts.count > 1 ? parts : []
    }
}
