import Foundation

/// Turns specs into the files of a Swift module: one file per tool, the namespaces, the registry.
public enum Generator {
    /// Names a module-level namespace may not take: they would hide Swift's or WiroRuntime's own.
    private static let reservedNamespaces: Set<String> = [
        "String", "Int", "Double", "Bool", "Array", "Optional", "URL", "Data", "Foundation", "Swift",
        "WiroRuntime", "WiroTools", "WiroFile", "WiroTool", "WiroRequest", "WiroViolation", "WiroValidationError",
        "WiroCodingKey", "WiroWireKind", "WiroWireValue", "Error", "Never", "Any", "Self", "Type",
    ]

    /// The files for `specs` (sorted by path) and the diagnostics naming raised.
    ///
    /// `specsRoot` is the folder the documents were found in; headers name a document by its
    /// path from that folder's parent (`Specs/PixVerse/text-to-video-v4.5.md`), so output does
    /// not depend on where the command ran.
    public static func generate(_ specs: [ToolSpec], specsRoot: String) -> (files: [GeneratedFile], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var usedNames = Set<String>()
        var owners: [String: String] = [:]
        var models: [RequestModel] = []
        for spec in specs.sorted(by: { ($0.id, $0.source) < ($1.id, $1.source) }) {
            let parts = spec.id.split(separator: "/", maxSplits: 1).map(String.init)
            let owner = parts.count == 2 ? parts[0] : "Wiro"
            var namespace = Naming.typeName(owner)
            if reservedNamespaces.contains(namespace) {
                diagnostics.append(Diagnostic(.warning, .renamed, "the namespace of owner '\(owner)' is named '\(namespace)Tools': '\(namespace)' is taken", file: spec.source, at: .start))
                namespace += "Tools"
            }
            owners[namespace] = owners[namespace] ?? owner
            let base = Naming.typeName(parts.last ?? spec.id)
            var typeName = base
            var counter = 2
            while usedNames.contains("\(namespace).\(typeName)") || typeName == namespace {
                typeName = "\(base)_\(counter)"
                counter += 1
            }
            if typeName != base {
                diagnostics.append(Diagnostic(.warning, .renamed, "the type of '\(spec.id)' is named '\(namespace).\(typeName)': '\(base)' is taken", file: spec.source, at: .start))
            }
            usedNames.insert("\(namespace).\(typeName)")
            let (model, found) = TypeMapper.map(spec, namespace: namespace, typeName: typeName)
            diagnostics.append(contentsOf: found)
            models.append(model)
        }
        let rootName = (specsRoot as NSString).lastPathComponent
        var files = models.map { ToolEmitter.file($0, source: sourceName($0.spec.source, root: specsRoot, rootName: rootName)) }
        if !models.isEmpty {
            files.append(RegistryEmitter.namespaces(owners.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, source: rootName))
            files.append(RegistryEmitter.registry(models, source: rootName))
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }

    private static func sourceName(_ path: String, root: String, rootName: String) -> String {
        let standardRoot = (root as NSString).standardizingPath
        let standardPath = (path as NSString).standardizingPath
        if standardPath.hasPrefix(standardRoot + "/") {
            return rootName + "/" + standardPath.dropFirst(standardRoot.count + 1)
        }
        return (path as NSString).lastPathComponent
    }
}
