import WiroGenConfig
import WiroGenEmit
import WiroGenModel
import WiroGenReader
import WiroGenResolve
import WiroGenRules
import WiroGenText

/// The generator's stages, each a method named by what it takes and what it gives, with one
/// ``DiagnosticCollector`` through all of them:
///
/// ```
/// [InputFile] ─read─▶ [ToolSpec] ─select─▶ [ToolSpec] ─name─▶ NamedToolSet ─resolve─▶ [ResolvedTool] ─emit─▶ [GeneratedFile]
/// ```
///
/// ``Generator/run(_:for:)`` wires them together once, for every goal.
struct GeneratorPipeline {
    /// Every diagnostic so far.
    private(set) var diagnostics = DiagnosticCollector()
    /// The configuration (``Configuration/none`` without a file).
    let configuration: Configuration
    /// What the files' headers say made them.
    var maker = GeneratedFile.Maker.command

    /// A pipeline configured by `file`, whose problems are the first diagnostics.
    init(configuration file: InputFile?, loadingDiagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        diagnostics.append(contentsOf: loadingDiagnostics)
        configuration = file.map { ConfigReader.read($0, diagnostics: &diagnostics) } ?? .none
        self.diagnostics = diagnostics
    }

    // MARK: - Stages

    /// Reading: documents → their specs, sorted by id, help texts and definitions read for
    /// rules. A markdown document and Wiro's definition of one ``InputFile/toolKey`` (by
    /// default: one folder and stem, `ovi.md` and `ovi.openapi.json`) are one tool; a lone
    /// definition is a tool of its own. A second document for one tool is an error.
    mutating func read(_ documents: [InputFile]) -> [ToolSpec] {
        let read = Parallel.map(documents, diagnostics: &diagnostics) { document, found in
            Self.readDocument(document, diagnostics: &found).map { (key: document.toolKey, spec: $0) }
        }.compactMap { $0 }
        var specs = Parallel.map(pairDefinitions(read)) { spec in
            var spec = spec
            spec.readings = RuleReader.read(spec)
            return spec
        }
        reportDuplicateIDs(specs)
        specs.sort { ($0.id, $0.source) < ($1.id, $1.source) }
        return specs
    }

    /// One document read into its spec, rules included (a definition, alone).
    static func read(_ document: InputFile, diagnostics: inout DiagnosticCollector) -> ToolSpec? {
        guard var spec = readDocument(document, diagnostics: &diagnostics) else { return nil }
        spec.readings = RuleReader.read(spec)
        return spec
    }

    /// One file's spec, by its kind: Wiro's definition or a markdown document.
    private static func readDocument(_ document: InputFile, diagnostics: inout DiagnosticCollector) -> ToolSpec? {
        document.isDefinition
            ? OpenAPIToolReader.read(document, diagnostics: &diagnostics)
            : MarkdownToolReader.read(document, diagnostics: &diagnostics)
    }

    /// Each definition merged into the markdown document of its tool key, if there is one.
    private mutating func pairDefinitions(_ read: [(key: String, spec: ToolSpec)]) -> [ToolSpec] {
        let definitions = Dictionary(read.filter { $0.spec.definition != nil }.map { ($0.key, $0.spec) }, uniquingKeysWith: { first, _ in first })
        var paired = Set<String>()
        var result: [ToolSpec] = []
        for (key, spec) in read where spec.definition == nil {
            guard let definition = definitions[key] else {
                result.append(spec)
                continue
            }
            paired.insert(definition.source)
            result.append(DefinitionMerge.merge(spec, with: definition, diagnostics: &diagnostics))
        }
        return result + read.map(\.spec).filter { $0.definition != nil && !paired.contains($0.source) }
    }

    /// Selecting: specs → the ones to generate: those without errors that the configuration
    /// lists. Each one it leaves out gets a note, and its document's other diagnostics go (the
    /// user chose not to generate it). Over a whole set, every tool the configuration names
    /// must be a document's.
    mutating func select(_ specs: [ToolSpec], wholeSet: Bool) -> [ToolSpec] {
        if wholeSet { ConfigChecker.checkTools(configuration, specs, diagnostics: &diagnostics) }
        let failed = diagnostics.filesWithErrors
        let readable = specs.filter { !failed.contains($0.source) }
        guard configuration.tools != nil else { return readable }
        let (kept, skipped) = (readable.filter { configuration.includes($0) }, readable.filter { !configuration.includes($0) })
        let skippedFiles = Set(skipped.map(\.source))
        diagnostics.removeAll { skippedFiles.contains($0.file) }
        for spec in skipped {
            diagnostics.report(.note, .notConfigured, "'\(spec.id)' is not among the tools of \(configuration.path ?? Configuration.fileName); skipped",
                               file: spec.source, at: .start)
        }
        return kept
    }

    /// Naming: specs → the set named as a whole (the configuration's type names first).
    mutating func name(_ specs: [ToolSpec]) -> NamedToolSet {
        let names = ToolNamer.toolNames(for: specs, configuration: configuration, diagnostics: &diagnostics)
        return NamedToolSet(tools: zip(specs, names).map { NamedToolSet.Tool(spec: $0, name: $1) }, access: configuration.accessModifier)
    }

    /// Naming one spec as the index of its set names it (or, without an index, as if alone):
    /// how a build plugin command that sees one document gives it the name `generate` would.
    mutating func name(_ spec: ToolSpec, index: InputFile?) -> NamedToolSet? {
        guard let index else { return name([spec]) }
        guard let name = ToolIndex.names(in: String(decoding: index.contents, as: UTF8.self))[spec.id] else {
            diagnostics.report(.error, .staleIndex, "the tool index \(index.path) does not list '\(spec.id)'; it is older than the documents (run emit-shared first)",
                               file: spec.source, at: .start)
            return nil
        }
        return NamedToolSet(tools: [NamedToolSet.Tool(spec: spec, name: name)], access: configuration.accessModifier)
    }

    /// Resolving: the named set → every tool with its types, defaults, rules and decisions,
    /// as the configuration's settings for it (checked against its spec first) have it.
    mutating func resolve(_ set: NamedToolSet) -> [ResolvedTool] {
        var checked: [(NamedToolSet.Tool, ToolSettings)] = []
        for tool in set.tools {
            checked.append((tool, ConfigChecker.check(configuration.settings(for: tool.spec), against: tool.spec, diagnostics: &diagnostics)))
        }
        return Parallel.map(checked, diagnostics: &diagnostics) { pair, found in
            Resolver.resolve(pair.0.spec, name: pair.0.name, settings: pair.1, diagnostics: &found)
        }
    }

    /// Emitting: resolved tools → one file each, headed by its document's display name; none
    /// when anything so far is an error (a partial module would hide it).
    func emit(_ tools: [ResolvedTool], displayNames: [String: String]) -> [GeneratedFile] {
        guard !diagnostics.hasErrors else { return [] }
        let name = { @Sendable (path: String) in displayNames[path] ?? path }
        return Parallel.map(tools) { tool in
            let definition = tool.spec.definition.flatMap { $0.source == tool.spec.source ? nil : " and " + name($0.source) } ?? ""
            return ToolEmitter.file(tool, source: name(tool.spec.source) + definition, by: maker)
        }
    }

    /// Emitting the set's shared files: the owners' namespaces and the index of every tool;
    /// none when anything so far is an error, or (unless `evenEmpty`) when the set is empty.
    func emitShared(_ set: NamedToolSet, setName: String, evenEmpty: Bool = false) -> [GeneratedFile] {
        guard !diagnostics.hasErrors, evenEmpty || !set.tools.isEmpty else { return [] }
        let names = set.tools.map(\.name)
        return [
            RegistryEmitter.namespaces(names, access: set.access, source: setName, by: maker),
            RegistryEmitter.index(set.tools.map { (id: $0.spec.id, name: $0.name) }, access: set.access, source: setName, by: maker),
        ]
    }

    // MARK: - Diagnostics between stages

    /// Reports a problem of `file` (at `location`, when it has one).
    mutating func report(_ severity: Diagnostic.Severity, _ id: DiagnosticID, _ message: String, file: String, at location: SourceLocation? = nil) {
        diagnostics.report(severity, id, message, file: file, at: location)
    }

    /// Drops what reading (from diagnostic number `start` on) reported about each document but
    /// a second document for one tool: for the shared files, whose run reports what concerns the
    /// set, while each document's own run reports its problems.
    mutating func dropDocumentDiagnostics(readSince start: Int) {
        let kept = diagnostics.all[..<start] + diagnostics.all[start...].filter { $0.id == .duplicateTool }
        diagnostics = DiagnosticCollector()
        diagnostics.append(contentsOf: kept)
    }

    /// Drops the diagnostics `shouldRemove` picks.
    mutating func removeDiagnostics(where shouldRemove: (Diagnostic) -> Bool) {
        diagnostics.removeAll(where: shouldRemove)
    }

    /// Two documents for one tool would make two bindings of one name.
    private mutating func reportDuplicateIDs(_ specs: [ToolSpec]) {
        for group in Dictionary(grouping: specs, by: { $0.id.lowercased() }).values {
            let ordered = group.sorted { $0.source < $1.source }
            for spec in ordered.dropFirst() {
                diagnostics.report(.error, .duplicateTool, "tool '\(spec.id)' is also described by \(ordered[0].source)", file: spec.source, at: .start)
            }
        }
    }
}
