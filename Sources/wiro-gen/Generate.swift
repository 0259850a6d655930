import ArgumentParser
import WiroGenCore
import WiroGenFiles

/// `wiro-gen generate`: writes the Swift module for a folder of documents.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate the Swift bindings of every document in --specs into --output.",
        discussion: """
            Writes only files whose bytes change, each through a temporary file; removes files it \
            generated earlier (they carry its header) that no document produces any more, and \
            nothing else. Writes nothing at all when a document has an error.
            """
    )

    @OptionGroup var options: GenerationOptions

    @Flag(help: "Read every document even when nothing changed since the last run.")
    var force = false

    func run() throws {
        let cacheURL = force ? nil : GenerationCache.location(forOutput: options.output)
        let input = try options.input()
        let documents = GenerationCache.digests(of: input)
        if let cacheURL, let cache = GenerationCache.load(from: cacheURL), cache.generator == GenerationCache.currentGenerator,
           cache.documents == documents, cache.outputs == GenerationCache.outputDigests(in: options.output) {
            DiagnosticPrinter.replay(cache.diagnostics)
            DiagnosticPrinter.say("wiro-gen: \(options.output): 0 added, 0 updated, 0 removed, \(cache.outputs.count) unchanged (no document changed)")
            return
        }
        let generation = Generator.run(input, for: .module)
        let summary = DiagnosticPrinter.report(generation)
        if generation.hasErrors {
            DiagnosticPrinter.fail("wiro-gen: nothing written: fix the errors above first")
            throw DocumentsHaveErrors()
        }
        let changes = try OutputFolder(path: options.output).update(to: generation.files)
        DiagnosticPrinter.say(
            "wiro-gen: \(options.output): \(changes.missing.count) added, \(changes.stale.count) updated, "
                + "\(changes.extra.count) removed, \(changes.unchanged.count) unchanged")
        if let cacheURL {
            GenerationCache(
                generator: GenerationCache.currentGenerator, documents: documents,
                outputs: GenerationCache.digests(of: generation.files), diagnostics: summary
            ).save(to: cacheURL)
        }
    }
}
