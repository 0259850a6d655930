import Foundation

/// The stages of WiroGen joined together, each named by what it takes and gives, with one
/// ``DiagnosticCollector`` passed through all of them:
///
/// documents → **read** (Markdown, Extraction, Rules) → ``ToolSpec``s → **name** (the whole
/// set) → **resolve** → ``ResolvedTool``s → **emit** → ``GeneratedFile``s → written by
/// ``OutputFolder``. `dump` stops after reading, `lint` after resolving.
public enum Pipeline {
    /// A path given on the command line that does not exist.
    public struct MissingPath: Error, CustomStringConvertible {
        /// The path as given.
        public var path: String
        /// `<path>: no such file or directory`.
        public var description: String { "\(path): no such file or directory" }
    }

    /// The specs read from a set of documents, sorted by id, and every diagnostic, sorted.
    public struct SpecSet: Sendable {
        /// One spec per document that could be read, sorted by id.
        public var specs: [ToolSpec]
        /// Every diagnostic, sorted by file and place.
        public var diagnostics: [Diagnostic]
        /// True when any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        /// How many documents were read.
        public var documentCount: Int
    }

    /// What a run of the pipeline produced.
    public struct Generation: Sendable {
        /// The specs read and how many documents there were; every diagnostic, reading's
        /// included, is in ``diagnostics``.
        public var specs: SpecSet
        /// The files of the module, sorted by path; empty when any document has an error, or
        /// when the run stopped before emitting (`lint`).
        public var files: [GeneratedFile]
        /// Every diagnostic of every stage, sorted.
        public var diagnostics: [Diagnostic]
        /// What became of every rule-like sentence of every tool resolved, in tool, input and
        /// sentence order: what `lint` lists.
        public var decisions: [RuleDecision] = []
        /// True when any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The documents under `paths`: files as given, folders searched recursively for `*.md`,
    /// each once, in a stable order.
    public static func documents(at paths: [String]) throws(MissingPath) -> [String] {
        var found: [String] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw MissingPath(path: path) }
            guard isDirectory.boolValue else {
                found.append(path)
                continue
            }
            let enumerator = fileManager.enumerator(atPath: path)
            var inFolder: [String] = []
            let folder = path.hasSuffix("/") ? path : path + "/"
            while let relative = enumerator?.nextObject() as? String {
                guard relative.hasSuffix(".md") else { continue }
                let full = folder + relative
                var nested: ObjCBool = false
                if fileManager.fileExists(atPath: full, isDirectory: &nested), !nested.boolValue { inFolder.append(full) }
            }
            found.append(contentsOf: inFolder.sorted())
        }
        guard paths.count > 1 else { return found }
        var seen = Set<String>()
        return found.filter { seen.insert(($0 as NSString).standardizingPath).inserted }
    }

    /// Stage 1: every document under `paths` read into a spec, rules included.
    public static func readSpecs(at paths: [String]) throws(MissingPath) -> SpecSet {
        var diagnostics = DiagnosticCollector()
        let (specs, count) = try read(paths, diagnostics: &diagnostics)
        return SpecSet(specs: specs, diagnostics: diagnostics.sorted, documentCount: count)
    }

    /// Every stage: the module's files for the documents under `paths`, as the configuration
    /// at `configPath` (if any) has them; headers name documents from `specsRoot`. Nothing is
    /// emitted when a document or the configuration has an error (a partial module would hide
    /// it), but every document that can be is still resolved, so all is reported.
    public static func generate(paths: [String], specsRoot: String, configPath: String? = nil) throws(MissingPath) -> Generation {
        try run(paths, emitting: true, specsRoot: specsRoot, configPath: configPath)
    }

    /// Every stage up to Resolve: all that `generate` would report, and no code.
    public static func lint(paths: [String], configPath: String? = nil) throws(MissingPath) -> Generation {
        try run(paths, emitting: false, specsRoot: paths.first ?? ".", configPath: configPath)
    }

    /// The configuration at `path` (``Configuration/none`` for nil) and its diagnostics.
    public static func readConfiguration(at path: String?) throws(MissingPath) -> (configuration: Configuration, diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        let configuration = try configuration(at: path, diagnostics: &diagnostics)
        return (configuration, diagnostics.sorted)
    }

    /// The configuration at `path` (``Configuration/none`` for `nil`); its problems go to
    /// `diagnostics`.
    static func configuration(at path: String?, diagnostics: inout DiagnosticCollector) throws(MissingPath) -> Configuration {
        guard let path else { return .none }
        guard FileManager.default.fileExists(atPath: path) else { throw MissingPath(path: path) }
        return ConfigReader.read(path: path, diagnostics: &diagnostics)
    }

    /// One document's file, as the build plugin makes it, one command per document. Its tool
    /// is named as the index (written by ``emitShared(documents:source:)`` from the whole set)
    /// names it, so the file is the one `generate` writes; without an index, as if alone.
    /// A tool the configuration leaves out gets a file that says so and declares nothing
    /// (the build plugin declares one output per document).
    public static func emitTool(document: String, index: String?, source: String, configPath: String? = nil) throws(MissingPath) -> Generation {
        var diagnostics = DiagnosticCollector()
        let configuration = try configuration(at: configPath, diagnostics: &diagnostics)
        let (specs, count) = try read([document], diagnostics: &diagnostics)
        var files: [GeneratedFile] = []
        if !diagnostics.hasErrors, let spec = specs.first {
            if !configuration.includes(spec.id) {
                files = [GeneratedFile(path: "", contents: GeneratedFile.header(source: source) + "// '\(spec.id)' is not among the tools of \(Configuration.fileName).\n")]
            } else if let name = toolName(of: spec, index: index, diagnostics: &diagnostics) {
                let tool = Resolver.resolve(spec, name: name, settings: configuration.settings(for: spec.id), diagnostics: &diagnostics)
                files = [ToolEmitter.file(tool, source: source)]
            }
        }
        return Generation(specs: SpecSet(specs: specs, diagnostics: [], documentCount: count), files: diagnostics.hasErrors ? [] : files, diagnostics: diagnostics.sorted)
    }

    /// The namespaces and the index of a set of documents, as the build plugin makes them.
    /// Documents with errors are left out (each one's own command reports them); reported here
    /// is only what concerns several documents together: clashing ids and names.
    /// Reported here too are the configuration's own problems, and tool ids it names that no
    /// document describes.
    public static func emitShared(documents: [String], source: String, configPath: String? = nil) throws(MissingPath) -> Generation {
        var diagnostics = DiagnosticCollector()
        let configuration = try configuration(at: configPath, diagnostics: &diagnostics)
        var reading = DiagnosticCollector()
        let (all, count) = try read(documents, diagnostics: &reading)
        ConfigChecker.checkTools(configuration, all, diagnostics: &diagnostics)
        let specs = reading.withoutErrors(all).filter { configuration.includes($0.id) }
        diagnostics.append(contentsOf: reading.all.filter { $0.id == .duplicateTool })
        let names = Namer.toolNames(for: specs, configuration: configuration, diagnostics: &diagnostics)
        let files = diagnostics.hasErrors ? [] : sharedFiles(specs, names, access: configuration.accessModifier, source: source)
        return Generation(specs: SpecSet(specs: specs, diagnostics: [], documentCount: count), files: files, diagnostics: diagnostics.sorted)
    }

    // MARK: - Stages

    private static func run(_ paths: [String], emitting: Bool, specsRoot: String, configPath: String?) throws(MissingPath) -> Generation {
        var diagnostics = DiagnosticCollector()
        let configuration = try configuration(at: configPath, diagnostics: &diagnostics)
        let (read, count) = try read(paths, diagnostics: &diagnostics)
        if count == 0 {
            diagnostics.report(.error, .notAToolDocument, "no *.md tool documents here; nothing to generate from", file: specsRoot, at: nil)
        }
        if paths.contains(where: isFolder) { ConfigChecker.checkTools(configuration, read, diagnostics: &diagnostics) }
        let specs = select(diagnostics.withoutErrors(read), configuration, diagnostics: &diagnostics)
        let (tools, names) = resolve(specs, configuration: configuration, diagnostics: &diagnostics)
        let files = emitting ? emit(tools, names, specs, specsRoot: specsRoot, access: configuration.accessModifier, diagnostics: diagnostics) : []
        let set = SpecSet(specs: read, diagnostics: [], documentCount: count)
        return Generation(specs: set, files: files, diagnostics: diagnostics.sorted, decisions: tools.flatMap(\.decisions))
    }

    /// Naming, resolving and (when `emitting` and nothing so far is an error) emitting: the
    /// module's files for specs already read, sorted by path.
    static func generate(_ specs: [ToolSpec], specsRoot: String, emitting: Bool = true, diagnostics: inout DiagnosticCollector) -> [GeneratedFile] {
        let (tools, names) = resolve(specs, configuration: .none, diagnostics: &diagnostics)
        return emitting ? emit(tools, names, specs, specsRoot: specsRoot, access: .public, diagnostics: diagnostics) : []
    }

    /// The specs of the tools the configuration keeps; each other one is left out with a note
    /// (its documents' warnings with it: the user chose not to generate it).
    private static func select(_ specs: [ToolSpec], _ configuration: Configuration, diagnostics: inout DiagnosticCollector) -> [ToolSpec] {
        guard configuration.tools != nil else { return specs }
        var kept: [ToolSpec] = [], skipped: [ToolSpec] = []
        for spec in specs {
            if configuration.includes(spec.id) { kept.append(spec) } else { skipped.append(spec) }
        }
        let skippedFiles = Set(skipped.map(\.source))
        diagnostics.removeAll { skippedFiles.contains($0.file) }
        for spec in skipped {
            diagnostics.report(.note, .notConfigured, "'\(spec.id)' is not among the tools of \(configuration.path ?? Configuration.fileName); skipped",
                               file: spec.source, at: .start)
        }
        return kept
    }

    /// Whether a path is a folder: only a whole folder of documents shows that a tool the
    /// configuration names is missing (`lint` of one document shows nothing of the others).
    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Naming the whole set, then resolving each tool.
    static func resolve(_ specs: [ToolSpec], configuration: Configuration, diagnostics: inout DiagnosticCollector) -> (tools: [ResolvedTool], names: [ToolName]) {
        let names = Namer.toolNames(for: specs, configuration: configuration, diagnostics: &diagnostics)
        let tools = Parallel.map(Array(zip(specs, names)), diagnostics: &diagnostics) { named, found in
            Resolver.resolve(named.0, name: named.1, settings: configuration.settings(for: named.0.id), diagnostics: &found)
        }
        return (tools, names)
    }

    /// The module's files, sorted by path; none when anything so far is an error.
    private static func emit(
        _ tools: [ResolvedTool], _ names: [ToolName], _ specs: [ToolSpec], specsRoot: String, access: AccessModifier, diagnostics: DiagnosticCollector
    ) -> [GeneratedFile] {
        guard !diagnostics.hasErrors else { return [] }
        let rootName = (specsRoot as NSString).lastPathComponent
        var files = Parallel.map(tools) { ToolEmitter.file($0, source: sourceName($0.spec.source, root: specsRoot, rootName: rootName)) }
        if !specs.isEmpty { files += sharedFiles(specs, names, access: access, source: rootName) }
        return files.sorted { $0.path < $1.path }
    }

    /// Reading: documents → specs with their rules, sorted by id, duplicates reported.
    private static func read(_ paths: [String], diagnostics: inout DiagnosticCollector) throws(MissingPath) -> (specs: [ToolSpec], documentCount: Int) {
        let files = try documents(at: paths)
        var specs = Parallel.map(files, diagnostics: &diagnostics) { file, found in read(file, diagnostics: &found) }.compactMap { $0 }
        reportDuplicateIDs(specs, diagnostics: &diagnostics)
        specs.sort { ($0.id, $0.source) < ($1.id, $1.source) }
        return (specs, files.count)
    }

    /// One document read into its spec, rules included.
    static func read(_ file: String, diagnostics: inout DiagnosticCollector) -> ToolSpec? {
        guard let data = FileManager.default.contents(atPath: file) else {
            diagnostics.report(.error, .unreadableFile, "the document cannot be read", file: file, at: nil)
            return nil
        }
        return read([UInt8](data), path: file, diagnostics: &diagnostics)
    }

    /// A document's bytes read into its spec, rules included: the one reader of documents,
    /// from files or from memory.
    static func read(_ bytes: [UInt8], path: String, diagnostics: inout DiagnosticCollector) -> ToolSpec? {
        guard var spec = ToolExtractor.extract(bytes, path: path, diagnostics: &diagnostics) else { return nil }
        spec.readings = RuleReader.read(spec)
        return spec
    }

    /// A document held in memory (downloaded, say) read as a file of it would be, rules
    /// included; `path` names it in the spec and the diagnostics (a URL will do). The spec is
    /// `nil` when the bytes are no tool document at all; it may be present alongside errors,
    /// so check the diagnostics before trusting it. Diagnostics are sorted.
    public static func readDocument(_ bytes: [UInt8], path: String) -> (spec: ToolSpec?, diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        let spec = read(bytes, path: path, diagnostics: &diagnostics)
        return (spec, diagnostics.sorted)
    }

    /// Two documents for one tool would make two bindings of one name.
    private static func reportDuplicateIDs(_ specs: [ToolSpec], diagnostics: inout DiagnosticCollector) {
        for group in Dictionary(grouping: specs, by: { $0.id.lowercased() }).values {
            let ordered = group.sorted { $0.source < $1.source }
            for spec in ordered.dropFirst() {
                diagnostics.report(.error, .duplicateTool, "tool '\(spec.id)' is also described by \(ordered[0].source)", file: spec.source, at: .start)
            }
        }
    }

    /// The name the index gives the tool (or, without an index, the name it has alone).
    private static func toolName(of spec: ToolSpec, index: String?, diagnostics: inout DiagnosticCollector) -> ToolName? {
        guard let index else { return Namer.toolNames(for: [spec], diagnostics: &diagnostics)[0] }
        guard let contents = FileManager.default.contents(atPath: index) else {
            diagnostics.report(.error, .staleIndex, "the tool index \(index) cannot be read (run emit-shared first)", file: spec.source, at: .start)
            return nil
        }
        guard let name = ToolIndex.names(in: String(decoding: contents, as: UTF8.self))[spec.id] else {
            diagnostics.report(.error, .staleIndex, "the tool index \(index) does not list '\(spec.id)'; it is older than the documents (run emit-shared first)", file: spec.source, at: .start)
            return nil
        }
        return name
    }

    private static func sharedFiles(_ specs: [ToolSpec], _ names: [ToolName], access: AccessModifier, source: String) -> [GeneratedFile] {
        let indexed = zip(specs, names).map { (id: $0.id, name: $1) }
        return [RegistryEmitter.namespaces(names, access: access, source: source), RegistryEmitter.index(indexed, access: access, source: source)]
    }

    /// A document's path from its folder's parent (`Specs/PixVerse/text-to-video-v4.5.md`), so
    /// output does not depend on where the command ran.
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
