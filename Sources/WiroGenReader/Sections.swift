import WiroGenText

/// The sections of a tool document that WiroGen reads.
enum SectionKind: Equatable, Sendable {
    case basicInfo, inputs, examples, runCommand, statusInfo, completedStatuses, runningStatuses, other
}

/// One `## Title` section: its kind and the range of its body in the ``LogicalText``.
struct Section: Equatable, Sendable {
    var kind: SectionKind
    /// Where the `#` marker stands.
    var start: Int
    /// The body: from the end of the title to the next section.
    var body: Range<Int>
}

/// Splits a ``LogicalText`` into sections at `#` markers that start a word outside code.
///
/// In a flattened document the title runs into the body ("## Basic tool info Tool name: …"),
/// so titles are recognised from the list of Wiro's own; a section with another title only
/// ends the one before it.
enum SectionSplitter {
    private static let titles: [(title: String, kind: SectionKind)] = [
        ("Basic tool info", .basicInfo),
        ("Tool Inputs:", .inputs), ("Model Inputs:", .inputs),
        ("Tool Parameter Inspires:", .examples), ("Model Parameter Inspires:", .examples),
        ("Run Command - Make HTTP Post Request", .runCommand),
        ("Task Status Information", .statusInfo),
        ("Completed Task Statuses (Polling can stop)", .completedStatuses),
        ("Running Task Statuses (Continue polling)", .runningStatuses),
    ]

    static func sections(of text: LogicalText) -> [Section] {
        let scanner = KeyScanner(text: text)
        let whole = 0..<text.count
        var markers: [(start: Int, titleStart: Int)] = []
        var position = 0
        let bytes = text.bytes
        while position < text.count {
            if bytes[position] == UInt8(ascii: "#"), !text.isCode[position],
               position == 0 || bytes[position - 1].isASCIIWhitespace {
                var end = position
                while end < text.count, bytes[end] == UInt8(ascii: "#") { end += 1 }
                if end - position <= 6, end < text.count, bytes[end] == UInt8(ascii: " ") {
                    markers.append((position, scanner.skipWhitespace(from: end, in: whole)))
                }
                position = end
            } else {
                position += 1
            }
        }
        return markers.indices.map { index in
            let marker = markers[index]
            let next = index + 1 < markers.count ? markers[index + 1].start : text.count
            let range = marker.titleStart..<next
            for known in titles {
                if let end = matchTitle(known.title, at: marker.titleStart, in: range, text: text) {
                    return Section(kind: known.kind, start: marker.start, body: end..<next)
                }
            }
            return Section(kind: .other, start: marker.start, body: range)
        }
    }

    /// The end of `title` if the text at `position` starts with it, ignoring ASCII case and
    /// treating any whitespace run as one space, and the title ends a word.
    private static func matchTitle(_ title: String, at position: Int, in range: Range<Int>, text: LogicalText) -> Int? {
        let scanner = KeyScanner(text: text)
        var at = position
        for byte in title.lowercased().utf8 {
            if byte == UInt8(ascii: " ") {
                guard at < range.upperBound, text.bytes[at].isASCIIWhitespace else { return nil }
                at = scanner.skipWhitespace(from: at, in: range)
            } else {
                guard at < range.upperBound, text.bytes[at].asciiLowercased == byte else { return nil }
                at += 1
            }
        }
        guard at == range.upperBound || text.bytes[at].isASCIIWhitespace || title.hasSuffix(":") else { return nil }
        return at
    }
}
