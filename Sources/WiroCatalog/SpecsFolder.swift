import Foundation
import WiroGenCore
import WiroGenText
import WiroGenModel
import WiroGenFiles

/// The folder of tool documents (`Specs/`): which tools it holds, where a tool's document
/// goes, and writing downloads into it.
public struct SpecsFolder: Sendable {
    /// The folder.
    public var path: String

    /// The folder at `path` (which need not exist yet).
    public init(path: String) {
        self.path = path
    }

    /// The documents read and what the reader said; nothing when the folder does not exist yet.
    public func read() -> (specs: [ToolSpec], diagnostics: [Diagnostic]) {
        guard let input = try? SourceFiles.input(documents: [path], configuration: nil) else { return ([], []) }
        let read = Generator.run(input, for: .specs)
        return (read.specs, read.diagnostics)
    }

    /// The ids of the tools whose documents are here.
    public func toolIDs() -> [String] { read().specs.map(\.id) }

    /// The file a new document for `spec` goes to: `<folder>/<owner>/<tool>.md`, by the slugs
    /// of its Run endpoint (a tool Specs/ has keeps its current file).
    public func newDocumentPath(for spec: ToolSpec) -> String {
        let (owner, tool) = ToolReference(spec: spec).slugs
        return "\(path)/\(owner)/\(tool).md"
    }

    /// Writes each document through a temporary file and a rename, so a file is either its
    /// old or its new self, never half of either.
    public static func write(_ documents: [(path: String, bytes: Data)]) throws {
        for document in documents {
            try OutputFolder.write(document.bytes, to: URL(fileURLWithPath: document.path))
        }
    }
}

extension ToolReference {
    /// The tool a document describes, by its Run endpoint (`…/v1/Run/wiro/virtual-try-on`),
    /// whose path holds the slugs the site uses; by its id when the endpoint has no such path.
    public init(spec: ToolSpec) {
        let parts = spec.endpoint.split(separator: "/").map(String.init)
        if let run = parts.lastIndex(of: "Run"), parts.count == run + 3 {
            self.init(owner: parts[run + 1], tool: parts[run + 2])
            return
        }
        self.init(id: spec.id)
    }

    /// The tool of a document id, `Owner/tool` (an id without an owner names both parts).
    public init(id: String) {
        let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
        self.init(owner: parts.first ?? id, tool: parts.count > 1 ? parts[1] : parts.first ?? id)
    }

    /// A tool id with both parts as clean slugs, for matching ids spelt differently:
    /// `PixVerse/Text-to-Video v4` and `pixverse/text-to-video-v4` are one tool.
    public static func slugged(_ id: String) -> String {
        guard let reference = try? ToolReference(parsing: id) else { return id.lowercased() }
        let (owner, tool) = reference.slugs
        return "\(owner)/\(tool)"
    }
}
