import ArgumentParser
import Foundation
import WiroGenCore

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
        let set = try Pipeline.readSpecs(at: documents.paths)
        let json = try SpecDump.json(set.specs, includeLocations: !noLocations)
        FileHandle.standardOutput.write(Data(json.utf8))
        DiagnosticPrinter.report(set.diagnostics, specs: set)
        if set.hasErrors { throw DocumentsHaveErrors() }
    }
}
