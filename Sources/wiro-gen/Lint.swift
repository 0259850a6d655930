import ArgumentParser
import WiroGenCore

/// `wiro-gen lint`: reports what is wrong with documents, and nothing else.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check documents and print diagnostics (path:line:column: severity: message [id]).",
        discussion: "Reports all that generate would, rules left unchecked among it; the exit status is 1 when any diagnostic is an error."
    )

    @OptionGroup var documents: DocumentPaths

    func run() throws {
        let generation = try Pipeline.generate(paths: documents.paths, specsRoot: documents.paths[0])
        DiagnosticPrinter.report(generation.diagnostics, specs: generation.specs)
        if generation.hasErrors { throw DocumentsHaveErrors() }
    }
}
