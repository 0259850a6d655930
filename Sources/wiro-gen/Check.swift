import ArgumentParser
import WiroGenCore
import WiroGenFiles

/// `wiro-gen check`: fails when the generated module is not what `generate` would write.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that --output is exactly what generate would write; writes nothing.",
        discussion: "Exit status 1 lists stale, missing and extra files and the command that fixes them."
    )

    @OptionGroup var options: GenerationOptions

    func run() throws {
        let generation = Generator.run(try options.input(), for: .module)
        if generation.hasErrors {
            DiagnosticPrinter.report(generation)
            throw DocumentsHaveErrors()
        }
        let differences = OutputFolder(path: options.output).differences(from: generation.files)
        guard !differences.isFresh else {
            DiagnosticPrinter.say("wiro-gen: \(options.output) is up to date (\(generation.files.count) files)")
            return
        }
        for path in differences.stale { DiagnosticPrinter.fail("\(options.output)/\(path): error: stale: its document changed") }
        for path in differences.missing { DiagnosticPrinter.fail("\(options.output)/\(path): error: missing: a document produces it") }
        for path in differences.extra { DiagnosticPrinter.fail("\(options.output)/\(path): error: extra: no document produces it any more") }
        DiagnosticPrinter.fail("wiro-gen: \(options.output) is out of date; run `\(options.fixCommand)`")
        throw DocumentsHaveErrors()
    }
}
