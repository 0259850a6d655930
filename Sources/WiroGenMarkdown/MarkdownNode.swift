import WiroGenText

/// One node of a parsed markdown document, a plain Swift value.
///
/// Documents are stored flat, in pre-order, each node knowing where its subtree ends: no
/// recursion is needed to build, walk or free them, however deeply a hostile document nests.
package struct MarkdownNode: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case document, blockQuote, list(ordered: Bool), item, paragraph, heading(level: Int)
        case codeBlock(info: String), htmlBlock, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong
        case link(destination: String), image(source: String), custom
    }

    package var kind: Kind
    /// The text of leaf nodes: text, code, code blocks, HTML.
    package var literal: String
    /// Where cmark says the node starts; `nil` when it gives no position.
    package var start: SourceLocation?
    /// Where cmark says the node ends (inclusive); `nil` when it gives no position.
    package var end: SourceLocation?
    /// 0 for the document, 1 for its blocks, and so on.
    package var depth: Int
    /// The index one past the node's last descendant in ``MarkdownDocument/nodes``.
    package var subtreeEnd: Int
}

/// A parsed markdown document: every node in pre-order.
package struct MarkdownDocument: Sendable, Equatable {
    package var nodes: [MarkdownNode]

    /// The indices of the direct children of the node at `index`.
    package func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].subtreeEnd {
            result.append(child)
            child = nodes[child].subtreeEnd
        }
        return result
    }
}
