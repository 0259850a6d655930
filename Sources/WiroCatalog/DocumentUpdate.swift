import Foundation
import WiroGenCore
import WiroGenModel
import WiroGenDiff

/// What a fresh download means for Specs/: where it goes, what it replaces, and how the tool
/// changed for the code that uses its bindings.
public struct DocumentUpdate: Sendable {
    /// The tool's id, as the new document gives it.
    public var toolID: String
    /// The URL that served the new document.
    public var source: URL
    /// The file it goes to: the tool's current document, or a new file.
    public var path: String
    /// The new document's bytes.
    public var bytes: Data
    /// The current document's bytes; nil for a tool new to Specs/.
    public var previous: Data?
    /// The changes from the current spec to the new one (empty for a new tool).
    public var changes: [SpecChange]

    /// True for a tool Specs/ did not have.
    public var isNew: Bool { previous == nil }
    /// True when the download is byte for byte the current document.
    public var isUnchanged: Bool { previous == bytes }

    /// One update per distinct tool fetched (the first of two names for one tool wins),
    /// compared with the documents `specs` holds now.
    public static func plan(_ fetched: [FetchedDocument], into specs: SpecsFolder, existing: [ToolSpec]) -> [DocumentUpdate] {
        var seen = Set<String>()
        return fetched.compactMap { download in
            let spec = download.document.spec
            guard seen.insert(spec.id.lowercased()).inserted else { return nil }
            let old = existing.first { $0.id.lowercased() == spec.id.lowercased() }
            return DocumentUpdate(
                toolID: spec.id, source: download.url, path: old?.source ?? specs.newDocumentPath(for: spec),
                bytes: download.document.bytes, previous: old.flatMap { FileManager.default.contents(atPath: $0.source) },
                changes: old.map { SpecDiff.compare(old: [$0], new: [spec]) } ?? [])
        }
    }
}
