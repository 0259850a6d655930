/// A diagnostic said at several places of one file, said once: the first, with the others.
public struct MergedDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The first place's diagnostic.
    public var first: Diagnostic
    /// The other places, in order.
    public var others: [SourceLocation]

    /// `path:line:column: severity: message [id]`, then the other places: `(also at 1:2989,
    /// 1:3414 and 3 more)`.
    public var description: String {
        guard !others.isEmpty else { return first.description }
        let shown = others.prefix(4).map { "\($0.line):\($0.column)" }.joined(separator: ", ")
        let more = others.count > 4 ? " and \(others.count - 4) more" : ""
        return "\(first.description) (also at \(shown)\(more))"
    }
}

extension Diagnostic {
    /// `diagnostics` with the ones that say the same thing (file, severity, id and message)
    /// said once, at the first place, in the order of their first places.
    public static func merged(_ diagnostics: [Diagnostic]) -> [MergedDiagnostic] {
        var merged: [MergedDiagnostic] = []
        var index: [Key: Int] = [:]
        for diagnostic in diagnostics {
            let key = Key(file: diagnostic.file, severity: diagnostic.severity, id: diagnostic.id, message: diagnostic.message)
            if let at = index[key], let location = diagnostic.location {
                merged[at].others.append(location)
            } else {
                index[key] = merged.count
                merged.append(MergedDiagnostic(first: diagnostic, others: []))
            }
        }
        return merged
    }

    private struct Key: Hashable {
        var file: String
        var severity: Severity
        var id: DiagnosticID
        var message: String
    }
}
