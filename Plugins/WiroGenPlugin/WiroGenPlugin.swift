import Foundation
import PackagePlugin

/// Generates Swift for the Wiro tool documents (`*.md`) in a target, at build time.
///
/// One command per document, each declaring its document as its only input and its one Swift
/// file as its output, so a no-op build runs nothing and an edit regenerates one file; one more
/// command, fed every document, writes the owners' namespaces and the `WiroTools` registry.
@main
struct WiroGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else {
            throw WiroPluginError(description: "WiroGenPlugin: target '\(target.name)' has no sources to hold generated code")
        }
        let tool = try context.tool(named: "wiro-gen").url
        let documents = WiroDocuments.documents(in: target.sourceFiles.map(\.url))
        guard !documents.isEmpty else {
            Diagnostics.warning("WiroGenPlugin: target '\(target.name)' holds no *.md tool documents; nothing to generate")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("WiroTools")
        var commands: [Command] = documents.map { document in
            let relative = WiroDocuments.relativePath(of: document, in: target.directoryURL)
            let file = output.appendingPathComponent(WiroDocuments.outputName(forRelativePath: relative))
            return .buildCommand(
                displayName: "Generating Swift for \(target.name)/\(relative)",
                executable: tool,
                arguments: ["emit-tool", document.path, "--output", file.path, "--source", "\(target.name)/\(relative)"],
                inputFiles: [document],
                outputFiles: [file]
            )
        }
        commands.append(.buildCommand(
            displayName: "Generating the Wiro tool registry of \(target.name)",
            executable: tool,
            arguments: ["emit-shared", "--output-directory", output.path, "--source", target.name] + documents.map(\.path),
            inputFiles: documents,
            outputFiles: [output.appendingPathComponent("Namespaces.swift"), output.appendingPathComponent("WiroTools.swift")]
        ))
        return commands
    }
}
