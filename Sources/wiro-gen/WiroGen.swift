import ArgumentParser
import Foundation
import WiroGenCore

/// The `wiro-gen` command: reads Wiro tool documents and writes Swift bindings for them.
@main
struct WiroGen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wiro-gen",
        abstract: "Read Wiro tool documents (llms.txt) and generate type-safe Swift bindings.",
        discussion: "Exit status: 0 when all is well, 1 when a document has errors (for check, update --check and diff: when something differs), 2 for a wrong invocation.",
        subcommands: [Generate.self, Check.self, Dump.self, Lint.self, Diff.self, Init.self, Search.self, Fetch.self, Update.self, EmitTool.self, EmitShared.self]
    )

    /// Runs the command, mapping failures to the documented exit statuses: 1 for errors in
    /// documents, 2 for usage errors (where ArgumentParser would use 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as DocumentsHaveErrors {
            _ = failure
            Foundation.exit(1)
        } catch let status as ExitStatus {
            Foundation.exit(status.code)
        } catch let missing as Pipeline.MissingPath {
            FileHandle.standardError.write(Data("wiro-gen: error: \(missing)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// Thrown after the diagnostics of documents with errors have been printed.
struct DocumentsHaveErrors: Error {}

/// Thrown to end with a status of the command's own, after its output: `diff`'s 1 means
/// "they differ", as in diff(1), and its 2 "a side cannot be read".
struct ExitStatus: Error {
    var code: Int32
}

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
    @Argument(help: "Tool documents, or folders searched recursively for *.md.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one document or folder") }
    }
}

/// Where `generate` and `check` read and write.
struct GenerationOptions: ParsableArguments {
    @Option(help: "The folder of tool documents, searched recursively for *.md.")
    var specs = "Specs"

    @Option(help: "The folder of the generated module.")
    var output = "Generated/WiroTools"

    @OptionGroup var config: ConfigOption

    /// The command that brings the output up to date.
    var fixCommand: String {
        let arguments = (specs == "Specs" ? "" : " --specs \(specs)") + (output == "Generated/WiroTools" ? "" : " --output \(output)")
            + (config.explicitPath.map { " --config \($0)" } ?? "")
        return "swift run wiro-gen generate" + arguments
    }
}

enum DiagnosticPrinter {
    /// Prints every diagnostic to standard error, then a one-line summary; returns the lines.
    @discardableResult
    static func report(_ diagnostics: [Diagnostic], specs set: Pipeline.SpecSet) -> [String] {
        let count = { (severity: Diagnostic.Severity) in
            counted(diagnostics.filter { $0.severity == severity }.count, severity.rawValue)
        }
        let lines = diagnostics.map(\.description) + [
            "wiro-gen: \(counted(set.documentCount, "document")), \(counted(set.specs.count, "tool")), "
                + "\(count(.error)), \(count(.warning)), \(count(.note))",
        ]
        FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        return lines
    }

    /// Prints diagnostics to standard error, one a line, without a summary.
    static func print(_ diagnostics: [Diagnostic]) {
        let text = diagnostics.map { $0.description + "\n" }.joined()
        if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// Prints a line to standard error.
    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
