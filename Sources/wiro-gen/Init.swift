import ArgumentParser
import Foundation
import WiroGenConfig
import WiroGenCore
import WiroGenFiles
import WiroGenModel

/// `wiro-gen init`: writes a starting `wiro-gen.json`.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starting \(Configuration.fileName): the access level and the tools found in --specs.",
        discussion: """
            JSON has no comments: the README's "Configuration" section explains every key. \
            Refuses to replace an existing file unless --force is given.
            """
    )

    @Option(help: "The folder of tool documents whose tools the file lists.")
    var specs = "Specs"

    @Option(help: "The file to write.")
    var output = Configuration.fileName

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        guard force || !FileManager.default.fileExists(atPath: output) else {
            DiagnosticPrinter.fail("\(output): error: the file exists; edit it, or pass --force to replace it")
            throw DocumentsHaveErrors()
        }
        let ids = FileManager.default.fileExists(atPath: specs)
            ? Generator.run(try SourceFiles.input(documents: [specs], configuration: nil), for: .specs).specs.map(\.id) : []
        try OutputFolder.write(Configuration.starter(toolIDs: ids), to: URL(fileURLWithPath: output))
        DiagnosticPrinter.say("wiro-gen: wrote \(output) (\(ids.count) tool\(ids.count == 1 ? "" : "s")); the README's Configuration section lists every key")
    }
}
