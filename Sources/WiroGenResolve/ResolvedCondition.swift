/// What a conditional rule depends on, resolved: an input holding a value, given, or left
/// empty (inputs are indexes into ``ResolvedTool/inputs``).
package enum ResolvedCondition: Hashable, Sendable {
    case value(ResolvedInputValue)
    /// The input is not empty.
    case set(Int)
    /// The input is empty.
    case empty(Int)
}

/// An input holding one value, resolved: the input's index and the typed value.
package struct ResolvedInputValue: Hashable, Sendable {
    package var input: Int
    package var value: ResolvedValue
}
