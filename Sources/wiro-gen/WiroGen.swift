import ArgumentParser
import Foundation
import WiroGenFiles
import WiroHTTP

/// The `wiro-gen` command: reads Wiro tool documents and writes Swift bindings for them.
@main
struct WiroGen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wiro-gen",
        abstract: "Read Wiro tool documents (llms.txt) and generate type-safe Swift bindings.",
        discussion: "Exit status: 0 when all is well, 1 when a document has errors (for check, update --check and diff: when something differs), 2 for a wrong invocation.",
        version: WiroGenVersion.current,
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
        } catch let missing as MissingPath {
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
