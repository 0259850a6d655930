/// Everything a generated request type is, as data: the tool it runs, its document's default
/// request, its inputs under their wire names, its rules and its samples.
///
/// Generic code in ``WiroRequest`` interprets the schema for coding, equality, hashing and
/// validation, so a generated type holds its stored properties, its `init` and one schema, and
/// no per-type implementation of any of these: that keeps the generated module fast to compile.
/// A class, so that reading a type's schema copies a reference, not five stored properties.
public final class WiroSchema<Request: Sendable>: Sendable {
    /// The tool the requests run.
    public let tool: WiroTool
    /// The document's default request: every input at its documented default, samples included.
    public let defaultRequest: Request
    /// The inputs, in document order.
    public let fields: [WiroField<Request>]
    /// The rules the document states, in document order.
    public let rules: [WiroRule<Request>]
    /// The document's sample inputs that fit the tool's inputs and rules.
    public let examples: [Request]

    /// Creates a schema.
    @_spi(Generated) public init(tool: WiroTool, defaultRequest: Request, fields: [WiroField<Request>], rules: [WiroRule<Request>] = [], examples: [Request] = []) {
        self.tool = tool
        self.defaultRequest = defaultRequest
        self.fields = fields
        self.rules = rules
        self.examples = examples
    }
}
