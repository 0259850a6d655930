import WiroGenResolve
import WiroGenModel

/// The changes to a tool's inputs: added, removed, renamed, reordered, and each kept input's
/// type, default, presence, wire kind, options and words.
struct InputDiff {
    let versions: ToolVersions
    let pairing: InputPairing

    var changes: [SpecChange] {
        pairing.removed.map(removal) + pairing.added.map(addition) + renames + order
            + pairing.pairs.flatMap { changes(from: $0.old, to: $0.new) }
    }

    private func removal(_ input: ResolvedInput) -> SpecChange {
        versions.removed(.breaking, "input '\(input.spec.name)' removed", old: input.spec.location, new: nil)
    }

    /// A new input breaks callers only when they must pass it.
    private func addition(_ input: ResolvedInput) -> SpecChange {
        let (impact, words): (SpecChange.Impact, String) = input.isRequired ? (.breaking, "new required input") : (.additive, "new input")
        return versions.changed(impact, "\(words) '\(input.spec.name)'", old: nil, new: input.spec.location)
    }

    private var renames: [SpecChange] {
        pairing.pairs.filter { $0.old.spec.name != $0.new.spec.name }.map { old, new in
            versions.changed(.breaking, "input '\(old.spec.name)' renamed to '\(new.spec.name)'", old: old.spec.location, new: new.spec.location)
        }
    }

    /// `init` takes its arguments in document order, so moving a kept input breaks calls.
    private var order: [SpecChange] {
        let newOrder = pairing.pairs.map(\.old.spec.name)
        let oldOrder = versions.old.inputs.map(\.spec.name).filter(Set(newOrder).contains)
        guard let index = newOrder.indices.first(where: { oldOrder[$0] != newOrder[$0] }) else { return [] }
        let (moved, passed) = (pairing.pairs[index], pairing.newName(of: oldOrder[index]))
        return [versions.changed(.breaking, "inputs reordered: '\(moved.new.spec.name)' now comes before '\(passed)'",
                                 old: moved.old.spec.location, new: moved.new.spec.location)]
    }

    /// A kept input's changes, each at the input in both versions, then its options'.
    private func changes(from old: ResolvedInput, to new: ResolvedInput) -> [SpecChange] {
        let found = [typeChange(old, new), defaultChange(old, new), presenceChange(old, new), wireChange(old, new)].compactMap { $0 }
            + wordChanges(old, new)
        return found.map { versions.changed($0.impact, $0.words, old: old.spec.location, new: new.spec.location) }
            + OptionDiff(versions: versions, old: old, new: new).changes
    }

    private typealias Finding = (impact: SpecChange.Impact, words: String)

    /// The document's kind first (the Swift type follows from it); else the Swift type, which
    /// a default or a presence sentence can change too (`Int` to `Double`, `String?` to
    /// `String`); else only the spelling of the type.
    private func typeChange(_ old: ResolvedInput, _ new: ResolvedInput) -> Finding? {
        let name = new.spec.name
        if old.spec.kind != new.spec.kind { return (.breaking, "type of '\(name)' changed from \(old.spec.kind) to \(new.spec.kind)") }
        if old.typeShape != new.typeShape { return (.breaking, "Swift type of '\(name)' changed from \(old.swiftType) to \(new.swiftType)") }
        if old.spec.type != new.spec.type { return (.textOnly, "type of '\(name)' now written '\(new.spec.type)'") }
        return nil
    }

    /// A default is the value callers get without asking, so changing it is breaking; but the
    /// default of an input callers must pass anyway (a prompt's sample) is only a sample.
    private func defaultChange(_ old: ResolvedInput, _ new: ResolvedInput) -> Finding? {
        guard old.spec.default != new.spec.default else { return nil }
        if old.isRequired, new.isRequired { return (.textOnly, "sample default of '\(new.spec.name)' changed") }
        return (.breaking, "default of '\(new.spec.name)' changed from \(Self.quoted(old.spec.default)) to \(Self.quoted(new.spec.default))")
    }

    private func presenceChange(_ old: ResolvedInput, _ new: ResolvedInput) -> Finding? {
        guard old.isRequired != new.isRequired else { return nil }
        return new.isRequired ? (.breaking, "input '\(new.spec.name)' became required") : (.additive, "input '\(new.spec.name)' is no longer required")
    }

    /// The same value sent as another JSON kind: what is sent changes without the caller's
    /// code changing, as with a changed default.
    private func wireChange(_ old: ResolvedInput, _ new: ResolvedInput) -> Finding? {
        guard old.wireKind != new.wireKind else { return nil }
        return (.breaking, "wire kind of '\(new.spec.name)' changed from \(old.wireKind) to \(new.wireKind)")
    }

    private func wordChanges(_ old: ResolvedInput, _ new: ResolvedInput) -> [Finding] {
        [(old.spec.label != new.spec.label, "label"), (old.spec.help != new.spec.help, "help")]
            .filter(\.0).map { (.textOnly, "\($0.1) of '\(new.spec.name)' reworded") }
    }

    private static func quoted(_ text: String?) -> String { "\"\(text ?? "")\"" }
}

extension ResolvedInput {
    /// The Swift type with enums unnamed: an enum renamed with its input is reported as the
    /// rename, not again as a new type.
    var typeShape: String { Self.shape(type) + (isOptional ? "?" : "") }

    private static func shape(_ type: ValueType) -> String {
        switch type {
        case .enumeration: "enum"
        case .list(let element): "[\(shape(element))]"
        default: type.swiftName
        }
    }
}
