import Foundation
import WiroGenText
import WiroGenModel
import WiroGenResolve

/// The changes between two versions of a set of tool documents, at the level of the spec:
/// what `wiro-gen diff` and `wiro-gen update` report.
public enum SpecDiff {
    /// Every change from the `old` specs to the `new` ones, as ``Generator`` reads them (rules
    /// read). Tools are paired by id or slug, ignoring case: a tool only in `old` is removed
    /// (breaking), one only in `new` added (additive). Each pair is resolved as `generate`
    /// would resolve it alone, without configuration, and compared input by input and by the
    /// rules validation enforces.
    ///
    /// Sorted by tool id, then by place (in the new document; in the old one for removals),
    /// then by summary.
    public static func compare(old: [ToolSpec], new: [ToolSpec]) -> [SpecChange] {
        let pairs = paired(old: old, new: new)
        var changes = old.filter { spec in !pairs.contains { $0.old == spec } }.map(removal)
        changes += new.filter { spec in !pairs.contains { $0.new == spec } }.map(addition)
        changes += Parallel.map(pairs) { compare(ToolVersions(old: $0.old, new: $0.new)) }.flatMap { $0 }
        return changes.sorted(by: isOrdered)
    }

    /// The tools both sides have: paired by id, ignoring case, then the rest by slug (a
    /// document that now writes `wiro/virtual-try-on` where it wrote `wiro/Virtual Try-On`).
    static func paired(old: [ToolSpec], new: [ToolSpec]) -> [(old: ToolSpec, new: ToolSpec)] {
        var pairs: [(old: ToolSpec, new: ToolSpec)] = []
        var unpairedOld = old
        for keyOf in [{ (spec: ToolSpec) in Optional(spec.id.lowercased()) }, { $0.slug?.lowercased() }] {
            let oldByKey = Dictionary(unpairedOld.compactMap { spec in keyOf(spec).map { ($0, spec) } }, uniquingKeysWith: { first, _ in first })
            for spec in new where !pairs.contains(where: { $0.new == spec }) {
                guard let key = keyOf(spec), let match = oldByKey[key], unpairedOld.contains(match) else { continue }
                pairs.append((match, spec))
                unpairedOld.removeAll { $0 == match }
            }
        }
        return pairs
    }

    /// The changes between two versions of one tool.
    static func compare(_ versions: ToolVersions) -> [SpecChange] {
        let pairing = InputPairing(old: versions.old.inputs, new: versions.new.inputs)
        let changes = ToolInfoDiff(versions: versions).changes + InputDiff(versions: versions, pairing: pairing).changes
            + RuleDiff(versions: versions, pairing: pairing).changes + SampleDiff(versions: versions, pairing: pairing).changes
        guard changes.isEmpty, differ(versions.old.spec, versions.new.spec) else { return changes }
        return [versions.toolChanged(.textOnly, "the document changed in ways the bindings do not show")]
    }

    private static func removal(_ spec: ToolSpec) -> SpecChange {
        SpecChange(tool: spec.id, impact: .breaking, summary: "tool removed", old: FileLocation(file: spec.source, location: .start), new: nil, side: .old)
    }

    private static func addition(_ spec: ToolSpec) -> SpecChange {
        SpecChange(tool: spec.id, impact: .additive, summary: "new tool", old: nil, new: FileLocation(file: spec.source, location: .start), side: .new)
    }

    /// Whether two specs differ in anything but their paths and places: the safety net that
    /// keeps a difference no comparison above knows of from passing as "no changes".
    private static func differ(_ old: ToolSpec, _ new: ToolSpec) -> Bool {
        var old = old
        old.source = new.source
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.userInfo[SpecDump.includeLocationsKey] = false
        return (try? encoder.encode(old)) != (try? encoder.encode(new))
    }

    /// By tool id, then by the place the change points at first, then by summary (and, for a
    /// total order, by impact and side).
    private static func isOrdered(_ a: SpecChange, _ b: SpecChange) -> Bool {
        if a.tool != b.tool { return a.tool < b.tool }
        let (pa, pb) = (a.primaryPlace?.location ?? .start, b.primaryPlace?.location ?? .start)
        if pa != pb { return pa < pb }
        return (a.summary, a.impact.rawValue, a.side.rawValue) < (b.summary, b.impact.rawValue, b.side.rawValue)
    }
}
