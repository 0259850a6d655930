import ArgumentParser
import Foundation
import WiroCatalog
import WiroGenCore
import WiroGenConfig
import WiroGenDiff
import WiroGenFiles
import WiroGenText

/// What `fetch` and `update` share: download, report, then write and regenerate, all or
/// nothing: if any tool fails, nothing is written, so Specs/ and the module stay as they were.
enum Refresh {
    /// What was downloaded: each tool's document, and its definition when there is an API key.
    struct Downloads {
        var documents: [FetchedDocument]
        var definitions: [ToolReference: FetchedDefinition]
    }

    /// Every reference's document, and with an API key its definition; nil after printing each
    /// failure.
    static func download(_ references: [ToolReference], site: SiteOptions) async -> Downloads? {
        let results = await DocumentFetcher(docsBase: site.docsBase, client: site.client).fetch(references)
        var fetched: [FetchedDocument] = []
        for result in results {
            switch result {
            case .success(let document):
                fetched.append(document)
                DiagnosticPrinter.print(document.document.diagnostics.filter { $0.severity == .warning })
            case .failure(let failure):
                DiagnosticPrinter.fail(failure.description)
            }
        }
        guard fetched.count == results.count, let definitions = await definitions(references, site: site) else { return nil }
        return Downloads(documents: fetched, definitions: definitions)
    }

    /// Each reference's structured definition (Tool/DetailOpenAPI), which needs the project's
    /// API key; without one, none, and a line that says so. Nil after printing each failure.
    private static func definitions(_ references: [ToolReference], site: SiteOptions) async -> [ToolReference: FetchedDefinition]? {
        guard let key = site.apiKey else {
            DiagnosticPrinter.say("wiro-gen: Wiro's definitions (required inputs, bounds) skipped: they come from Tool/DetailOpenAPI, "
                + "which needs WIRO_API_KEY; the definitions in Specs/ stay as they are")
            return [:]
        }
        let results = await DefinitionFetcher(apiBase: site.apiBase, apiKey: key, client: site.client).fetch(references)
        var fetched: [ToolReference: FetchedDefinition] = [:]
        for result in results {
            switch result {
            case .success(let definition): fetched[definition.reference] = definition
            case .failure(let failure): DiagnosticPrinter.fail(failure.description)
            }
        }
        return fetched.count == results.count ? fetched : nil
    }

    /// Prints what each update means: the spec changes on standard output, one a line, and a
    /// line per tool on standard error.
    static func report(_ updates: [DocumentUpdate]) {
        for update in updates {
            let from = "from \(update.source.absoluteString)"
            if update.isNew {
                let definition = update.definition == nil ? "" : ", its definition → \(update.definitionPath)"
                DiagnosticPrinter.say("wiro-gen: \(update.toolID): new tool, \(from) → \(update.path)\(definition)")
            } else if update.isUnchanged {
                DiagnosticPrinter.say("wiro-gen: \(update.toolID): unchanged, \(from)")
            } else {
                for change in update.changes { print(change.description) }
                if update.changes.isEmpty {
                    let file = update.previous == update.bytes ? update.definitionPath : update.path
                    print("\(file):1:1: text: \(update.toolID): the \(file == update.path ? "document's" : "definition's") text changed, not its spec")
                }
                DiagnosticPrinter.say("wiro-gen: \(update.toolID): changed (\(tally(update.changes))), \(from)")
            }
        }
        let new = updates.filter(\.isNew).count, same = updates.filter(\.isUnchanged).count
        DiagnosticPrinter.say("wiro-gen: \(updates.count) document\(updates.count == 1 ? "" : "s") fetched: \(new) new, "
            + "\(updates.count - new - same) changed, \(same) unchanged")
    }

    /// `1 breaking, 2 additive, 0 text only`.
    static func tally(_ changes: [SpecChange]) -> String {
        let count = { (impact: SpecChange.Impact) in changes.filter { $0.impact == impact }.count }
        return "\(count(.breaking)) breaking, \(count(.additive)) additive, \(count(.textOnly)) text only"
    }

    /// Writes the new and changed documents, lists new tools in the configuration's `tools`
    /// (when it has that key), then regenerates unless told not to.
    static func apply(_ updates: [DocumentUpdate], options: GenerationOptions, generate: Bool) async throws {
        let configPath = options.config.path
        var configText: String?
        if let configPath, case let newIDs = updates.filter(\.isNew).map(\.toolID), !newIDs.isEmpty {
            do {
                let text = try String(contentsOfFile: configPath, encoding: .utf8)
                let edited = try ConfigToolsEditor.adding(newIDs, to: text, path: configPath)
                configText = edited == text ? nil : edited
            } catch {
                DiagnosticPrinter.fail("\(error)")
                DiagnosticPrinter.fail("wiro-gen: nothing written: the configuration cannot be updated")
                throw DocumentsHaveErrors()
            }
        }
        let changed = updates.filter { !$0.isUnchanged }
        try SpecsFolder.write(changed.flatMap(\.files))
        if let configPath, let configText {
            try OutputFolder.write(configText, to: URL(fileURLWithPath: configPath))
            DiagnosticPrinter.say("wiro-gen: \(configPath): \"tools\" now lists the new tool\(updates.filter(\.isNew).count == 1 ? "" : "s")")
        }
        guard generate else { return }
        let command = try Generate.parse(options.arguments)
        try command.run()
    }
}

extension GenerationOptions {
    /// The options as arguments, to run `generate` with them.
    var arguments: [String] {
        ["--specs", specs, "--output", output] + (config.explicitPath.map { ["--config", $0] } ?? [])
    }
}
