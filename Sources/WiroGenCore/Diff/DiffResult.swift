/// What comparing two versions of a set of documents found.
public struct DiffResult: Sendable {
    /// The old side's specs (its diagnostics are in ``diagnostics``).
    public var old: Pipeline.SpecSet
    /// The new side's specs (its diagnostics are in ``diagnostics``).
    public var new: Pipeline.SpecSet
    /// Every change, in the order of ``SpecDiff/compare(old:new:)``; empty when either side
    /// has an error, as a document that cannot be read cannot be compared.
    public var changes: [SpecChange]
    /// Every diagnostic of both sides, old side first, each side sorted.
    public var diagnostics: [Diagnostic]

    /// True when any document of either side has an error.
    public var hasErrors: Bool { old.hasErrors || new.hasErrors }

    /// The diagnostics of the documents that have errors, warnings and notes included: what
    /// explains why the sides could not be compared.
    public var diagnosticsOfFailedDocuments: [Diagnostic] {
        let failed = Set(diagnostics.filter { $0.severity == .error }.map(\.file))
        return diagnostics.filter { failed.contains($0.file) }
    }
}

extension Pipeline {
    /// The changes from the documents under `old` to those under `new` (files, or folders
    /// searched recursively for `*.md`), with every diagnostic of reading both sides.
    public static func diff(old: [String], new: [String]) throws(MissingPath) -> DiffResult {
        let before = try readSpecs(at: old), after = try readSpecs(at: new)
        let changes = before.hasErrors || after.hasErrors ? [] : SpecDiff.compare(old: before.specs, new: after.specs)
        return DiffResult(old: before, new: after, changes: changes, diagnostics: before.diagnostics + after.diagnostics)
    }
}
