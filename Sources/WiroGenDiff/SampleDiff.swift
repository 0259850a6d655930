import WiroGenText
import WiroGenModel
import WiroGenResolve

/// The changes to a document's samples ("Parameter Inspires") and to its Run example beyond
/// what the inputs' own changes explain. Both are words: they become doc comments and
/// `examples`, never API or validation.
struct SampleDiff {
    let versions: ToolVersions
    let pairing: InputPairing

    var changes: [SpecChange] { [samples, runExample].compactMap { $0 } }

    /// Samples are matched by their entries: `samples changed: 1 added, 2 removed`, pointing at
    /// the first sample added (or removed), or `samples reordered`.
    private var samples: SpecChange? {
        let (old, new) = (versions.old.spec.examples, versions.new.spec.examples)
        let added = Self.unmatched(new, in: old), removed = Self.unmatched(old, in: new)
        if added.isEmpty, removed.isEmpty {
            guard old.map(Self.entries) != new.map(Self.entries) else { return nil }
            return versions.changed(.textOnly, "samples reordered", old: old.first?.location, new: new.first?.location)
        }
        let counts = [(added.count, "added"), (removed.count, "removed")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        let summary = "samples changed: " + counts.joined(separator: ", ")
        guard let first = added.first else {
            return versions.removed(.textOnly, summary, old: removed[0].location, new: new.first?.location)
        }
        return versions.changed(.textOnly, summary, old: removed.first?.location ?? old.first?.location, new: first.location)
    }

    /// The samples of `samples` that `others` lacks, each matched at most once.
    private static func unmatched(_ samples: [ToolExample], in others: [ToolExample]) -> [ToolExample] {
        var remaining = others.map(entries)
        return samples.filter { sample in
            guard let index = remaining.firstIndex(of: entries(sample)) else { return true }
            remaining.remove(at: index)
            return false
        }
    }

    private static func entries(_ sample: ToolExample) -> [String] {
        sample.values.flatMap { [$0.name, $0.value] }
    }

    /// The Run example's keys whose values differ, leaving out the inputs whose change is
    /// reported already (added, removed, renamed, a new default or wire kind).
    private var runExample: SpecChange? {
        let old = Self.members(versions.old.spec.runExample), new = Self.members(versions.new.spec.runExample)
        let explained = pairing.explainedKeys
        let keys = (new.map(\.key) + old.map(\.key).filter { key in !new.contains { $0.key == key } })
            .filter { key in !explained.contains(key) && Self.value(of: key, in: old) != Self.value(of: key, in: new) }
        guard !keys.isEmpty else { return nil }
        let location = { (members: [JSONMember]) in members.first { keys.contains($0.key) }?.location }
        return versions.changed(.textOnly, "Run example changed for " + keys.map { "'\($0)'" }.joined(separator: ", "),
                                old: location(old), new: location(new))
    }

    private static func members(_ body: JSONValue?) -> [JSONMember] { body?.members ?? [] }

    /// A member's value without source locations, which move whenever lines above do.
    private static func value(of key: String, in members: [JSONMember]) -> JSONValue? {
        members.first { $0.key == key }.map { placeless($0.value) }
    }

    private static func placeless(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items): .array(items.map(placeless))
        case .object(let members): .object(members.map { JSONMember(key: $0.key, value: placeless($0.value), location: .start) })
        default: value
        }
    }
}
