import WiroGenText
import WiroGenMarkdown

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
/// cmark gives the structure: blocks, list items, code blocks and code spans. The text of
/// paragraphs and headings is copied from the source as written, because Wiro writes values
/// raw, not as markdown: in `832*480`, `\(x)` or `R&amp;D` nothing is markup, and cmark would
/// read emphasis, escapes and entities into them.
struct LogicalTextBuilder {
    private let source: SourceText
    private let document: MarkdownDocument
    private var text = LogicalText()
    private var cursor = 0

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
            if enter(index) {
                closing.append(nodes[index].subtreeEnd)
                index += 1
            } else {
                index = max(nodes[index].subtreeEnd, index + 1)
            }
        }
        return text
    }

    /// Copies what a node contributes; true when its children should be walked.
    private mutating func enter(_ index: Int) -> Bool {
        let node = document.nodes[index]
        switch node.kind {
        case .paragraph, .heading:
            text.appendBreak()
            copyLeafBlock(index)
            text.appendBreak()
            return false
        case .item:
            text.appendBreak()
            let start = moveCursor(to: node.start)
            let marker = listMarker(at: start)
            text.append(marker + [UInt8(ascii: " ")], source: start)
            cursor = start + marker.count
            return true
        case .codeBlock, .htmlBlock:
            text.appendBreak()
            let code = node.kind != .htmlBlock
            for line in node.literal.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                copy(Array(line), code: code)
                text.append([UInt8(ascii: "\n")], source: nil, code: code)
            }
            return false
        case .thematicBreak:
            text.appendBreak()
            return false
        default:
            return true
        }
    }

    /// Copies a paragraph or heading as written, a `#` marker before a heading, and the
    /// content of code spans opened by three or more backticks (collapsed code blocks) as code.
    private mutating func copyLeafBlock(_ index: Int) {
        let node = document.nodes[index]
        guard let start = node.start.flatMap(source.offset(of:)), let last = node.end.flatMap(source.offset(of:)) else { return }
        let end = min(max(last + 1, start), source.bytes.count)
        cursor = max(cursor, start)
        if case .heading(let level) = node.kind {
            text.append(Array(repeating: UInt8(ascii: "#"), count: level) + [UInt8(ascii: " ")], source: start)
            while cursor < end, source.bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
            while cursor < end, source.bytes[cursor].isASCIIWhitespace { cursor += 1 }
        }
        for child in (index + 1)..<node.subtreeEnd where document.nodes[child].kind == .code {
            copyCodeSpan(document.nodes[child].literal, blockEnd: end)
        }
        copyRaw(to: end)
    }

    private mutating func copyCodeSpan(_ literal: String, blockEnd: Int) {
        let bytes = Array(literal.utf8)
        guard let found = find(bytes, before: blockEnd) else { return }
        var open = found
        while open > cursor, source.bytes[open - 1] == UInt8(ascii: " ") { open -= 1 }
        var ticks = 0
        while open > cursor, source.bytes[open - 1] == UInt8(ascii: "`") { open -= 1; ticks += 1 }
        guard ticks >= 3 else { return }
        copyRaw(to: open)
        text.append(bytes, source: found, code: true)
        cursor = found + bytes.count
        var closing = 0
        while cursor < blockEnd, closing < ticks, source.bytes[cursor] == UInt8(ascii: " ") || source.bytes[cursor] == UInt8(ascii: "`") {
            if source.bytes[cursor] == UInt8(ascii: "`") { closing += 1 }
            cursor += 1
        }
    }

    /// Copies the source from the cursor to `end`, as written.
    private mutating func copyRaw(to end: Int) {
        guard end > cursor else { return }
        text.append(source.bytes[cursor..<end], source: cursor)
        cursor = end
    }

    /// Copies literal bytes, anchored where they appear in the source.
    private mutating func copy(_ literal: [UInt8], code: Bool) {
        guard !literal.isEmpty else { return }
        let found = find(literal, before: source.bytes.count)
        text.append(literal, source: found ?? cursor, code: code)
        if let found { cursor = found + literal.count }
    }

    /// Where `literal` next appears in the source, at most a line's width past the cursor.
    private func find(_ literal: [UInt8], before limit: Int) -> Int? {
        let end = min(limit, cursor + 256 + literal.count)
        return !literal.isEmpty && end > cursor ? source.bytes.firstIndex(of: literal, in: cursor..<end) : nil
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
