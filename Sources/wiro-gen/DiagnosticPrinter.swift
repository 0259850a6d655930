import Foundation
import WiroGenCore
import WiroGenText

/// What the command line prints on standard error.
enum DiagnosticPrinter {
    /// Prints every diagnostic of a run to standard error, then a one-line summary; returns
    /// the lines.
    @discardableResult
    static func report(_ output: GeneratorOutput) -> [String] {
        let count = { (severity: Diagnostic.Severity) in
            counted(output.diagnostics.filter { $0.severity == severity }.count, severity.rawValue)
        }
        let lines = output.diagnostics.map(\.description) + [
            "wiro-gen: \(counted(output.documentCount, "document")), \(counted(output.specs.count, "tool")), "
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
