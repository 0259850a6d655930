import ArgumentParser
import Foundation
import WiroGenCore
import WiroGenFiles
import WiroGenModel

/// `wiro-gen dump`: prints the specs read from documents as JSON.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the spec read from each document as a JSON array, sorted by tool id.",
        discussion: "Diagnostics go to standard error; the exit status is 1 when any is an error."
    )

    @OptionGroup var documents: DocumentPaths

    @Flag(name: .customLong("no-locations"), help: "Leave source line and column out of the JSON.")
    var noLocations = false

    func run() throws {
        let read = Generator.run(try SourceFiles.input(documents: documents.paths, configuration: nil), for: .specs)
        let json = try SpecDump.json(read.specs, includeLocations: !noLocations)
        FileHandle.standardOutput.write(Data(json.utf8))
        DiagnosticPrinter.report(read)
        if read.hasErrors { throw DocumentsHaveErrors() }
    }
}
