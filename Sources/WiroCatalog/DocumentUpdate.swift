import Foundation
import WiroGenText
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
    /// Where the tool's structured definition goes: beside the document, of its stem.
    public var definitionPath: String
    /// The new definition's bytes; nil when none was downloaded (the current one, if any, stays).
    public var definition: Data?
    /// The current definition's bytes, if Specs/ has one.
    public var previousDefinition: Data?
    /// The changes from the current spec to the new one (empty for a new tool).
    public var changes: [SpecChange]

    /// True for a tool Specs/ did not have.
    public var isNew: Bool { previous == nil }
    /// True when the downloads are byte for byte the current files.
    public var isUnchanged: Bool { previous == bytes && (definition == nil || definition == previousDefinition) }

    /// The files to write: the document, and the definition when one was downloaded.
    public var files: [(path: String, bytes: Data)] {
        [(path, bytes)] + (definition.map { [(definitionPath, $0)] } ?? [])
    }

    /// One update per distinct tool fetched (the first of two names for one tool wins),
    /// compared with the documents `specs` holds now; `definitions` are the tools' downloaded
    /// definitions, by reference (none when they were not downloaded).
    public static func plan(
        _ fetched: [FetchedDocument], definitions: [ToolReference: FetchedDefinition] = [:], into specs: SpecsFolder, existing: [ToolSpec]
    ) -> [DocumentUpdate] {
        var seen = Set<String>()
        return fetched.compactMap { download in
            guard seen.insert(download.document.spec.id.lowercased()).inserted else { return nil }
            let old = existing.first { $0.id.lowercased() == download.document.spec.id.lowercased() }
                ?? download.document.spec.slug.flatMap { slug in existing.first { $0.answers(to: slug) } }
            let path = old.map { InputFile.stem(of: $0.source) + ".md" } ?? specs.newDocumentPath(for: download.document.spec)
            let definitionPath = InputFile.stem(of: path) + InputFile.definitionSuffix
            let previousDefinition = FileManager.default.contents(atPath: definitionPath)
            let definition = definitions[download.reference]?.bytes
            let new = merged(download, definition: definition ?? previousDefinition, key: path)
            return DocumentUpdate(
                toolID: download.document.spec.id, source: download.url, path: path, bytes: download.document.bytes,
                previous: FileManager.default.contents(atPath: path), definitionPath: definitionPath, definition: definition,
                previousDefinition: previousDefinition, changes: old.map { SpecDiff.compare(old: [$0], new: [new]) } ?? [])
        }
    }

    /// The downloaded document read with the definition that will stand beside it (the new one,
    /// else the current one), as `generate` will read the pair.
    private static func merged(_ download: FetchedDocument, definition: Data?, key: String) -> ToolSpec {
        guard let definition else { return download.document.spec }
        let files = [
            InputFile(path: download.url.absoluteString, contents: [UInt8](download.document.bytes), isDefinition: false, toolKey: key),
            InputFile(path: download.url.absoluteString + " (definition)", contents: [UInt8](definition), isDefinition: true, toolKey: key),
        ]
        return Generator.run(GeneratorInput(documents: files), for: .specs).specs.first ?? download.document.spec
    }
}
