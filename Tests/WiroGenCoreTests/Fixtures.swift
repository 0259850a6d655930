import Foundation
@testable import WiroGenCore
@testable import WiroGenDiff
@testable import WiroGenFiles
@testable import WiroGenModel
@testable import WiroGenReader
@testable import WiroGenResolve
@testable import WiroGenRules
@testable import WiroGenText

/// Paths and documents the tests share.
/// WiroGenCore's location; Testing has a type of the same name.
typealias Location = WiroGenText.SourceLocation

enum Fixtures {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed documents checked into Specs/.
    static let specs = root.appendingPathComponent("Specs")

    /// The shared corpus beside the package; absent in a user's clone.
    static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static var corpusAvailable: Bool {
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent("llms").path)
    }

    static let corpusSkipMessage = "../shared/corpus is absent (a user's clone has none): corpus tests skipped"

    /// The corpus's line-broken llms.txt documents.
    static func corpusDocuments() -> [URL] {
        let folder = corpus.appendingPathComponent("llms")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func seed(_ relative: String) -> URL { specs.appendingPathComponent(relative) }

    /// Documents made for tests: `Tests/Fixtures/<folder>`.
    static func fixtures(_ folder: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(folder)
    }

    /// The `*.md` files under a folder, sorted.
    static func documents(in folder: URL) -> [URL] {
        files(in: folder, ending: ".md")
    }

    /// The files under a folder whose names end so, sorted.
    static func files(in folder: URL, ending suffix: String) -> [URL] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(suffix) { found.append(relative) }
        }
        return found.sorted().map { folder.appendingPathComponent($0) }
    }

    static func bytes(_ url: URL) -> [UInt8] { [UInt8]((try? Data(contentsOf: url)) ?? Data()) }

    /// Reads a file into a spec, expecting one.
    static func extract(_ url: URL) -> ExtractionResult {
        MarkdownToolReader.extract(bytes(url), path: url.path)
    }

    /// Reads a document given as text.
    static func extract(_ text: String, path: String = "test.md") -> ExtractionResult {
        MarkdownToolReader.extract(Array(text.utf8), path: path)
    }

    /// A small, valid, line-broken document with the given input blocks.
    static func document(inputs: String, body: String = #"{"prompt": "a cat", "callbackUrl": "x"}"#) -> String {
        """
        ## Basic tool info

        Tool name: Test/tool
        Tool description: A tool for tests.
        Run Task Endpoint (POST):
        https://api.wiro.ai/v1/Run/Test/tool

        ## Tool Inputs:

        \(inputs)

        ## Run Command - Make HTTP Post Request
        ```bash
        curl -X POST "https://api.wiro.ai/v1/Run/Test/tool"
        -d '\(body)';
        ```

        ## Task Status Information

        ### Completed Task Statuses (Polling can stop)
        - task_postprocess_end : Done.

        """
    }

    /// Every run of whitespace made one space, as Wiro's flattened pages are.
    static func flattened(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        for byte in bytes {
            if byte.isASCIIWhitespace {
                if output.last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
            } else {
                output.append(byte)
            }
        }
        return output
    }
}

/// A document's spec and what reading it reported: the collector, opened up for assertions.
struct ExtractionResult {
    var spec: ToolSpec?
    var diagnostics: [Diagnostic]
}

extension MarkdownToolReader {
    /// Reads a document into a spec and the diagnostics of reading it.
    static func extract(_ bytes: [UInt8], path: String) -> ExtractionResult {
        var diagnostics = DiagnosticCollector()
        let spec = read(InputFile(path: path, contents: bytes), diagnostics: &diagnostics)
        return ExtractionResult(spec: spec, diagnostics: diagnostics.all)
    }
}

extension [SentenceReading] {
    /// The rules of every reading, in order.
    var constraints: [Constraint] { flatMap(\.constraints) }

    /// The readings that read no rule.
    var unread: [SentenceReading] {
        filter { if case .unread = $0.verdict { return true } else { return false } }
    }
}

extension Fixtures {
    /// A spec with its rules read, resolved under a name of its own.
    static func resolve(_ spec: ToolSpec) -> (tool: ResolvedTool, diagnostics: [Diagnostic]) {
        var spec = spec
        spec.readings = RuleReader.read(spec)
        var pipeline = GeneratorPipeline(configuration: nil, loadingDiagnostics: [])
        let tool = pipeline.resolve(pipeline.name([spec]))[0]
        return (tool, pipeline.diagnostics.all)
    }

    /// The module's files for specs already read (rules included), through the pipeline's
    /// stages after reading, headers naming documents from `specsRoot`; and every diagnostic.
    static func generate(_ specs: [ToolSpec], specsRoot: String) -> (files: [GeneratedFile], diagnostics: [Diagnostic]) {
        let rootName = URL(fileURLWithPath: specsRoot).lastPathComponent
        var pipeline = GeneratorPipeline(configuration: nil, loadingDiagnostics: [])
        let named = pipeline.name(pipeline.select(specs, wholeSet: false))
        let tools = pipeline.resolve(named)
        let names = Dictionary(specs.map { ($0.source, SourceFiles.displayName(of: $0.source, root: specsRoot, rootName: rootName)) }, uniquingKeysWith: { a, _ in a })
        let files = pipeline.emit(tools, displayNames: names) + pipeline.emitShared(named, setName: rootName)
        return (files.sorted { $0.path < $1.path }, pipeline.diagnostics.all)
    }

    /// Every stage over the documents under `paths`, headers naming them from `root`, as
    /// `generate` runs them.
    static func generate(paths: [String], root: String, config: String? = nil) throws -> GeneratorOutput {
        Generator.run(try SourceFiles.input(documents: paths, configuration: config, namedFrom: root), for: .module)
    }

    /// Every stage up to resolving, as `lint` runs them.
    static func lint(paths: [String], config: String? = nil) throws -> GeneratorOutput {
        Generator.run(try SourceFiles.input(documents: paths, configuration: config), for: .decisions)
    }

    /// The specs of the documents under `paths`, as `dump` reads them.
    static func readSpecs(at paths: [String]) throws -> GeneratorOutput {
        Generator.run(try SourceFiles.input(documents: paths, configuration: nil), for: .specs)
    }

    /// A document held in memory, read as the catalogue reads a download.
    static func readDocument(_ bytes: [UInt8], path: String) -> (spec: ToolSpec?, diagnostics: [Diagnostic]) {
        let read = Generator.run(GeneratorInput(documents: [InputFile(path: path, contents: bytes)]), for: .specs)
        return (read.specs.first, read.diagnostics)
    }

    /// The changes between the documents under two sets of paths, as `diff` finds them.
    static func diff(old: [String], new: [String]) throws -> DiffResult {
        DiffResult(old: try readSpecs(at: old), new: try readSpecs(at: new))
    }
}

extension ExtractionResult {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    func with(_ id: DiagnosticID) -> [Diagnostic] { diagnostics.filter { $0.id == id } }
}
