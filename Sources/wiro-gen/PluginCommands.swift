import ArgumentParser
import Foundation
import WiroGenCore

/// `wiro-gen emit-tool`: one document's Swift file, as the build plugin runs it once per document.
struct EmitTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emit-tool",
        abstract: "Write the Swift file of one tool document (run by the WiroGenPlugin build plugin)."
    )

    @Argument(help: "The tool document.")
    var document: String

    @Option(help: "The Swift file to write; written only when its bytes change.")
    var output: String

    @Option(help: "How the file's header names the document (default: its path).")
    var source: String?

    @Option(help: "The WiroToolIndex.swift that emit-shared wrote for the whole set of documents; the tool is named as it says.")
    var index: String?

    @Option(help: "The configuration file, if the target has one.")
    var config: String?

    func run() throws {
        let generation = try Pipeline.emitTool(document: document, index: index, source: source ?? document, configPath: config)
        DiagnosticPrinter.print(generation.diagnostics)
        guard !generation.hasErrors, let file = generation.files.first else { throw DocumentsHaveErrors() }
        try OutputFolder.write(file.contents, to: URL(fileURLWithPath: output))
    }
}

/// `wiro-gen emit-shared`: the namespaces and registry of a set of documents, for the build plugin.
struct EmitShared: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emit-shared",
        abstract: "Write Namespaces.swift and WiroToolIndex.swift for a set of documents (run by the WiroGenPlugin build plugin)."
    )

    @Option(help: "The folder to write the two files into.")
    var outputDirectory: String

    @Option(help: "How the files' headers name the documents' folder.")
    var source: String = "documents"

    @Option(help: "The configuration file, if the target has one.")
    var config: String?

    @Argument(help: "The tool documents.")
    var documents: [String] = []

    /// Each document's own problems are reported by its emit-tool run; here only what
    /// concerns several documents together.
    func run() throws {
        let generation = try Pipeline.emitShared(documents: documents, source: source, configPath: config)
        DiagnosticPrinter.print(generation.diagnostics)
        if generation.hasErrors { throw DocumentsHaveErrors() }
        for file in generation.files {
            try OutputFolder.write(file.contents, to: URL(fileURLWithPath: outputDirectory).appendingPathComponent(file.path))
        }
    }
}
