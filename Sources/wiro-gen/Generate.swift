import ArgumentParser
import WiroGenCore

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
        let configPath = options.config.path
        let documents = GenerationCache.digests(of: try Pipeline.documents(at: [options.specs]) + (configPath.map { [$0] } ?? []))
        if let cacheURL, let cache = GenerationCache.load(from: cacheURL), cache.generator == GenerationCache.currentGenerator,
           cache.documents == documents, cache.outputs == GenerationCache.outputDigests(in: options.output) {
            for line in cache.diagnostics { DiagnosticPrinter.say(line) }
            DiagnosticPrinter.say("wiro-gen: \(options.output): 0 added, 0 updated, 0 removed, \(cache.outputs.count) unchanged (no document changed)")
            return
        }
        let generation = try Pipeline.generate(paths: [options.specs], specsRoot: options.specs, configPath: configPath)
        let summary = DiagnosticPrinter.report(generation.diagnostics, specs: generation.specs)
        if generation.hasErrors {
            DiagnosticPrinter.say("wiro-gen: nothing written: fix the errors above first")
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

/// `wiro-gen check`: fails when the generated module is not what `generate` would write.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that --output is exactly what generate would write; writes nothing.",
        discussion: "Exit status 1 lists stale, missing and extra files and the command that fixes them."
    )

    @OptionGroup var options: GenerationOptions

    func run() throws {
        let generation = try Pipeline.generate(paths: [options.specs], specsRoot: options.specs, configPath: options.config.path)
        if generation.hasErrors {
            DiagnosticPrinter.report(generation.diagnostics, specs: generation.specs)
            throw DocumentsHaveErrors()
        }
        let differences = OutputFolder(path: options.output).differences(from: generation.files)
        guard !differences.isFresh else {
            DiagnosticPrinter.say("wiro-gen: \(options.output) is up to date (\(generation.files.count) files)")
            return
        }
        for path in differences.stale { DiagnosticPrinter.say("\(options.output)/\(path): error: stale: its document changed") }
        for path in differences.missing { DiagnosticPrinter.say("\(options.output)/\(path): error: missing: a document produces it") }
        for path in differences.extra { DiagnosticPrinter.say("\(options.output)/\(path): error: extra: no document produces it any more") }
        DiagnosticPrinter.say("wiro-gen: \(options.output) is out of date; run `\(options.fixCommand)`")
        throw DocumentsHaveErrors()
    }
}
