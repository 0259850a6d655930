import Foundation

/// The stages of WiroGen joined together: find documents, read them into specs, check the
/// set as a whole.
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

    /// Reads every document under `paths` into specs.
    public static func readSpecs(at paths: [String]) throws(MissingPath) -> SpecSet {
        let files = try documents(at: paths)
        let results = Parallel.map(files, read)
        var diagnostics = DiagnosticBag()
        var specs: [ToolSpec] = []
        for (found, spec) in results {
            diagnostics.append(contentsOf: found)
            if let spec { specs.append(spec) }
        }
        diagnostics.append(contentsOf: duplicateIDs(specs))
        specs.sort { ($0.id, $0.source) < ($1.id, $1.source) }
        return SpecSet(specs: specs, diagnostics: diagnostics.sorted, documentCount: files.count)
    }

    /// What generating from a folder of documents produces.
    public struct Generation: Sendable {
        /// The specs read.
        public var specs: SpecSet
        /// The files of the module, sorted by path; empty when any document has an error.
        public var files: [GeneratedFile]
        /// Every diagnostic, reading and generating, sorted.
        public var diagnostics: [Diagnostic]
        /// True when any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Reads every document under `paths` and generates the module's files; headers name
    /// documents from `specsRoot`. Nothing is generated when a document has an error: a partial
    /// module would hide the error.
    public static func generate(paths: [String], specsRoot: String) throws(MissingPath) -> Generation {
        var specs = try readSpecs(at: paths)
        if specs.documentCount == 0 {
            specs.diagnostics.append(Diagnostic(.error, .notAToolDocument, "no *.md tool documents here; nothing to generate from", file: specsRoot, at: nil))
        }
        guard !specs.hasErrors else { return Generation(specs: specs, files: [], diagnostics: specs.diagnostics) }
        let (files, found) = Generator.generate(specs.specs, specsRoot: specsRoot)
        var diagnostics = DiagnosticBag()
        diagnostics.append(contentsOf: specs.diagnostics)
        diagnostics.append(contentsOf: found)
        return Generation(specs: specs, files: files, diagnostics: diagnostics.sorted)
    }

    /// One document read into its spec, rules included, with its diagnostics.
    @Sendable private static func read(_ file: String) -> ([Diagnostic], ToolSpec?) {
        guard let data = FileManager.default.contents(atPath: file) else {
            return ([Diagnostic(.error, .unreadableFile, "the document cannot be read", file: file, at: nil)], nil)
        }
        let result = ToolExtractor.extract([UInt8](data), path: file)
        guard var spec = result.spec else { return (result.diagnostics, nil) }
        let rules = RuleReader.read(spec)
        spec.constraints = rules.constraints
        return (result.diagnostics + rules.diagnostics, spec)
    }

    /// Two documents for one tool would make two bindings of one name.
    private static func duplicateIDs(_ specs: [ToolSpec]) -> [Diagnostic] {
        Dictionary(grouping: specs) { $0.id.lowercased() }.values.flatMap { group -> [Diagnostic] in
            let ordered = group.sorted { $0.source < $1.source }
            return ordered.dropFirst().map {
                Diagnostic(.error, .duplicateTool, "tool '\($0.id)' is also described by \(ordered[0].source)", file: $0.source, at: .start)
            }
        }
    }
}
