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

    func run() throws {
        let set = try Pipeline.readSpecs(at: [document])
        guard !set.hasErrors, let spec = set.specs.first else {
            DiagnosticPrinter.report(set.diagnostics, specs: set)
            throw DocumentsHaveErrors()
        }
        let (file, diagnostics) = Generator.toolFile(spec, source: source ?? document)
        DiagnosticPrinter.print(set.diagnostics + diagnostics)
        try OutputFolder.write(file.contents, to: URL(fileURLWithPath: output))
    }
}

/// `wiro-gen emit-shared`: the namespaces and registry of a set of documents, for the build plugin.
struct EmitShared: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emit-shared",
        abstract: "Write Namespaces.swift and WiroTools.swift for a set of documents (run by the WiroGenPlugin build plugin)."
    )

    @Option(help: "The folder to write the two files into.")
    var outputDirectory: String

    @Option(help: "How the files' headers name the documents' folder.")
    var source: String = "documents"

    @Argument(help: "The tool documents.")
    var documents: [String] = []

    /// Each document's own problems are reported by its emit-tool run; here only what
    /// concerns several documents together.
    func run() throws {
        let set = try Pipeline.readSpecs(at: documents)
        let readable = set.specs.filter { spec in !set.diagnostics.contains { $0.severity == .error && $0.file == spec.source } }
        let (files, clashes) = Generator.sharedFiles(readable, source: source)
        let crossDocument = set.diagnostics.filter { $0.id == .duplicateTool } + clashes
        DiagnosticPrinter.print(crossDocument)
        if crossDocument.contains(where: { $0.severity == .error }) { throw DocumentsHaveErrors() }
        for file in files {
            try OutputFolder.write(file.contents, to: URL(fileURLWithPath: outputDirectory).appendingPathComponent(file.path))
        }
    }
}
