import ArgumentParser
import Foundation
import WiroCatalog
import WiroGenCore

/// `wiro-gen fetch OWNER/TOOL…`: downloads tools' documents into Specs/ and regenerates.
struct Fetch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Download tools' documents from wiro.ai into --specs, list them in the configuration's tools, and regenerate.",
        discussion: """
            Takes clean slugs (wiro/virtual-try-on) or display names ("wiro/Virtual Try-On"). \
            Tries models/<owner>/<tool>/llms-full.txt, then models/…/llms.txt, then \
            tools/<owner>/<tool>/llms.txt, and says which answered. A document goes to \
            <specs>/<Owner>/<tool>.md, or over the tool's current document. Writes only \
            documents that read without error; when any tool fails, writes nothing at all.
            """
    )

    @Argument(help: ArgumentHelp("The tools, as OWNER/TOOL.", valueName: "owner/tool"))
    var tools: [String]

    @OptionGroup var options: GenerationOptions

    @Flag(inversion: .prefixedNo, help: "Regenerate the bindings after writing.")
    var generate = true

    @OptionGroup var site: SiteOptions

    func validate() throws {
        if tools.isEmpty { throw ValidationError("name at least one tool, as OWNER/TOOL (wiro-gen search lists them)") }
        for tool in tools {
            do { _ = try ToolReference(parsing: tool) } catch { throw ValidationError(error.description) }
        }
    }

    func run() async throws {
        let references = try tools.map { try ToolReference(parsing: $0) }
        guard let downloads = await Refresh.download(references, site: site) else {
            DiagnosticPrinter.fail("wiro-gen: nothing written: \(options.specs) is as it was")
            throw DocumentsHaveErrors()
        }
        let folder = SpecsFolder(path: options.specs)
        let updates = DocumentUpdate.plan(downloads.documents, definitions: downloads.definitions, into: folder, existing: folder.read().specs)
        Refresh.report(updates)
        try await Refresh.apply(updates, options: options, generate: generate)
    }
}
