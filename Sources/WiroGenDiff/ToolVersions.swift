import WiroGenText
import WiroGenModel
import WiroGenResolve
import WiroGenCore

/// The old and new versions of one tool, each resolved as `generate` would resolve it alone
/// (default settings, no configuration), and the makers of the changes found between them.
/// Comparing resolved tools, not raw specs, is what lets the diff speak of what the bindings
/// do: Swift types, presence, enforced rules.
struct ToolVersions {
    let old: ResolvedTool
    let new: ResolvedTool

    /// Resolves both specs. Their diagnostics are dropped: reading them reported what matters
    /// about the documents, and a diff is about how they differ.
    init(old: ToolSpec, new: ToolSpec) {
        self.old = Generator.resolvedAlone(old)
        self.new = Generator.resolvedAlone(new)
    }

    /// The id changes are reported under: the new spelling.
    var tool: String { new.spec.id }

    /// A change to or addition of something the new document holds, at `new`, with where it
    /// stood (or the thing it belongs to stood) in the old document.
    func changed(_ impact: SpecChange.Impact, _ summary: String, old: SourceLocation?, new: SourceLocation?) -> SpecChange {
        SpecChange(tool: tool, impact: impact, summary: summary, old: place(old, in: self.old), new: place(new, in: self.new), side: .new)
    }

    /// A removal of something the old document holds, at `old`, with where the thing it
    /// belonged to stands in the new document, if anywhere.
    func removed(_ impact: SpecChange.Impact, _ summary: String, old: SourceLocation, new: SourceLocation?) -> SpecChange {
        SpecChange(tool: tool, impact: impact, summary: summary, old: place(old, in: self.old), new: place(new, in: self.new), side: .old)
    }

    /// A change to the tool as a whole (its id, endpoint, categories): the documents' starts,
    /// as neither records a finer place for these.
    func toolChanged(_ impact: SpecChange.Impact, _ summary: String) -> SpecChange {
        changed(impact, summary, old: .start, new: .start)
    }

    private func place(_ location: SourceLocation?, in version: ResolvedTool) -> FileLocation? {
        location.map { FileLocation(file: version.spec.source, location: $0) }
    }
}

extension ResolvedInput {
    /// Whether a caller must pass the input: `init` gives it no default.
    var isRequired: Bool { initDefault == .required }
}
