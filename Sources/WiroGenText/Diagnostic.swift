/// A problem, or a remark, about one place in one tool document.
///
/// Printed as `path:line:column: severity: message [id]`, the form compilers use, so that
/// SwiftPM, Xcode and editors make it clickable.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in words a doc writer understands.
    public var message: String
    /// A stable identifier, for filtering and for tests.
    public var id: DiagnosticID
    /// The document's path, as it was given.
    public var file: String
    /// Where in the document, when the problem has a place.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ id: DiagnosticID, _ message: String, file: String, at location: SourceLocation?) {
        self.severity = severity
        self.id = id
        self.message = message
        self.file = file
        self.location = location
    }

    /// `path:line:column: severity: message [id]`.
    public var description: String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): \(severity.rawValue): \(message) [\(id.rawValue)]"
    }
}
