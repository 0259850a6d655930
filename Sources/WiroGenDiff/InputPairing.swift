import WiroGenModel
import WiroGenResolve
import WiroGenText

/// The inputs of two versions of a tool matched up: by wire name, then the inputs left on
/// both sides that look like one input under a new name (the same label, or the same kind and
/// help). A rename is one breaking change, not a removal and an unrelated addition.
struct InputPairing {
    /// Inputs present in both versions, in new document order.
    var pairs: [(old: ResolvedInput, new: ResolvedInput)] = []
    /// Old inputs with no counterpart, in old document order.
    var removed: [ResolvedInput] = []
    /// New inputs with no counterpart, in new document order.
    var added: [ResolvedInput] = []
    /// Old wire name → new wire name, for the renamed pairs.
    var renames: [String: String] = [:]

    init(old: [ResolvedInput], new: [ResolvedInput]) {
        let newNames = Set(new.map(\.spec.name)), oldNames = Set(old.map(\.spec.name))
        var removed = old.filter { !newNames.contains($0.spec.name) }
        var added = new.filter { !oldNames.contains($0.spec.name) }
        // Label first: it is what people see, and the likeliest to survive a rename.
        for looksAlike in [Self.sameLabel, Self.sameKindAndHelp] {
            for candidate in removed {
                guard let match = added.firstIndex(where: { looksAlike(candidate.spec, $0.spec) }) else { continue }
                renames[candidate.spec.name] = added[match].spec.name
                added.remove(at: match)
            }
            removed.removeAll { renames[$0.spec.name] != nil }
        }
        let byOldName = Dictionary(old.map { ($0.spec.name, $0) }, uniquingKeysWith: { first, _ in first })
        let oldName = Dictionary(renames.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        pairs = new.compactMap { input in byOldName[oldName[input.spec.name] ?? input.spec.name].map { ($0, input) } }
        (self.removed, self.added) = (removed, added)
    }

    /// The name an old input goes by in the new version.
    func newName(of oldName: String) -> String { renames[oldName] ?? oldName }

    /// Wire names the document's Run example may differ on because of a change reported on
    /// its own: inputs added, removed or renamed, and inputs whose default or wire kind changed.
    var explainedKeys: Set<String> {
        var keys = Set(removed.map(\.spec.name) + added.map(\.spec.name))
        for (old, new) in pairs where old.spec.name != new.spec.name || old.spec.default != new.spec.default || old.wireKind != new.wireKind {
            keys.formUnion([old.spec.name, new.spec.name])
        }
        return keys
    }

    private static func sameLabel(_ a: InputSpec, _ b: InputSpec) -> Bool {
        let label = a.label.collapsingWhitespace()
        return !label.isEmpty && label == b.label.collapsingWhitespace()
    }

    /// Empty help says nothing about identity: many inputs of one kind have none.
    private static func sameKindAndHelp(_ a: InputSpec, _ b: InputSpec) -> Bool {
        let help = a.help.collapsingWhitespace()
        return a.kind == b.kind && !help.isEmpty && help == b.help.collapsingWhitespace()
    }
}
