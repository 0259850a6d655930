import WiroGenText

/// What every reader of a document shares: its source, its logical text, and the pipeline's
/// diagnostic collector, which the context carries while the document is read.
struct ExtractionContext {
    let source: SourceText
    let text: LogicalText
    var diagnostics: DiagnosticCollector

    /// A scanner for keys outside code.
    var scanner: KeyScanner { KeyScanner(text: text) }

    /// The source location of a logical offset.
    func location(_ offset: Int) -> SourceLocation {
        source.location(ofOffset: text.sourceOffset(at: offset))
    }

    /// Records a diagnostic at a logical offset.
    mutating func report(_ severity: Diagnostic.Severity, _ id: DiagnosticID, _ message: String, at offset: Int) {
        report(severity, id, message, at: location(offset))
    }

    /// Records a diagnostic at a source location.
    mutating func report(_ severity: Diagnostic.Severity, _ id: DiagnosticID, _ message: String, at location: SourceLocation) {
        diagnostics.report(severity, id, message, file: source.path, at: location)
    }

    /// Human text (labels, help, descriptions): whitespace collapsed, mojibake repaired with a note.
    mutating func prose(_ range: Range<Int>) -> String {
        let raw = text.value(range)
        let repaired = raw.repairingMojibake()
        if repaired != raw {
            report(.note, .repairedEncoding, "repaired mis-decoded text: \(Self.changedWords(raw, repaired))", at: range.lowerBound)
        }
        return repaired
    }

    /// The words a repair changed, as `'â€”' reads '—'` (at most three; the rest counted), so a
    /// note quotes what changed, not the paragraph around it.
    static func changedWords(_ raw: String, _ repaired: String) -> String {
        let before = raw.split(separator: " "), after = repaired.split(separator: " ")
        guard before.count == after.count else { return "'\(raw.prefix(60))…' reads '\(repaired.prefix(60))…'" }
        let changed = zip(before, after).filter { $0 != $1 }.map { "'\($0)' reads '\($1)'" }
        let unique = changed.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return unique.prefix(3).joined(separator: ", ") + (unique.count > 3 ? " and \(unique.count - 3) more" : "")
    }
}

/// One `- key: value` entry of a markdown list.
struct ListEntry {
    var key: String
    /// Where the `-` stands.
    var start: Int
    /// Where the key stands.
    var keyStart: Int
    var value: Range<Int>
}

extension KeyScanner {
    /// The `- key: value` entries of a list in `range`: a key is a run of letters, digits and
    /// `_`, followed by `:` (after optional spaces when `spaceBeforeColon`); a value runs to
    /// the next entry.
    func listEntries(in range: Range<Int>, spaceBeforeColon: Bool = false) -> [ListEntry] {
        var entries: [ListEntry] = []
        for marker in all("- ", in: range) {
            var at = marker.end
            while at < range.upperBound, text.bytes[at].isIdentifierByte { at += 1 }
            guard at > marker.end else { continue }
            let key = text.string(marker.end..<at)
            if spaceBeforeColon { while at < range.upperBound, text.bytes[at] == UInt8(ascii: " ") { at += 1 } }
            guard at < range.upperBound, text.bytes[at] == UInt8(ascii: ":"),
                  at + 1 == range.upperBound || text.bytes[at + 1].isASCIIWhitespace
            else { continue }
            if let last = entries.indices.last { entries[last].value = entries[last].value.lowerBound..<marker.start }
            entries.append(ListEntry(key: key, start: marker.start, keyStart: marker.end, value: (at + 1)..<range.upperBound))
        }
        return entries
    }
}
