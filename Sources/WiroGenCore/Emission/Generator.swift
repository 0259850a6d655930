import Foundation

/// Turns specs into the files of a Swift module: one file per tool, the namespaces, the registry.
public enum Generator {
    /// Names a module-level namespace may not take: they would hide Swift's or WiroRuntime's own.
    private static let reservedNamespaces: Set<String> = [
        "String", "Int", "Double", "Bool", "Array", "Optional", "URL", "Data", "Foundation", "Swift",
        "WiroRuntime", "WiroTools", "WiroFile", "WiroTool", "WiroRequest", "WiroViolation", "WiroValidationError",
        "WiroCodingKey", "WiroWireKind", "WiroWireValue", "Error", "Never", "Any", "Self", "Type",
    ]

    /// A spec with its place in the module.
    private struct NamedSpec: Sendable {
        var spec: ToolSpec
        var name: ToolName
    }

    /// A tool's place in the module: its owner's namespace and its type's name.
    struct ToolName: Hashable, Sendable {
        var owner: String
        var namespace: String
        var typeName: String
    }

    /// The files for `specs` (sorted by path) and the diagnostics naming raised.
    ///
    /// `specsRoot` is the folder the documents were found in; headers name a document by its
    /// path from that folder's parent (`Specs/PixVerse/text-to-video-v4.5.md`), so output does
    /// not depend on where the command ran.
    public static func generate(_ specs: [ToolSpec], specsRoot: String) -> (files: [GeneratedFile], diagnostics: [Diagnostic]) {
        let (named, naming) = names(for: specs)
        var diagnostics = naming
        let rootName = (specsRoot as NSString).lastPathComponent
        let sharedTypeNames = Dictionary(grouping: named.map(\.name.typeName)) { $0 }.filter { $0.value.count > 1 }.keys
        let emitted = Parallel.map(named.map { NamedSpec(spec: $0.spec, name: $0.name) }) { named in
            var (model, found) = TypeMapper.map(named.spec, namespace: named.name.namespace, typeName: named.name.typeName)
            model.qualifiesFileName = sharedTypeNames.contains(named.name.typeName)
            return (ToolEmitter.file(model, source: sourceName(named.spec.source, root: specsRoot, rootName: rootName)), found)
        }
        var files = emitted.map(\.0)
        diagnostics += emitted.flatMap(\.1)
        if !named.isEmpty { files += sharedFiles(named.map(\.name), source: rootName) }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }

    /// The file of one tool alone, as the build plugin makes it: one command per document.
    public static func toolFile(_ spec: ToolSpec, source: String) -> (file: GeneratedFile, diagnostics: [Diagnostic]) {
        let (named, naming) = names(for: [spec])
        let (model, found) = TypeMapper.map(spec, namespace: named[0].name.namespace, typeName: named[0].name.typeName)
        return (ToolEmitter.file(model, source: source), naming + found)
    }

    /// The namespaces and the registry of a set of tools, as the build plugin makes them. Two
    /// documents that name the same type are an error here: their files are made apart.
    public static func sharedFiles(_ specs: [ToolSpec], source: String) -> (files: [GeneratedFile], diagnostics: [Diagnostic]) {
        let (named, naming) = names(for: specs)
        let clashes = naming.filter { $0.id == .duplicateType }.map {
            Diagnostic(.error, .duplicateType, $0.message, file: $0.file, at: $0.location)
        }
        return (clashes.isEmpty ? sharedFiles(named.map(\.name), source: source) : [], clashes)
    }

    private static func sharedFiles(_ names: [ToolName], source: String) -> [GeneratedFile] {
        var owners: [String: String] = [:]
        for name in names where owners[name.namespace] == nil { owners[name.namespace] = name.owner }
        return [
            RegistryEmitter.namespaces(owners.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, source: source),
            RegistryEmitter.registry(names.map { "\($0.namespace).\($0.typeName)" }, source: source),
        ]
    }

    /// Every tool's namespace and type name, in id order; a name that is taken gets a suffix
    /// and a warning.
    static func names(for specs: [ToolSpec]) -> (named: [(spec: ToolSpec, name: ToolName)], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var used = Set<String>()
        var named: [(ToolSpec, ToolName)] = []
        for spec in specs.sorted(by: { ($0.id, $0.source) < ($1.id, $1.source) }) {
            let parts = spec.id.split(separator: "/", maxSplits: 1).map(String.init)
            let owner = parts.count == 2 ? parts[0] : "Wiro"
            var namespace = Naming.typeName(owner)
            if reservedNamespaces.contains(namespace) {
                diagnostics.append(Diagnostic(.warning, .renamed, "the namespace of owner '\(owner)' is named '\(namespace)Tools': '\(namespace)' is taken", file: spec.source, at: .start))
                namespace += "Tools"
            }
            let base = Naming.typeName(parts.last ?? spec.id)
            var typeName = base
            var counter = 2
            while used.contains("\(namespace).\(typeName)") || typeName == namespace {
                typeName = "\(base)_\(counter)"
                counter += 1
            }
            if typeName != base {
                diagnostics.append(Diagnostic(.warning, .duplicateType, "the type of '\(spec.id)' is named '\(namespace).\(typeName)': another document already makes '\(namespace).\(base)'", file: spec.source, at: .start))
            }
            used.insert("\(namespace).\(typeName)")
            named.append((spec, ToolName(owner: owner, namespace: namespace, typeName: typeName)))
        }
        return (named, diagnostics)
    }

    private static func sourceName(_ path: String, root: String, rootName: String) -> String {
        let folder = root.hasSuffix("/") ? root : root + "/"
        if path.hasPrefix(folder) { return rootName + "/" + path.dropFirst(folder.count) }
        let standardRoot = (root as NSString).standardizingPath
        let standardPath = (path as NSString).standardizingPath
        if standardPath.hasPrefix(standardRoot + "/") {
            return rootName + "/" + standardPath.dropFirst(standardRoot.count + 1)
        }
        return (path as NSString).lastPathComponent
    }
}
