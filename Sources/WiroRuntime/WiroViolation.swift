import Foundation

/// One broken rule.
public struct WiroViolation: Hashable, Sendable, CustomStringConvertible {
    /// The wire names of the inputs involved, in the order the rule names them.
    public let fields: [String]
    /// What is wrong, quoting the document sentence the rule comes from.
    public let message: String

    /// Creates a violation.
    public init(fields: [String], message: String) {
        self.fields = fields
        self.message = message
    }

    /// `fields: message`.
    public var description: String { "\(fields.joined(separator: ", ")): \(message)" }
}

/// Thrown by ``WiroRequest/validate()``: every rule the request breaks.
public struct WiroValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The id of the tool whose rules were broken.
    public let tool: String
    /// Every broken rule, in the order the document states them.
    public let violations: [WiroViolation]

    /// Creates the error.
    public init(tool: String, violations: [WiroViolation]) {
        self.tool = tool
        self.violations = violations
    }

    /// One line per violation.
    public var description: String {
        "invalid \(tool) request:\n" + violations.map { "  - \($0)" }.joined(separator: "\n")
    }
}
