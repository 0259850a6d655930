/// A document's text in reading order, with its block structure spelled out the way a
/// flattened document spells it (`## ` before a heading, `- ` before a list item), and a map
/// from every byte back to the source.
///
/// Wiro serves the same document line-broken and with every newline collapsed; cmark sees a
/// heading, lists and code blocks in the first and one long heading in the second. Reading
/// both through this one shape is what makes them give the same spec.
struct LogicalText: Sendable {
    private(set) var bytes: [UInt8] = []
    /// True for the bytes of code blocks and code spans, where no key or heading is looked for.
    private(set) var isCode: [Bool] = []
    /// Pairs of (logical offset, source offset), ascending: where runs of copied text begin.
    private var anchors: [(logical: Int, source: Int)] = []

    var count: Int { bytes.count }

    /// The source byte offset of the logical byte at `offset`.
    func sourceOffset(at offset: Int) -> Int {
        var low = 0, high = anchors.count - 1
        guard high >= 0 else { return 0 }
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].logical <= offset { low = middle } else { high = middle - 1 }
        }
        let anchor = anchors[low]
        return anchor.source + max(0, offset - anchor.logical)
    }

    /// The raw text of a range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[clamped(range)], as: UTF8.self)
    }

    /// The text of a range with whitespace runs collapsed and the ends trimmed.
    func value(_ range: Range<Int>) -> String {
        string(range).collapsingWhitespace()
    }

    func clamped(_ range: Range<Int>) -> Range<Int> {
        range.clamped(to: 0..<bytes.count)
    }

    mutating func append(_ text: some Collection<UInt8>, source: Int?, code: Bool = false) {
        if let source { anchors.append((bytes.count, source)) }
        bytes.append(contentsOf: text)
        isCode.append(contentsOf: repeatElement(code, count: text.count))
    }

    mutating func appendBreak() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { append([UInt8(ascii: "\n")], source: nil) }
    }
}

/// Builds a ``LogicalText`` from a parsed document.
///
/// cmark's positions for inline nodes drift after hard line breaks, so every copied run is
/// located by searching for its bytes from the previous one instead: exact wherever the text
/// appears verbatim, near enough where escapes or entities changed it.
struct LogicalTextBuilder {
    private let source: SourceText
    private let document: MarkdownDocument
    private var text = LogicalText()
    private var cursor = 0
    private var unmatched = 0

    init(source: SourceText, document: MarkdownDocument) {
        self.source = source
        self.document = document
    }

    consuming func build() -> LogicalText {
        var closing: [Int] = []
        var index = 1
        let nodes = document.nodes
        while index < nodes.count {
            while let end = closing.last, end <= index {
                closing.removeLast()
                text.appendBreak()
            }
            let node = nodes[index]
            if enter(node) {
                closing.append(node.subtreeEnd)
                index += 1
            } else {
                index = max(node.subtreeEnd, index + 1)
            }
        }
        return text
    }

    /// Copies what a node contributes; true when its children should be walked.
    private mutating func enter(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .document, .list, .blockQuote, .custom:
            return true
        case .paragraph:
            text.appendBreak()
            return true
        case .heading(let level):
            text.appendBreak()
            let start = moveCursor(to: node.start)
            text.append(Array(repeating: UInt8(ascii: "#"), count: level) + [UInt8(ascii: " ")], source: start)
            return true
        case .item:
            text.appendBreak()
            let start = moveCursor(to: node.start)
            let marker = listMarker(at: start)
            text.append(marker + [UInt8(ascii: " ")], source: start)
            cursor = start + marker.count
            return true
        case .codeBlock, .htmlBlock:
            text.appendBreak()
            for line in node.literal.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                copy(Array(line), code: node.kind != .htmlBlock)
                text.append([UInt8(ascii: "\n")], source: nil, code: node.kind != .htmlBlock)
            }
            return false
        case .thematicBreak, .softBreak, .lineBreak:
            text.append([UInt8(ascii: "\n")], source: nil)
            return false
        case .text, .htmlInline:
            copy(Array(node.literal.utf8), code: false)
            return false
        case .code:
            copyCodeSpan(node)
            return false
        case .emphasis, .strong, .link, .image:
            return !copyRaw(node)
        }
    }

    /// Copies literal bytes, anchored where they appear in the source.
    private mutating func copy(_ literal: [UInt8], code: Bool) {
        guard !literal.isEmpty else { return }
        if let found = find(literal) {
            text.append(literal, source: found, code: code)
            cursor = found + literal.count
            unmatched = 0
        } else {
            text.append(literal, source: cursor, code: code)
            unmatched += literal.count
        }
    }

    /// A code span opened by three or more backticks is a collapsed code block; a shorter one
    /// is prose and keeps its backticks.
    private mutating func copyCodeSpan(_ node: MarkdownNode) {
        let literal = Array(node.literal.utf8)
        guard let found = find(literal) else { return copy(literal, code: true) }
        var ticks = 0, probe = found - 1
        while probe >= cursor, source.bytes[probe] == UInt8(ascii: " ") || source.bytes[probe] == UInt8(ascii: "`") {
            if source.bytes[probe] == UInt8(ascii: "`") { ticks += 1 }
            probe -= 1
        }
        if ticks >= 3 {
            copy(literal, code: true)
        } else {
            let fence = [UInt8](repeating: UInt8(ascii: "`"), count: max(ticks, 1))
            text.append(fence, source: nil)
            copy(literal, code: false)
            text.append(fence, source: nil)
            cursor += fence.count
        }
    }

    /// Copies an inline container (emphasis, link, …) as its raw source, delimiters included:
    /// in Wiro's documents `*` and `[` are data (`832*480`), not markup.
    private mutating func copyRaw(_ node: MarkdownNode) -> Bool {
        guard let start = node.start.flatMap(source.offset(of:)),
              let end = node.end.flatMap(source.offset(of:)),
              start >= cursor, end >= start, end < source.bytes.count,
              let first = source.bytes[start...end].first, "*_[!<".utf8.contains(first)
        else { return false }
        let raw = source.bytes[start...end]
        text.append(raw.map { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") ? UInt8(ascii: " ") : $0 }, source: start)
        cursor = end + 1
        return true
    }

    /// Where `literal` next appears in the source, searching a window past the cursor.
    private func find(_ literal: [UInt8]) -> Int? {
        let bytes = source.bytes
        let last = min(bytes.count - literal.count, cursor + unmatched + 256)
        guard let head = literal.first, last >= cursor else { return nil }
        var position = cursor
        while position <= last {
            if bytes[position] == head, bytes[position..<position + literal.count].elementsEqual(literal) {
                return position
            }
            position += 1
        }
        return nil
    }

    private mutating func moveCursor(to location: SourceLocation?) -> Int {
        if let offset = location.flatMap(source.offset(of:)), offset >= cursor {
            cursor = offset
        }
        return cursor
    }

    /// The bullet or number of a list item, as written (`-`, `*`, `3.`).
    private func listMarker(at offset: Int) -> [UInt8] {
        let bytes = source.bytes
        var end = offset
        while end < bytes.count, end - offset < 10, !bytes[end].isASCIIWhitespace { end += 1 }
        return end > offset ? Array(bytes[offset..<end]) : [UInt8(ascii: "-")]
    }
}
