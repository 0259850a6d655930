import Foundation
import PackagePlugin

/// `swift package generate-wiro-bindings [--target NAME] [--check]`
///
/// Without `--target`: regenerates `Generated/WiroTools` from `Specs` in the package, exactly as
/// `swift run wiro-gen generate` does. With `--target NAME`: the documents in that target's
/// folder into its `Generated` folder. With `--check`: writes nothing and fails when stale.
/// The package's `wiro-gen.json` configures it (a target's own, in its folder, comes first).
@main
struct WiroGenCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targets = extractor.extractOption(named: "target")
        let check = extractor.extractFlag(named: "check") > 0
        if !extractor.remainingArguments.isEmpty {
            throw WiroPluginError(description: "unexpected arguments: \(extractor.remainingArguments.joined(separator: " ")); usage: generate-wiro-bindings [--target NAME] [--check]")
        }
        let tool = try context.tool(named: "wiro-gen").url
        let root = context.package.directoryURL
        let jobs: [(specs: URL, output: URL)]
        if targets.isEmpty {
            jobs = [(root.appendingPathComponent("Specs"), root.appendingPathComponent("Generated/WiroTools"))]
        } else {
            jobs = try context.package.targets(named: targets).map { target in
                guard let target = target as? SwiftSourceModuleTarget else {
                    throw WiroPluginError(description: "target '\(target.name)' has no source folder to generate into")
                }
                return (target.directoryURL, target.directoryURL.appendingPathComponent("Generated"))
            }
        }
        for job in jobs {
            let config = (targets.isEmpty ? nil : WiroDocuments.configuration(in: job.specs)) ?? WiroDocuments.configuration(in: root)
            try run(tool, [check ? "check" : "generate", "--specs", job.specs.path, "--output", job.output.path] + WiroDocuments.configArguments(config),
                    in: root)
        }
    }

    /// Runs wiro-gen, its diagnostics passing straight to the terminal; fails when it fails.
    private func run(_ tool: URL, _ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw WiroPluginError(description: "wiro-gen \(arguments.first ?? "") failed (exit status \(process.terminationStatus)); see its diagnostics above")
        }
    }
}
