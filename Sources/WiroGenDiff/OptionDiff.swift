import WiroGenResolve
import WiroGenModel

/// The changes to one kept input's options, matched by value (what is sent, and what enum
/// cases are named from): removed ones break callers, new ones add choices, labels and order
/// are words.
struct OptionDiff {
    let versions: ToolVersions
    let old: ResolvedInput
    let new: ResolvedInput

    /// Options are compared only while both versions take options: a select that became a
    /// text is reported as the type change, not as every option removed.
    var changes: [SpecChange] {
        guard old.spec.kind.takesOptions, new.spec.kind.takesOptions else { return [] }
        return removed + added + relabelled + reordered
    }

    private var name: String { new.spec.name }

    private var removed: [SpecChange] {
        let values = Set(new.spec.options.map(\.value))
        return old.spec.options.filter { !values.contains($0.value) }.map { option in
            versions.removed(.breaking, "option '\(option.value)' of input '\(name)' removed", old: option.location, new: new.spec.location)
        }
    }

    private var added: [SpecChange] {
        let values = Set(old.spec.options.map(\.value))
        return new.spec.options.filter { !values.contains($0.value) }.map { option in
            versions.changed(.additive, "new option '\(option.value)' of input '\(name)'", old: old.spec.location, new: option.location)
        }
    }

    private var relabelled: [SpecChange] {
        new.spec.options.compactMap { option in
            guard let before = old.spec.options.first(where: { $0.value == option.value }), before.label != option.label else { return nil }
            return versions.changed(.textOnly, "label of option '\(option.value)' of input '\(name)' reworded", old: before.location, new: option.location)
        }
    }

    /// The enum's cases follow the options' order; callers name cases, so order is words.
    private var reordered: [SpecChange] {
        let kept = Set(old.spec.options.map(\.value)).intersection(new.spec.options.map(\.value))
        let before = old.spec.options.map(\.value).filter(kept.contains), after = new.spec.options.map(\.value).filter(kept.contains)
        guard before != after else { return [] }
        return [versions.changed(.textOnly, "options of input '\(name)' reordered", old: old.spec.location, new: new.spec.location)]
    }
}
