import WiroGenText
import WiroGenModel

/// Reads the inputs section: `- name:` blocks of `label:`, `help:`, `type:`, `default:` and
/// `options:` with their `- value: "…"` / `label:` entries.
///
/// The keys come in this order in every Wiro document; searching for each after the one
/// before keeps a `default:` inside a help sentence from being read as a key.
enum InputsReader {
    static func read(_ whole: Range<Int>, context: inout ExtractionContext) -> [InputSpec] {
        let scanner = context.scanner
        let range = endingAtCode(whole, context: &context)
        let blocks = scanner.all("- name:", in: range)
        let lead = (blocks.first?.start ?? range.upperBound)
        if !context.text.value(range.lowerBound..<lead).isEmpty {
            context.report(.warning, .strayText, "text before the first '- name:' of the inputs section is ignored", at: scanner.skipWhitespace(from: range.lowerBound, in: range))
        }
        var inputs: [InputSpec] = []
        var firstByName: [String: SourceLocation] = [:]
        for (index, block) in blocks.enumerated() {
            let end = index + 1 < blocks.count ? blocks[index + 1].start : range.upperBound
            guard let input = readInput(block.start..<end, nameEnd: block.end, context: &context) else { continue }
            if let first = firstByName[input.name] {
                context.report(.error, .duplicateInput, "duplicate input '\(input.name)' (first declared at \(first))", at: input.location)
                continue
            }
            firstByName[input.name] = input.location
            inputs.append(input)
        }
        return inputs
    }

    /// The inputs section up to a code block after its last input: a code block there means the
    /// heading of the section after it was lost, and its text is no input's value. (A code block
    /// with inputs after it stands in a help text.)
    private static func endingAtCode(_ range: Range<Int>, context: inout ExtractionContext) -> Range<Int> {
        let lastInput = context.scanner.all("- name:", in: range).last?.end ?? range.lowerBound
        guard let code = (lastInput..<range.upperBound).first(where: { context.text.isCode[$0] }) else { return range }
        context.report(.warning, .strayText, "a code block in the inputs section ends it; is the '## ' heading before it missing?", at: code)
        return range.lowerBound..<code
    }

    private static let fieldKeys = ["label:", "help:", "type:", "default:", "options:"]
    private static let keyNames: Set<String> = ["name:", "value:", "label:", "help:", "type:", "default:", "options:"]

    private static func readInput(_ block: Range<Int>, nameEnd: Int, context: inout ExtractionContext) -> InputSpec? {
        let scanner = context.scanner
        let nameKey = nameEnd - "name:".count
        let firstOption = scanner.first("- value:", in: nameEnd..<block.upperBound)?.start ?? block.upperBound
        var found: [(key: String, start: Int, end: Int)] = [("name:", nameKey, nameEnd)]
        var cursor = nameEnd
        for key in fieldKeys {
            let fields = cursor..<firstOption
            let hit = key == "type:" ? typeKey(in: fields, scanner: scanner) : scanner.first(key, in: fields)
            if let hit {
                found.append((key, hit.start, hit.end))
                cursor = hit.end
            }
        }
        found += unknownKeys(after: found, before: block.upperBound, context: &context)
        found.sort { $0.start < $1.start }
        // A value ends at the next key; a field's value at the options at the latest, the
        // options at an unknown key after them or at the block's end.
        func value(_ key: String) -> Range<Int>? {
            guard let index = found.firstIndex(where: { $0.key == key }) else { return nil }
            let next = index + 1 < found.count ? found[index + 1].start : block.upperBound
            return found[index].end..<(key == "options:" ? next : min(next, firstOption))
        }
        let name = context.text.value(value("name:")!)
        guard !name.isEmpty, !name.hasSuffix(":") else {
            context.report(.error, .missingName, "an input has no name", at: nameKey)
            return nil
        }
        guard !name.contains(where: \.isWhitespace) else {
            context.report(.error, .malformedInput, "input name '\(name.prefix(60))' is not one word: a key of this input may be missing or out of order", at: nameKey)
            return nil
        }
        guard reportGluedKeys(found, firstOption: firstOption, name: name, context: &context) else { return nil }
        let blockEnd = context.text.bytes[block].lastIndex { !$0.isASCIIWhitespace }.map { $0 + 1 } ?? block.lowerBound
        for key in ["type:", "default:"] where value(key) == nil {
            context.report(.error, .missingField, "input '\(name)' has no '\(key)'; the document may be cut off here", at: blockEnd)
        }
        for key in ["label:", "help:"] where value(key) == nil {
            context.report(.warning, .missingField, "input '\(name)' has no '\(key)'", at: nameKey)
        }
        guard let typeRange = value("type:"), value("default:") != nil else { return nil }
        let type = context.text.value(typeRange)
        guard !type.isEmpty else {
            context.report(.error, .missingField, "input '\(name)' has an empty 'type:'", at: typeRange.lowerBound - "type:".count)
            return nil
        }
        guard !type.contains(where: \.isWhitespace) else {
            context.report(.error, .malformedInput, "input '\(name)' has type '\(type.prefix(60))', not one word: a key of this input may be missing or out of order",
                           at: typeRange.lowerBound - "type:".count)
            return nil
        }
        let kind = InputKind(typeString: type)
        if case .unknown = kind {
            context.report(.warning, .unknownType, "input '\(name)' has unknown type '\(type)'; it is read as text", at: scanner.skipWhitespace(from: typeRange.lowerBound, in: typeRange))
        }
        let defaultText = context.text.value(value("default:")!)
        let optionsRange = value("options:") ?? firstOption..<(found.first { $0.start >= firstOption }?.start ?? block.upperBound)
        let options = OptionsReader.read(optionsRange, input: name, context: &context)
        let input = InputSpec(
            name: name,
            label: value("label:").map { context.prose($0) } ?? name,
            help: value("help:").map { context.prose($0) } ?? "",
            type: type, kind: kind,
            default: defaultText.isEmpty ? nil : defaultText,
            options: options,
            location: context.location(nameKey))
        check(input, context: &context)
        return input
    }

    /// A key inside another key's value, as when a line or a `key:` of the document is lost or
    /// doubled: the text of one input glued into another. In a name, label, type or default
    /// any key counts, and is an error where it would change the binding (name, type, default),
    /// a warning where it would not (label); in help, whose sentences may say "default: 4.5",
    /// only `label:`, `help:`, `- name:` and a `type: <kind>` do, as a warning. Returns false
    /// when the input cannot be read.
    private static func reportGluedKeys(
        _ found: [(key: String, start: Int, end: Int)], firstOption: Int, name: String, context: inout ExtractionContext
    ) -> Bool {
        let scanner = context.scanner
        var readable = true
        for (index, field) in found.enumerated() where field.key != "options:" && field.key != "unknown" {
            let end = min(index + 1 < found.count ? found[index + 1].start : firstOption, firstOption)
            let keys = field.key == "help:" ? ["label:", "help:", "- name:"] : ["- name:", "label:", "help:", "type:", "default:", "options:"]
            var glued = scanner.first(of: keys, in: field.end..<end)
            if field.key == "help:", glued == nil, let type = typeKey(in: field.end..<end, scanner: scanner, strict: true) {
                glued = ("type:", type.start, type.end)
            }
            guard let glued else { continue }
            let changesBinding = ["name:", "type:", "default:"].contains(field.key)
            context.report(changesBinding ? .error : .warning, .malformedInput,
                           "input '\(name)' has '\(glued.key)' inside its '\(field.key)': a line or key of the document may be missing or doubled here",
                           at: glued.start)
            if changesBinding { readable = false }
        }
        return readable
    }

    /// Keys no Wiro input has (`required: true`, `maxFiles: 3`), on a line of their own at
    /// the indentation of the input's `type:` line: ignored with a warning, so their text is
    /// glued to no value. Only a line-broken document shows them; in a flattened one such a
    /// key reads as part of the value before it, which the checks of values catch.
    private static func unknownKeys(
        after found: [(key: String, start: Int, end: Int)], before end: Int, context: inout ExtractionContext
    ) -> [(key: String, start: Int, end: Int)] {
        let bytes = context.text.bytes
        guard let type = found.first(where: { $0.key == "type:" }), let indent = indentation(of: type.start, in: bytes) else { return [] }
        var unknown: [(key: String, start: Int, end: Int)] = []
        var position = found[0].end
        while let newline = bytes[position..<end].firstIndex(of: UInt8(ascii: "\n")) {
            let start = newline + 1 + indent
            position = newline + 1
            guard start < end, indentation(of: start, in: bytes) == indent else { continue }
            var at = start
            while at < end, bytes[at].isLetter || bytes[at] == UInt8(ascii: "_") { at += 1 }
            guard at > start, at < end, bytes[at] == UInt8(ascii: ":"), at + 1 == end || bytes[at + 1].isASCIIWhitespace else { continue }
            let key = context.text.string(start..<(at + 1))
            // A key of Wiro's out of its place is a glued key, reported as such.
            guard !Self.keyNames.contains(key) else { continue }
            context.report(.warning, .malformedInput, "'\(key)' is no key of a Wiro input; its line is ignored", at: start)
            unknown.append((key: "unknown", start: start, end: at + 1))
        }
        return unknown
    }

    /// The number of spaces before `position` back to the start of its line, if only spaces
    /// stand there.
    private static func indentation(of position: Int, in bytes: [UInt8]) -> Int? {
        var at = position
        while at > 0, bytes[at - 1] == UInt8(ascii: " ") { at -= 1 }
        return at == 0 || bytes[at - 1] == UInt8(ascii: "\n") ? position - at : nil
    }

    /// The `type:` key: the first one whose value is one word followed by `default:`,
    /// `options:` or the end, so that "type:" inside a help sentence is passed over.
    /// With `strict`, only such a key is returned, never a mere "type:" in prose.
    private static func typeKey(in range: Range<Int>, scanner: KeyScanner, strict: Bool = false) -> (start: Int, end: Int)? {
        let hits = scanner.all("type:", in: range)
        for hit in hits {
            let word = scanner.skipWhitespace(from: hit.end, in: range)
            let next = scanner.skipWhitespace(from: scanner.wordEnd(from: word, in: range), in: range)
            if next == range.upperBound || scanner.match("default:", at: next, in: range) != nil
                || scanner.match("options:", at: next, in: range) != nil {
                return hit
            }
        }
        return strict ? nil : hits.first
    }

    /// What the declaration itself gets wrong; its default is checked against its type by Resolve.
    private static func check(_ input: InputSpec, context: inout ExtractionContext) {
        if input.kind.takesOptions, input.options.isEmpty {
            if input.kind == .selectwithcover {
                context.report(.note, .selectWithoutOptions, "selectwithcover input '\(input.name)' lists no options; it is read as text", at: input.location)
            } else {
                context.report(.error, .selectWithoutOptions, "\(input.kind) input '\(input.name)' has no options", at: input.location)
            }
        }
    }
}

/// Reads the `- value: "…"` / `label: …` entries of one input's options.
enum OptionsReader {
    static func read(_ range: Range<Int>, input: String, context: inout ExtractionContext) -> [OptionSpec] {
        let scanner = context.scanner
        let entries = scanner.all("- value:", in: range)
        if !context.text.value(range.lowerBound..<(entries.first?.start ?? range.upperBound)).isEmpty {
            context.report(.warning, .strayText, "text in the options of '\(input)' that is not a '- value:' entry is ignored", at: scanner.skipWhitespace(from: range.lowerBound, in: range))
        }
        var options: [OptionSpec] = []
        var seen: [String: SourceLocation] = [:]
        for (index, entry) in entries.enumerated() {
            let end = index + 1 < entries.count ? entries[index + 1].start : range.upperBound
            let keyStart = entry.end - "value:".count
            guard let option = readOption(entry.end..<end, keyStart: keyStart, input: input, context: &context) else { continue }
            if let first = seen[option.value] {
                context.report(.warning, .duplicateOption, "option '\(option.value)' of '\(input)' is listed twice (first at \(first))", at: option.location)
            } else {
                seen[option.value] = option.location
            }
            options.append(option)
        }
        return options
    }

    private static func readOption(_ range: Range<Int>, keyStart: Int, input: String, context: inout ExtractionContext) -> OptionSpec? {
        let scanner = context.scanner
        let start = scanner.skipWhitespace(from: range.lowerBound, in: range)
        let location = context.location(keyStart)
        let value: String
        let labelSearch: Range<Int>
        if start < range.upperBound, context.text.bytes[start] == UInt8(ascii: "\"") {
            guard let close = closingQuote(after: start, in: range, scanner: scanner) else {
                context.report(.error, .malformedOption, "an option value of '\(input)' has no closing quote", at: start)
                return nil
            }
            value = context.text.string((start + 1)..<close).collapsingWhitespace(trimming: false)
            labelSearch = (close + 1)..<range.upperBound
        } else {
            let label = scanner.first("label:", in: range)?.start ?? range.upperBound
            value = context.text.value(start..<label)
            labelSearch = label..<range.upperBound
        }
        guard let label = scanner.first("label:", in: labelSearch) else {
            context.report(.warning, .missingField, "option '\(value)' of '\(input)' has no 'label:'", at: location)
            return OptionSpec(value: value, label: value, location: location)
        }
        if let second = scanner.first(of: ["label:", "- name:", "type:", "default:"], in: label.end..<range.upperBound) {
            context.report(.error, .malformedOption,
                           "option '\(value)' of '\(input)' has '\(second.key)' inside its label: a '- value:' line of the document may be missing here", at: second.start)
            return nil
        }
        return OptionSpec(value: value, label: context.prose(label.end..<range.upperBound), location: location)
    }

    /// The quote that ends a value: the first `"` followed by `label:` or by the entry's end.
    private static func closingQuote(after open: Int, in range: Range<Int>, scanner: KeyScanner) -> Int? {
        var position = open + 1
        while position < range.upperBound {
            if scanner.text.bytes[position] == UInt8(ascii: "\"") {
                let next = scanner.skipWhitespace(from: position + 1, in: range)
                if next == range.upperBound || scanner.match("label:", at: next, in: range) != nil { return position }
            }
            position += 1
        }
        return nil
    }
}
