import ArgumentParser
import Foundation
import WiroCatalog
import WiroGenCore

/// `wiro-gen search`: lists tools from Wiro's catalogue, marking those already in Specs/.
struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List tools from Wiro's catalogue (POST /Tool/List), marking those already in --specs.",
        discussion: """
            Needs a Wiro API key in WIRO_API_KEY (the key alone: listing needs no signature). \
            Prints one tool a line: its id (what `wiro-gen fetch` takes), title and categories; \
            `*` marks a tool whose document is in --specs.
            """
    )

    @Argument(help: "Words to search the tools' names for.")
    var text: [String] = []

    @Option(help: "Only this owner's tools (its slug, e.g. wiro).")
    var owner: String?

    @Option(help: "Only tools in this category (e.g. image-to-video, llm).")
    var category: String?

    @Option(help: "List at most this many tools.")
    var limit = 20

    @Option(help: "The folder of tool documents to mark tools from.")
    var specs = "Specs"

    @OptionGroup var site: SiteOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        guard let key = site.apiKey else {
            throw ValidationError("set WIRO_API_KEY to your project's API key (wiro.ai → Projects); searching needs no secret")
        }
        let query = CatalogQuery(text: text.isEmpty ? nil : text.joined(separator: " "), owner: owner, category: category, limit: limit)
        let found: (tools: [CatalogTool], total: Int)
        do {
            found = try await ToolCatalog(apiBase: site.apiBase, apiKey: key, client: site.client).search(query)
        } catch {
            DiagnosticPrinter.fail("wiro-gen: error: \(error)")
            throw DocumentsHaveErrors()
        }
        let present = Set(SpecsFolder(path: specs).toolIDs().map(ToolReference.slugged))
        let marked = Set(found.tools.map(\.id).filter { present.contains(ToolReference.slugged($0)) })
        let width = found.tools.map(\.id.count).max() ?? 0
        for tool in found.tools {
            let mark = marked.contains(tool.id) ? "*" : " "
            let id = tool.id.padding(toLength: width, withPad: " ", startingAt: 0)
            print("\(mark) \(id)  \(tool.title)" + (tool.categories.isEmpty ? "" : "  [\(tool.categories.joined(separator: ", "))]"))
        }
        let shown = found.tools.count
        DiagnosticPrinter.say("wiro-gen: \(shown) of \(found.total) tool\(found.total == 1 ? "" : "s") shown; \(marked.count) already in \(specs) (*)"
            + (shown < found.total ? "; --limit shows more" : ""))
    }
}
