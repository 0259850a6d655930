import Foundation

/// A tool as a user names it on the command line, `OWNER/TOOL`, by its clean slugs
/// (`wiro/virtual-try-on`) or its display names (`wiro/Virtual Try-On`).
public struct ToolReference: Hashable, Sendable, CustomStringConvertible {
    /// The owner as given.
    public var owner: String
    /// The tool as given.
    public var tool: String

    /// Why a name is not `OWNER/TOOL`.
    public struct Invalid: Error, CustomStringConvertible {
        /// The name as given.
        public var text: String
        /// What is wrong with it.
        public var description: String { "'\(text)' is not OWNER/TOOL (for example wiro/virtual-try-on)" }
    }

    /// Reads `OWNER/TOOL`: one slash, neither side empty.
    public init(parsing text: String) throws(Invalid) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              !Self.slug(parts[0]).isEmpty, !Self.slug(parts[1]).isEmpty else { throw Invalid(text: text) }
        owner = parts[0]
        tool = parts[1]
    }

    /// A reference from a tool id as the documents give it (`PixVerse/text-to-video-v4.5`).
    public init(owner: String, tool: String) {
        self.owner = owner
        self.tool = tool
    }

    /// `owner/tool` as given.
    public var description: String { "\(owner)/\(tool)" }

    /// The clean slugs Wiro's site uses: `wiro/virtual-try-on` for `wiro/Virtual Try-On`.
    public var slugs: (owner: String, tool: String) { (Self.slug(owner), Self.slug(tool)) }

    /// The places a document for this tool may be, in the order they are tried: a model's
    /// full document, a model's short one, then a tool's ("Tool name:" documents such as
    /// `wiro/rag-chat`).
    public func documentURLs(docsBase: URL) -> [URL] {
        let (owner, tool) = slugs
        return [
            docsBase.appendingPathComponent("models/\(owner)/\(tool)/llms-full.txt"),
            docsBase.appendingPathComponent("models/\(owner)/\(tool)/llms.txt"),
            docsBase.appendingPathComponent("tools/\(owner)/\(tool)/llms.txt"),
        ]
    }

    /// Lowercase letters, digits, dots and hyphens, every other run of characters one hyphen:
    /// `Virtual Try-On` → `virtual-try-on`, `Wan2.2-TI2V-5B` → `wan2.2-ti2v-5b`.
    static func slug(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "-" {
                if scalar == "-", slug.hasSuffix("-") { continue }
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
