import WiroGenCore
import WiroGenText

/// What comparing two versions of a set of documents found.
public struct DiffResult: Sendable {
    /// The old side, read (its diagnostics are in ``diagnostics``).
    public var old: GeneratorOutput
    /// The new side, read (its diagnostics are in ``diagnostics``).
    public var new: GeneratorOutput
    /// Every change, in the order of ``SpecDiff/compare(old:new:)``; empty when either side
    /// has an error, as a document that cannot be read cannot be compared.
    public var changes: [SpecChange]
    /// Every diagnostic of both sides, old side first, each side sorted.
    public var diagnostics: [Diagnostic] { old.diagnostics + new.diagnostics }

    /// The changes between two sides read by ``Generator/run(_:for:)`` (goal ``GeneratorGoal/specs``).
    public init(old: GeneratorOutput, new: GeneratorOutput) {
        self.old = old
        self.new = new
        changes = old.hasErrors || new.hasErrors ? [] : SpecDiff.compare(old: old.specs, new: new.specs)
    }

    /// True when any document of either side has an error.
    public var hasErrors: Bool { old.hasErrors || new.hasErrors }

    /// The diagnostics of the documents that have errors, warnings and notes included: what
    /// explains why the sides could not be compared.
    public var diagnosticsOfFailedDocuments: [Diagnostic] {
        let failed = Set(diagnostics.filter { $0.severity == .error }.map(\.file))
        return diagnostics.filter { failed.contains($0.file) }
    }
}
