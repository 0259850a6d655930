import ArgumentParser
import Foundation
import WiroGenConfig
import WiroGenCore
import WiroGenFiles

/// The configuration a command reads.
struct ConfigOption: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The configuration file (default: \(Configuration.fileName) in the current folder, when there is one).",
        valueName: "path"))
    var explicitPath: String?

    /// The file to read: the one given, else `wiro-gen.json` here if it exists, else none.
    var path: String? {
        explicitPath ?? (FileManager.default.fileExists(atPath: Configuration.fileName) ? Configuration.fileName : nil)
    }
}

/// The documents a command reads.
struct DocumentPaths: ParsableArguments {
    @Argument(help: "Tool documents, or folders searched recursively for *.md and *.openapi.json.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one document or folder") }
    }
}

/// Where `generate` and `check` read and write.
struct GenerationOptions: ParsableArguments {
    @Option(help: "The folder of tool documents, searched recursively for *.md and *.openapi.json.")
    var specs = "Specs"

    @Option(help: "The folder of the generated module.")
    var output = "Generated/WiroTools"

    @OptionGroup var config: ConfigOption

    @OptionGroup var reporting: ReportingOptions

    /// The generator's input: the documents in `specs` and the configuration.
    func input() throws(MissingPath) -> GeneratorInput {
        try SourceFiles.input(documents: [specs], configuration: config.path, namedFrom: specs)
    }

    /// The command that brings the output up to date.
    var fixCommand: String {
        let arguments = (specs == "Specs" ? "" : " --specs \(specs)") + (output == "Generated/WiroTools" ? "" : " --output \(output)")
            + (config.explicitPath.map { " --config \($0)" } ?? "")
        return "swift run wiro-gen generate" + arguments
    }
}
