import WiroGenResolve
import WiroGenModel

/// The changes to what a document says about its tool as a whole: id spelling, endpoint,
/// description, cover, categories, tags and task statuses.
struct ToolInfoDiff {
    let versions: ToolVersions

    var changes: [SpecChange] {
        let (old, new) = (versions.old.spec, versions.new.spec)
        var found = [idSpelling, endpoint].compactMap { $0 }
        if old.description != new.description { found.append(versions.toolChanged(.textOnly, Self.wording("description", old.description, new.description))) }
        if old.cover != new.cover { found.append(versions.toolChanged(.textOnly, "cover changed")) }
        found += [list("categories", old.categories, new.categories), list("tags", old.tags, new.tags)].compactMap { $0 }
        if old.taskStatuses != new.taskStatuses { found.append(versions.toolChanged(.textOnly, "task statuses changed")) }
        return found
    }

    /// Tools are paired by id ignoring case; a new spelling that renames the Swift type breaks
    /// callers, one that does not only changes words.
    private var idSpelling: SpecChange? {
        let (old, new) = (versions.old, versions.new)
        guard old.spec.id != new.spec.id else { return nil }
        let renamed = old.name.qualified != new.name.qualified
        let type = renamed ? "; its type \(old.name.qualified) is now \(new.name.qualified)" : ""
        return versions.toolChanged(renamed ? .breaking : .textOnly, "tool id now written '\(new.spec.id)' (was '\(old.spec.id)')\(type)")
    }

    /// Requests go where the bindings say: a moved endpoint changes what callers' code does.
    private var endpoint: SpecChange? {
        let (old, new) = (versions.old.spec.endpoint, versions.new.spec.endpoint)
        guard old != new else { return nil }
        return versions.toolChanged(.breaking, "endpoint changed from \(old) to \(new)")
    }

    private static func wording(_ what: String, _ old: String?, _ new: String?) -> String {
        switch (old, new) {
        case (nil, _): "\(what) added"
        case (_, nil): "\(what) removed"
        default: "\(what) reworded"
        }
    }

    /// `categories changed: 'video' added, 'tool' removed`, or `… reordered`.
    private func list(_ what: String, _ old: [String], _ new: [String]) -> SpecChange? {
        guard old != new else { return nil }
        let added = new.filter { !old.contains($0) }.map { "'\($0)' added" }
        let removed = old.filter { !new.contains($0) }.map { "'\($0)' removed" }
        let words = added.isEmpty && removed.isEmpty ? "\(what) reordered" : "\(what) changed: " + (added + removed).joined(separator: ", ")
        return versions.toolChanged(.textOnly, words)
    }
}
