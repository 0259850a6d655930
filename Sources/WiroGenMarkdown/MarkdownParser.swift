import CCmark
import WiroGenText

/// Parses markdown with cmark and converts the C tree at once into ``MarkdownDocument``.
///
/// This is the only file that touches cmark: every pointer lives inside `parse`, and the
/// tree and iterator are freed before it returns.
package enum MarkdownParser {
    package static func parse(_ bytes: [UInt8]) -> MarkdownDocument {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let root = cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT) else {
                    return MarkdownDocument(nodes: [])
                }
                defer { cmark_node_free(root) }
                return convert(root)
            }
        }
    }

    private static func convert(_ root: OpaquePointer) -> MarkdownDocument {
        guard let iterator = cmark_iter_new(root) else { return MarkdownDocument(nodes: []) }
        defer { cmark_iter_free(iterator) }
        var nodes: [MarkdownNode] = []
        var open: [Int] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_EXIT {
                if let index = open.popLast() { nodes[index].subtreeEnd = nodes.count }
                continue
            }
            let index = nodes.count
            nodes.append(node(pointer, depth: open.count))
            if isLeaf(cmark_node_get_type(pointer)) {
                nodes[index].subtreeEnd = index + 1
            } else {
                open.append(index)
            }
        }
        return MarkdownDocument(nodes: nodes)
    }

    private static func node(_ pointer: OpaquePointer, depth: Int) -> MarkdownNode {
        MarkdownNode(
            kind: kind(of: pointer),
            literal: string(cmark_node_get_literal(pointer)),
            start: location(cmark_node_get_start_line(pointer), cmark_node_get_start_column(pointer)),
            end: location(cmark_node_get_end_line(pointer), cmark_node_get_end_column(pointer)),
            depth: depth,
            subtreeEnd: 0
        )
    }

    private static func kind(of pointer: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list(ordered: cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST)
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading(level: Int(cmark_node_get_heading_level(pointer)))
        case CMARK_NODE_CODE_BLOCK: .codeBlock(info: string(cmark_node_get_fence_info(pointer)))
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link(destination: string(cmark_node_get_url(pointer)))
        case CMARK_NODE_IMAGE: .image(source: string(cmark_node_get_url(pointer)))
        default: .custom
        }
    }

    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE,
             CMARK_NODE_HTML_INLINE, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
            true
        default:
            false
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func location(_ line: Int32, _ column: Int32) -> SourceLocation? {
        line > 0 && column > 0 ? SourceLocation(line: Int(line), column: Int(column)) : nil
    }
}
