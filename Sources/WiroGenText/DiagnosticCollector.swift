/// The one channel diagnostics travel through: every stage (reading, rules, resolving,
/// emitting) reports into the collector it is handed, and the pipeline fails once, at the
/// end, if any diagnostic is an error. Documents read in parallel each get their own
/// collector, merged in document order.
package struct DiagnosticCollector: Sendable {
    /// Every diagnostic so far, in the order reported.
    package private(set) var all: [Diagnostic] = []

    /// An empty collector.
    package init() {}

    /// True when any diagnostic is an error.
    package var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Adds one diagnostic.
    package mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    /// Drops the diagnostics `shouldRemove` picks.
    package mutating func removeAll(where shouldRemove: (Diagnostic) -> Bool) {
        all.removeAll(where: shouldRemove)
    }

    /// Adds several.
    package mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        all.append(contentsOf: diagnostics)
    }

    /// Reports a problem at a place in a document.
    package mutating func report(_ severity: Diagnostic.Severity, _ id: DiagnosticID, _ message: String, file: String, at location: SourceLocation?) {
        all.append(Diagnostic(severity, id, message, file: file, at: location))
    }

    /// The files any error is about. (Gathered once: asking per document would scan every
    /// diagnostic per document.)
    package var filesWithErrors: Set<String> {
        Set(all.lazy.filter { $0.severity == .error }.map(\.file))
    }

    /// Every diagnostic in a stable order: by file, then place, then severity and message.
    package var sorted: [Diagnostic] {
        all.sorted { a, b in
            if a.file != b.file { return a.file < b.file }
            let la = a.location ?? .start, lb = b.location ?? .start
            if la != lb { return la < lb }
            if a.severity != b.severity { return a.severity > b.severity }
            return a.message < b.message
        }
    }
}
