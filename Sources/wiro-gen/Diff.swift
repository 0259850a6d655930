import ArgumentParser
import Foundation
import WiroGenCore
import WiroGenDiff
import WiroGenFiles

/// `wiro-gen diff`: what changed between two versions of tool documents, for the bindings.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two versions of tool documents, classed breaking, additive or text only.",
        discussion: """
            OLD and NEW are two documents or two folders (searched recursively for *.md and *.openapi.json); tools \
            are paired by id, ignoring case. Each change is one line on standard output, \
            `path:line:column: breaking|additive|text: Owner/tool: <change> (was|now <other \
            path:line:column>)`, pointing at the old document for removals and at the new one \
            otherwise, then a count such as `3 changes: 1 breaking, 1 additive, 1 text only` \
            or `no changes`. With --json, one JSON object instead: {"changes": [{"tool", \
            "impact", "summary", "old": {"file", "line", "column"} or null, "new": … or null, \
            "side"}], "counts": {"breaking", "additive", "text"}}, keys sorted.

            Breaking: an input, option or tool removed or renamed, a type, default, wire kind \
            or endpoint changed, a new enforced rule, an input becoming required. Additive: a \
            new optional input, option or tool, a rule no longer enforced, an input no longer \
            required. Text: help, labels, descriptions, samples, categories and other words.

            Exit status: 0 when nothing changed, 1 when something did (as diff(1)), 2 for a \
            missing path or a document with errors (its diagnostics are printed to standard error).
            """
    )

    @Argument(help: "The old version: a tool document, or a folder of them.")
    var old: String

    @Argument(help: "The new version: a tool document, or a folder of them.")
    var new: String

    @Flag(help: "Print the changes as one JSON object (documented above) instead of lines.")
    var json = false

    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        let result = DiffResult(
            old: Generator.run(try SourceFiles.input(documents: [old], configuration: nil), for: .specs),
            new: Generator.run(try SourceFiles.input(documents: [new], configuration: nil), for: .specs))
        if result.hasErrors {
            DiagnosticPrinter.print(result.diagnosticsOfFailedDocuments)
            DiagnosticPrinter.fail("wiro-gen: documents with errors cannot be compared")
            throw ExitStatus(code: 2)
        }
        let output = json ? try DiffReport.json(result.changes) : DiffReport.text(result.changes)
        FileHandle.standardOutput.write(Data(output.utf8))
        if !result.changes.isEmpty { throw ExitStatus(code: 1) }
    }
}
