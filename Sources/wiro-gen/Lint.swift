import ArgumentParser
import WiroGenCore

/// `wiro-gen lint`: reports what is wrong with documents, and nothing else.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check documents and print diagnostics (path:line:column: severity: message [id]).",
        discussion: "Runs every stage but emitting and reports all that generate would, each rule not checked and why among it; the exit status is 1 when any diagnostic is an error."
    )

    @OptionGroup var documents: DocumentPaths

    func run() throws {
        let generation = try Pipeline.lint(paths: documents.paths)
        DiagnosticPrinter.report(generation.diagnostics, specs: generation.specs)
        if generation.hasErrors { throw DocumentsHaveErrors() }
    }
}
