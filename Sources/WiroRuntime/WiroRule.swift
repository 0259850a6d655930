/// A rule of a tool's document, as data: the inputs it names, the message its violation
/// carries, and the conditions that, all holding at once, break it.
public struct WiroRule<Request: Sendable>: Sendable {
    /// The wire names of the inputs involved, in the order the rule names them.
    public let fields: [String]
    /// The violation's message, quoting the document sentence the rule comes from.
    public let message: String
    let brokenWhen: [WiroCondition<Request>]

    /// A rule that a request breaks when every condition in `brokenWhen` holds.
    @_spi(Generated) public init(_ fields: [String], _ message: String, brokenWhen: [WiroCondition<Request>]) {
        self.fields = fields
        self.message = message
        self.brokenWhen = brokenWhen
    }

    /// True when `request` breaks the rule.
    public func isBroken(by request: Request) -> Bool {
        brokenWhen.allSatisfy { $0.holds(request) }
    }
}
