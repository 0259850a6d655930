import ArgumentParser
import Foundation
import WiroGenCore
import WiroGenFiles
import WiroGenText

/// `wiro-gen emit-tool`: one document's Swift file, as the build plugin runs it once per document.
struct EmitTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emit-tool",
        abstract: "Write the Swift file of one tool document (run by the WiroGenPlugin build plugin)."
    )

    @Argument(help: "The tool's document, its definition (*.openapi.json) beside it, or both.")
    var documents: [String]

    @Option(help: "The Swift file to write; written only when its bytes change.")
    var output: String

    @OptionGroup var root: RootOptions

    @Option(help: "The WiroToolIndex.swift that emit-shared wrote for the whole set of documents; the tool is named as it says.")
    var index: String?

    @Option(help: "The configuration file, if the target has one.")
    var config: String?

    func validate() throws {
        guard (1...2).contains(documents.count) else {
            throw ValidationError("give one tool's files: its document, its definition, or both")
        }
    }

    func run() throws {
        var input = try SourceFiles.input(documents: documents, configuration: config, namedFrom: root.root, rootName: root.rootName)
        var indexFile: InputFile?
        if let index { indexFile = loadIndex(index, into: &input) }
        let generation = Generator.run(input, for: .toolFile(index: indexFile))
        DiagnosticPrinter.print(generation.diagnostics)
        guard !generation.hasErrors, let file = generation.files.first else { throw DocumentsHaveErrors() }
        try OutputFolder.write(file.contents, to: URL(fileURLWithPath: output))
    }

    /// The index; one that cannot be read is an error at the document.
    private func loadIndex(_ path: String, into input: inout GeneratorInput) -> InputFile? {
        if let file = SourceFiles.load(path) { return file }
        input.loadingDiagnostics.append(Diagnostic(.error, .staleIndex, "the tool index \(path) cannot be read (run emit-shared first)",
                                                   file: documents[0], at: .start))
        return nil
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
    var rootName: String = "documents"

    @Option(help: "The configuration file, if the target has one.")
    var config: String?

    @Argument(help: "The tool documents.")
    var documents: [String] = []

    /// Each document's own problems are reported by its emit-tool run; here only what
    /// concerns several documents together.
    func run() throws {
        var input = try SourceFiles.input(documents: documents, configuration: config, rootName: rootName)
        input.isWholeSet = true
        let generation = Generator.run(input, for: .sharedFiles)
        DiagnosticPrinter.print(generation.diagnostics)
        if generation.hasErrors { throw DocumentsHaveErrors() }
        for file in generation.files {
            try OutputFolder.write(file.contents, to: URL(fileURLWithPath: outputDirectory).appendingPathComponent(file.path))
        }
    }
}

/// How a generated file's header names a document: from the folder it sits in.
struct RootOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder the document's header name starts from (default: the header names the document by its path).", valueName: "folder"))
    var root: String?

    @Option(help: ArgumentHelp("How the header names that folder (default: its last path component).", valueName: "name"))
    var rootName: String?
}
