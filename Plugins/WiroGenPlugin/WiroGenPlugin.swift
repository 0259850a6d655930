import Foundation
import PackagePlugin

/// Generates Swift for the Wiro tool documents (`*.md`) and structured definitions
/// (`*.openapi.json`) in a target, at build time.
///
/// One command, fed every document, writes the owners' namespaces and the `WiroToolIndex`,
/// which also records the names the whole set gives each tool. Then one command per tool, its
/// inputs the tool's document, the definition beside it (same stem) if any, and the index, its
/// output one Swift file: a no-op build runs
/// nothing, an edit regenerates one file (the index is rewritten only when a name changes),
/// and every file is the one `wiro-gen generate` writes. A `wiro-gen.json` in the target's
/// folder configures them all, and is an input of every command: editing it regenerates.
@main
struct WiroGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else {
            throw WiroPluginError(description: "WiroGenPlugin: target '\(target.name)' has no sources to hold generated code")
        }
        let tool = try context.tool(named: "wiro-gen").url
        let documents = WiroDocuments.documents(in: target.sourceFiles.map(\.url))
        guard !documents.isEmpty else {
            Diagnostics.warning("WiroGenPlugin: target '\(target.name)' holds no *.md tool documents or *.openapi.json definitions; nothing to generate")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("WiroTools")
        let index = output.appendingPathComponent("WiroToolIndex.swift")
        let config = WiroDocuments.configuration(in: target.directoryURL)
        let configInputs = config.map { [$0] } ?? []
        let configArguments = WiroDocuments.configArguments(config)
        let shared = Command.buildCommand(
            displayName: "Generating the Wiro tool index of \(target.name)",
            executable: tool,
            arguments: ["emit-shared", "--output-directory", output.path, "--root-name", target.name] + configArguments + documents.map(\.path),
            inputFiles: documents + configInputs,
            outputFiles: [output.appendingPathComponent("Namespaces.swift"), index]
        )
        return [shared] + WiroDocuments.tools(in: documents).map { files in
            let relative = WiroDocuments.relativePath(of: files[0], in: target.directoryURL)
            let file = output.appendingPathComponent(WiroDocuments.outputName(forRelativePath: relative))
            return .buildCommand(
                displayName: "Generating Swift for \(target.name)/\(relative)",
                executable: tool,
                arguments: ["emit-tool"] + files.map(\.path) + ["--index", index.path, "--output", file.path,
                            "--root", target.directoryURL.path, "--root-name", target.name] + configArguments,
                inputFiles: files + [index] + configInputs,
                outputFiles: [file]
            )
        }
    }
}
