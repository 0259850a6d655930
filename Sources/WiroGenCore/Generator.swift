import WiroGenConfig
import WiroGenEmit
import WiroGenModel
import WiroGenResolve
import WiroGenText

/// WiroGen's one entry point: documents and a configuration in memory, the Swift files of their
/// bindings out, with every diagnostic. Each command is a goal of the same chain of stages
/// (`GeneratorPipeline`): `dump` stops after reading, `lint` after resolving, the build
/// plugin's `emit-shared` after naming; `generate` and `check` run them all. Reading folders
/// and writing files is the caller's (WiroGenFiles, the command line).
public enum Generator {
    /// Runs the stages `goal` needs over `input`.
    public static func run(_ input: GeneratorInput, for goal: GeneratorGoal) -> GeneratorOutput {
        var pipeline = GeneratorPipeline(configuration: input.configuration, loadingDiagnostics: input.loadingDiagnostics)
        let readingStart = pipeline.diagnostics.all.count
        let specs = pipeline.read(input.documents)
        var output = GeneratorOutput(documentCount: input.documents.count, specs: specs, configuredToolIDs: pipeline.configuration.toolIDs)
        switch goal {
        case .specs:
            break
        case .decisions, .module:
            if input.documents.isEmpty {
                pipeline.report(.error, .notAToolDocument, "no *.md tool documents here; nothing to generate from", file: input.root)
            }
            let named = pipeline.name(pipeline.select(specs, wholeSet: input.isWholeSet))
            output.tools = pipeline.resolve(named)
            output.decisions = output.tools.flatMap(\.decisions)
            if case .module = goal {
                output.files = (pipeline.emit(output.tools, displayNames: displayNames(input)) + pipeline.emitShared(named, setName: input.setName))
                    .sorted { $0.path < $1.path }
            }
        case .sharedFiles:
            pipeline.maker = .buildPlugin
            pipeline.dropDocumentDiagnostics(readSince: readingStart)
            let named = pipeline.name(pipeline.select(specs, wholeSet: input.isWholeSet))
            pipeline.removeDiagnostics { $0.id == .notConfigured }
            // The build plugin declares both files as outputs: written even for an empty set.
            output.files = pipeline.emitShared(named, setName: input.setName, evenEmpty: true)
        case .toolFile(let index):
            pipeline.maker = .buildPlugin
            for extra in specs.dropFirst() {
                pipeline.report(.error, .duplicateTool, "'\(extra.id)' is a second tool among one tool's files (a document and the definition of its stem)",
                                file: extra.source, at: .start)
            }
            let source = specs.first.map { spec in input.documents.first { $0.path == spec.source }?.displayName ?? spec.source } ?? ""
            output.files = toolFile(specs.first, index: index, source: source, displayNames: displayNames(input), pipeline: &pipeline)
        }
        let silenced = pipeline.configuration.silenced
        output.diagnostics = pipeline.diagnostics.sorted.filter { $0.severity == .error || !silenced.contains($0.id) }
        if output.hasErrors { output.files = [] }
        return output
    }

    /// How each document's header names it, by path.
    private static func displayNames(_ input: GeneratorInput) -> [String: String] {
        Dictionary(input.documents.map { ($0.path, $0.displayName) }, uniquingKeysWith: { first, _ in first })
    }

    /// One tool's file. A tool the configuration leaves out gets a file that says so and
    /// declares nothing: the build plugin declares one output per tool.
    private static func toolFile(
        _ spec: ToolSpec?, index: InputFile?, source: String, displayNames: [String: String], pipeline: inout GeneratorPipeline
    ) -> [GeneratedFile] {
        guard let spec, !pipeline.diagnostics.hasErrors else { return [] }
        guard pipeline.configuration.includes(spec) else {
            return [ToolEmitter.skippedFile(id: spec.id, configuration: Configuration.fileName, source: source)]
        }
        guard let named = pipeline.name(spec, index: index) else { return [] }
        return pipeline.emit(pipeline.resolve(named), displayNames: displayNames)
    }

    /// A spec already read, named and resolved as if it were the only document and there were
    /// no configuration: how `diff` sees each version of a tool. Diagnostics are dropped:
    /// reading reported what matters about the document.
    package static func resolvedAlone(_ spec: ToolSpec) -> ResolvedTool {
        var pipeline = GeneratorPipeline(configuration: nil, loadingDiagnostics: [])
        return pipeline.resolve(pipeline.name([spec]))[0]
    }
}
