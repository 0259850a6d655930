import WiroGenText
import WiroGenModel
import WiroGenConfig

/// Every name the generated code declares is decided here: the tools' namespaces and types
/// over the whole set of documents, and each tool's properties, option enums and cases.
/// Spelling (``SwiftName``) turns document words into identifiers; the namer keeps them from
/// clashing with each other and with what the generated code itself refers to, adding a
/// suffix and a `renamed` warning where it must.
///
/// `generate`, `emit-tool`/`emit-shared` (the build plugin) and the command plugin all name
/// through here, over the same set, so they give the same names.
package enum ToolNamer {
    /// The namespace of an owner nobody names (an id without `/`).
    package static let defaultOwner = "Wiro"

    /// Every tool's namespace and type, aligned with `specs`. Types the configuration names
    /// are taken first; the rest are named in id order, so when two documents would make one
    /// type, the later id gets a numbered suffix.
    package static func toolNames(for specs: [ToolSpec], configuration: Configuration = .none, diagnostics: inout DiagnosticCollector) -> [ToolName] {
        var names = [ToolName?](repeating: nil, count: specs.count)
        var used = Set<String>()
        let namespaces = specs.map { namespace(of: $0, diagnostics: &diagnostics) }
        for (index, spec) in specs.enumerated() {
            guard let chosen = configuration.names(of: spec)?.type else { continue }
            let namespace = namespaces[index].name
            let problem = typeNameProblem(chosen.value, namespace: namespace)
                ?? (used.contains("\(namespace).\(chosen.value)") ? "another tool's type is named '\(namespace).\(chosen.value)' by this file too" : nil)
            if let problem {
                diagnostics.report(.error, .invalidConfigName, "the type of '\(spec.id)' cannot be named '\(chosen.value)': \(problem)",
                                   file: configuration.path ?? Configuration.fileName, at: chosen.location)
                continue
            }
            used.insert("\(namespace).\(chosen.value)")
            names[index] = ToolName(owner: namespaces[index].owner, namespace: namespace, typeName: chosen.value)
        }
        let order = specs.indices.sorted { (specs[$0].id, specs[$0].source) < (specs[$1].id, specs[$1].source) }
        for index in order where names[index] == nil {
            let spec = specs[index]
            let (owner, namespace) = namespaces[index]
            let base = SwiftName.typeName(spec.id.split(separator: "/", maxSplits: 1).last.map(String.init) ?? spec.id)
            var typeName = base
            var counter = 2
            while used.contains("\(namespace).\(typeName)") || typeName == namespace || ReservedNames.typeNames.contains(typeName) {
                typeName = "\(base)_\(counter)"
                counter += 1
            }
            if typeName != base {
                let reason = ReservedNames.typeNames.contains(base) || base == namespace ? "'\(base)' is taken" : "another document already makes '\(namespace).\(base)'"
                diagnostics.report(.warning, .duplicateType, "the type of '\(spec.id)' is named '\(namespace).\(typeName)': \(reason)", file: spec.source, at: .start)
            }
            used.insert("\(namespace).\(typeName)")
            names[index] = ToolName(owner: owner, namespace: namespace, typeName: typeName)
        }
        let typeNames = names.compactMap { $0?.typeName }
        let shared = Set(Dictionary(grouping: typeNames) { $0 }.filter { $0.value.count > 1 }.keys)
        return names.map { name in
            var name = name!
            name.qualifiesFileName = shared.contains(name.typeName)
            return name
        }
    }

    /// The owner of a tool (before the `/` of its id) and its namespace.
    private static func namespace(of spec: ToolSpec, diagnostics: inout DiagnosticCollector) -> (owner: String, name: String) {
        let parts = spec.id.split(separator: "/", maxSplits: 1).map(String.init)
        let owner = parts.count == 2 ? parts[0] : defaultOwner
        let namespace = SwiftName.typeName(owner)
        guard ReservedNames.typeNames.contains(namespace) else { return (owner, namespace) }
        diagnostics.report(.warning, .renamed, "the namespace of owner '\(owner)' is named '\(namespace)Tools': '\(namespace)' is taken", file: spec.source, at: .start)
        return (owner, namespace + "Tools")
    }

    /// Why a type name the configuration chose cannot be used, or `nil`.
    private static func typeNameProblem(_ name: String, namespace: String) -> String? {
        if let problem = SwiftName.identifierProblem(name) { return problem }
        if ReservedNames.keywords.contains(name) { return "it is a Swift keyword" }
        if ReservedNames.typeNames.contains(name) || name == namespace { return "the generated code needs '\(name)' for itself" }
        return nil
    }
}
