import ArgumentParser
import WiroGenCore

/// `wiro-gen lint`: reports what is wrong with documents, and nothing else.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check documents and print diagnostics (path:line:column: severity: message [id]).",
        discussion: "The exit status is 1 when any diagnostic is an error."
    )

    @OptionGroup var documents: DocumentPaths

    func run() throws {
        let set = try Pipeline.readSpecs(at: documents.paths)
        DiagnosticPrinter.report(set)
        if set.hasErrors { throw DocumentsHaveErrors() }
    }
}
