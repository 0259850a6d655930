import ArgumentParser
import WiroGenCore
import WiroGenFiles

/// `wiro-gen lint`: reports what is wrong with documents, and nothing else.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check documents: print every rule-like sentence with its decision, then the diagnostics.",
        discussion: """
            Runs every stage but emitting. On standard output, one line per rule-like sentence of \
            every document: `path:line:column: enforced: <the rule in plain words>`, `advice: …` \
            (never checked), `optional: …`, `not checked: <why>` or `ignored by config: <where>`, \
            followed by the sentence; then the rules the configuration adds. On \
            standard error, every diagnostic generate would report (path:line:column: severity: \
            message [id]). The exit status is 1 when any diagnostic is an error.
            """
    )

    @OptionGroup var documents: DocumentPaths

    @OptionGroup var config: ConfigOption

    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        let generation = Generator.run(try SourceFiles.input(documents: documents.paths, configuration: config.path), for: .decisions)
        for decision in generation.decisions { print(decision) }
        DiagnosticPrinter.report(generation)
        if generation.hasErrors { throw DocumentsHaveErrors() }
    }
}
