import ArgumentParser
import Foundation
import WiroCatalog
import WiroGenCore
import WiroGenModel
import WiroGenFiles
import WiroGenText

/// `wiro-gen update [--check]`: downloads every tool's document again and reports how the
/// tools changed; writes and regenerates, or (`--check`) only says whether Specs/ is behind.
struct Update: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Download every document in --specs (or the configuration's tools) again, print what changed, and regenerate.",
        discussion: """
            Each change is one line, classed breaking (for code that uses the bindings), \
            additive or text. With --check, writes nothing and exits 1 when any document on \
            wiro.ai differs from the one in --specs, 0 when none does: a scheduled CI job that \
            says the bindings are behind Wiro. Writes nothing at all when any download fails.
            """
    )

    @OptionGroup var options: GenerationOptions

    @Flag(help: "Write nothing; exit 1 when Wiro's documents changed.")
    var check = false

    @Flag(inversion: .prefixedNo, help: "Regenerate the bindings after writing.")
    var generate = true

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let folder = SpecsFolder(path: options.specs)
        let existing = folder.read()
        // A document that does not read has no id to fetch by; say so rather than skip it unseen.
        DiagnosticPrinter.print(existing.diagnostics.filter { $0.severity == .error })
        let references = try tools(existing.specs)
        guard !references.isEmpty else {
            DiagnosticPrinter.say("wiro-gen: no tools to update: \(options.specs) has no tool documents")
            return
        }
        guard let downloads = await Refresh.download(references, site: site) else {
            DiagnosticPrinter.fail("wiro-gen: nothing written: \(options.specs) is as it was")
            throw DocumentsHaveErrors()
        }
        let updates = DocumentUpdate.plan(downloads.documents, definitions: downloads.definitions, into: folder, existing: existing.specs)
        Refresh.report(updates)
        let behind = updates.contains { !$0.isUnchanged }
        if check {
            guard behind else { return }
            DiagnosticPrinter.fail("wiro-gen: \(options.specs) is behind Wiro; run `swift run wiro-gen update` and review the changes above")
            throw DocumentsHaveErrors()
        }
        guard behind else { return }
        try await Refresh.apply(updates, options: options, generate: generate)
    }

    /// The tools of the configuration's `tools` when it lists them, else every tool in
    /// Specs/; each by its document's endpoint when Specs/ has one, else by its id.
    private func tools(_ specs: [ToolSpec]) throws -> [ToolReference] {
        let configured = Generator.run(try SourceFiles.input(documents: [], configuration: options.config.path), for: .specs)
        if configured.hasErrors {
            DiagnosticPrinter.print(configured.diagnostics)
            throw DocumentsHaveErrors()
        }
        guard let ids = configured.configuredToolIDs else { return specs.map(ToolReference.init(spec:)) }
        return ids.map { id in specs.first { $0.id.lowercased() == id.lowercased() }.map(ToolReference.init(spec:)) ?? ToolReference(id: id) }
    }
}
