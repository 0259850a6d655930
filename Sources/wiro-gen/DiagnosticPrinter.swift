import ArgumentParser
import Foundation
import WiroGenCore
import WiroGenText

/// `--quiet`: errors only.
struct ReportingOptions: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "Print errors only: no warnings, notes or progress.")
    var quiet = false

    /// Sets the printer's mode: ArgumentParser validates every option group once, after
    /// parsing and before the command runs.
    func validate() throws {
        DiagnosticPrinter.quiet = quiet
    }
}

/// What the command line prints on standard error.
enum DiagnosticPrinter {
    /// Errors only (`--quiet`). Set once, while the arguments are validated, before any task starts.
    nonisolated(unsafe) static var quiet = false

    /// Prints every diagnostic of a run to standard error (a diagnostic said at several places
    /// once, with the other places), then a one-line summary. Quiet: the errors, and the
    /// summary only when there are some. Returns every line, quiet or not (what a later run
    /// replays).
    @discardableResult
    static func report(_ output: GeneratorOutput) -> [String] {
        let count = { (severity: Diagnostic.Severity) in
            counted(output.diagnostics.filter { $0.severity == severity }.count, severity.rawValue)
        }
        let summary = "wiro-gen: \(counted(output.documentCount, "document")), \(counted(output.specs.count, "tool")), "
            + "\(count(.error)), \(count(.warning)), \(count(.note))"
        write(lines(for: output.diagnostics) + (quiet && !output.hasErrors ? [] : [summary]))
        return Diagnostic.merged(output.diagnostics).map(\.description) + [summary]
    }

    /// Prints diagnostics to standard error, one a line, without a summary.
    static func print(_ diagnostics: [Diagnostic]) {
        write(lines(for: diagnostics))
    }

    /// The lines of `diagnostics`: repeats merged, only errors when quiet.
    static func lines(for diagnostics: [Diagnostic]) -> [String] {
        Diagnostic.merged(diagnostics.filter { !quiet || $0.severity == .error }).map(\.description)
    }

    /// Prints a line of progress or information (not when quiet).
    static func say(_ line: String) {
        if !quiet { write([line]) }
    }

    /// Prints a line that reports a failure (even when quiet).
    static func fail(_ line: String) {
        write([line])
    }

    /// Prints lines kept from an earlier run: errors even when quiet, the rest otherwise.
    static func replay(_ lines: [String]) {
        write(lines.filter { !quiet || $0.contains(": error: ") })
    }

    private static func write(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
