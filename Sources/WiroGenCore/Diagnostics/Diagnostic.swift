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

/// The identifiers of every diagnostic WiroGen emits.
public enum DiagnosticID: String, Hashable, Sendable, CaseIterable {
    case emptyFile = "empty-file"
    case binaryFile = "binary-file"
    case invalidUTF8 = "invalid-utf8"
    case unreadableFile = "unreadable-file"
    case notAToolDocument = "not-a-tool-document"
    case missingID = "missing-id"
    case malformedID = "malformed-id"
    case duplicateTool = "duplicate-tool"
    case missingEndpoint = "missing-endpoint"
    case missingInputs = "missing-inputs"
    case missingName = "missing-name"
    case missingField = "missing-field"
    case duplicateInput = "duplicate-input"
    case unknownType = "unknown-type"
    case selectWithoutOptions = "select-without-options"
    case malformedOption = "malformed-option"
    case duplicateOption = "duplicate-option"
    case defaultNotAnOption = "default-not-an-option"
    case strayText = "stray-text"
    case invalidRunExample = "invalid-run-example"
    case missingRunExample = "missing-run-example"
    case inferredTypes = "inferred-types"
    case repairedEncoding = "repaired-encoding"
    case ruleConflict = "rule-conflict"
    case unknownExampleInput = "unknown-example-input"
    case invalidExampleValue = "invalid-example-value"
    case invalidDefault = "invalid-default"
    case renamed = "renamed"
    case duplicateType = "duplicate-type"
    case staleIndex = "stale-index"
    case invalidConfig = "invalid-config"
    case unknownConfigKey = "unknown-config-key"
    case unknownConfigReference = "unknown-config-reference"
    case invalidConfigName = "invalid-config-name"
    case configRuleConflict = "config-rule-conflict"
    case unusedConfigIgnore = "unused-config-ignore"
    case notConfigured = "not-configured"
}

/// The one channel diagnostics travel through: every stage (reading, rules, resolving,
/// emitting) reports into the collector it is handed, and the pipeline fails once, at the
/// end, if any diagnostic is an error. Documents read in parallel each get their own
/// collector, merged in document order.
struct DiagnosticCollector: Sendable {
    /// Every diagnostic so far, in the order reported.
    private(set) var all: [Diagnostic] = []

    /// An empty collector.
    init() {}

    /// True when any diagnostic is an error.
    var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Adds one diagnostic.
    mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    /// Drops the diagnostics `shouldRemove` picks.
    mutating func removeAll(where shouldRemove: (Diagnostic) -> Bool) {
        all.removeAll(where: shouldRemove)
    }

    /// Adds several.
    mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        all.append(contentsOf: diagnostics)
    }

    /// Reports a problem at a place in a document.
    mutating func report(_ severity: Diagnostic.Severity, _ id: DiagnosticID, _ message: String, file: String, at location: SourceLocation?) {
        all.append(Diagnostic(severity, id, message, file: file, at: location))
    }

    /// The specs whose documents have no error: the ones later stages may work on. (The
    /// files with errors are gathered once; asking per spec would scan every diagnostic per
    /// document.)
    func withoutErrors(_ specs: [ToolSpec]) -> [ToolSpec] {
        let failed = Set(all.lazy.filter { $0.severity == .error }.map(\.file))
        return failed.isEmpty ? specs : specs.filter { !failed.contains($0.source) }
    }

    /// Every diagnostic in a stable order: by file, then place, then severity and message.
    var sorted: [Diagnostic] {
        all.sorted { a, b in
            if a.file != b.file { return a.file < b.file }
            let la = a.location ?? .start, lb = b.location ?? .start
            if la != lb { return la < lb }
            if a.severity != b.severity { return a.severity > b.severity }
            return a.message < b.message
        }
    }
}
