import WiroGenText
import WiroGenModel

/// Reads the inputs section: `- name:` blocks of `label:`, `help:`, `type:`, `default:` and
/// `options:` with their `- value: "…"` / `label:` entries.
///
/// The keys come in this order in every Wiro document; searching for each after the one
/// before keeps a `default:` inside a help sentence from being read as a key.
enum InputsReader {
    static func read(_ range: Range<Int>, context: inout ExtractionContext) -> [InputSpec] {
        let scanner = context.scanner
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

    private static let fieldKeys = ["label:", "help:", "type:", "default:", "options:"]

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
        func value(_ key: String) -> Range<Int>? {
            guard let index = found.firstIndex(where: { $0.key == key }) else { return nil }
            let end = index + 1 < found.count ? found[index + 1].start : firstOption
            return found[index].end..<(key == "options:" ? block.upperBound : end)
        }
        let name = context.text.value(value("name:")!)
        guard !name.isEmpty, !name.hasSuffix(":") else {
            context.report(.error, .missingName, "an input has no name", at: nameKey)
            return nil
        }
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
        let kind = InputKind(typeString: type)
        if case .unknown = kind {
            context.report(.warning, .unknownType, "input '\(name)' has unknown type '\(type)'; it is read as text", at: scanner.skipWhitespace(from: typeRange.lowerBound, in: typeRange))
        }
        let defaultText = context.text.value(value("default:")!)
        let optionsRange = value("options:") ?? firstOption..<block.upperBound
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

    /// The `type:` key: the first one whose value is one word followed by `default:`,
    /// `options:` or the end, so that "type:" inside a help sentence is passed over.
    private static func typeKey(in range: Range<Int>, scanner: KeyScanner) -> (start: Int, end: Int)? {
        let hits = scanner.all("type:", in: range)
        for hit in hits {
            let word = scanner.skipWhitespace(from: hit.end, in: range)
            let next = scanner.skipWhitespace(from: scanner.wordEnd(from: word, in: range), in: range)
            if next == range.upperBound || scanner.match("default:", at: next, in: range) != nil
                || scanner.match("options:", at: next, in: range) != nil {
                return hit
            }
        }
        return hits.first
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
