import WiroGenText
import WiroGenResolve

/// The tool names a whole set of documents gives, as the generated index writes them, one
/// entry a line: `PixVerse.TextToVideoV4_5.self, // "PixVerse/text-to-video-v4.5"`.
///
/// The build plugin makes one file per document, each command seeing one document; the names
/// of its types still depend on the whole set (two documents may spell one type). So the
/// command that sees every document writes the index, and each per-document command reads its
/// tool's name back from it: one namer, and the same code as `wiro-gen generate`.
package enum ToolIndex {
    /// The index line of one tool.
    package static func entry(id: String, name: ToolName) -> String {
        "\(name.qualified).self, // \(SwiftLiteral.string(id))"
    }

    /// The names an index file gives, by tool id; lines that are not entries are passed over.
    package static func names(in contents: String) -> [String: ToolName] {
        var names: [String: ToolName] = [:]
        let marker = Array(".self, // ".utf8)
        for line in contents.split(separator: "\n") {
            let bytes = Array(line.utf8)
            guard let at = bytes.firstIndex(of: marker, in: 0..<bytes.count),
                  let id = SwiftLiteral.parseString(String(decoding: bytes[(at + marker.count)...], as: UTF8.self))
            else { continue }
            let qualified = String(decoding: bytes[..<at], as: UTF8.self).trimmingWhitespace().split(separator: ".")
            guard qualified.count == 2 else { continue }
            // The owner's own spelling is the namespaces file's business, not a tool file's.
            names[id] = ToolName(owner: "", namespace: String(qualified[0]), typeName: String(qualified[1]))
        }
        return names
    }
}
