import WiroGenText

/// Accumulates Swift source line by line; owns indentation, so emitters never count spaces.
package struct CodeWriter {
    private(set) var text = ""
    private var level = 0

    /// Appends one line at the current indentation (an empty line stays empty).
    package mutating func line(_ content: String = "") {
        if !content.isEmpty { text += String(repeating: "    ", count: level) + content }
        text += "\n"
    }

    /// Appends `///` lines for a documentation text, one per paragraph.
    package mutating func doc(_ paragraphs: String...) {
        let kept = paragraphs.map(SwiftLiteral.docText).filter { !$0.isEmpty }
        for (index, paragraph) in kept.enumerated() {
            if index > 0 { line("///") }
            line("/// \(paragraph)")
        }
    }

    /// The body one level deeper.
    package mutating func indented(_ body: (inout CodeWriter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    /// `header {`, the body one level deeper, then `}`.
    package mutating func block(_ header: String, _ body: (inout CodeWriter) -> Void) {
        line(header + " {")
        level += 1
        body(&self)
        level -= 1
        line("}")
    }
}
