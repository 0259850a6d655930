import Foundation

/// A request to one Wiro tool: its inputs as typed Swift values, the rules its document
/// states, and the wire form the Wiro API accepts.
///
/// Generated types conform to this protocol; every stored property is one input. A type states
/// only its ``schema``; coding, equality, hashing and ``violations`` come from the schema, here.
public protocol WiroRequest: Codable, Hashable, Sendable {
    /// The tool, default request, inputs, rules and samples of this request type.
    static var schema: WiroSchema<Self> { get }
}

extension WiroRequest {
    /// The tool this request runs.
    public static var tool: WiroTool { schema.tool }

    /// The tool's documented default request: every input at its document's default, samples
    /// included.
    public static var defaultRequest: Self { schema.defaultRequest }

    /// The document's sample inputs ("Parameter Inspires") that fit the tool, as requests.
    public static var examples: [Self] { schema.examples }

    /// Every rule of the tool's document this request breaks, in document order; empty when it
    /// is valid.
    public var violations: [WiroViolation] {
        Self.schema.rules.filter { $0.isBroken(by: self) }.map { WiroViolation(fields: $0.fields, message: $0.message) }
    }

    /// Throws a ``WiroValidationError`` carrying every violation when the request breaks
    /// any rule of its tool's document.
    public func validate() throws(WiroValidationError) {
        let found = violations
        if !found.isEmpty { throw WiroValidationError(tool: Self.tool.id, violations: found) }
    }

    /// True when the request breaks no rule.
    public var isValid: Bool { violations.isEmpty }

    /// Reads a Run body; an absent key takes the document's default.
    public init(from decoder: any Decoder) throws {
        self = Self.defaultRequest
        let container = try decoder.container(keyedBy: WiroCodingKey.self)
        for field in Self.schema.fields {
            try field.decode(&self, container)
        }
    }

    /// Writes the Run body: every input, under its wire name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WiroCodingKey.self)
        for field in Self.schema.fields {
            try field.encode(self, &container)
        }
    }

    /// Two requests are equal when every input is.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        schema.fields.allSatisfy { $0.equal(lhs, rhs) }
    }

    /// Hashes every input.
    public func hash(into hasher: inout Hasher) {
        for field in Self.schema.fields {
            field.hash(self, &hasher)
        }
    }
}
