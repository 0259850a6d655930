import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Debian's `cmark` command does with a document (parse, render HTML, free), in-process:
/// the floor the benchmark compares a generate with. Kept here so that nothing but this
/// target touches cmark.
package enum CmarkBaseline {
    /// Parses `bytes` with cmark and renders them as HTML, freeing everything.
    package static func renderHTML(_ bytes: UnsafeRawBufferPointer) {
        guard let document = cmark_parse_document(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count, CMARK_OPT_DEFAULT) else { return }
        free(cmark_render_html(document, CMARK_OPT_DEFAULT))
        cmark_node_free(document)
    }
}
