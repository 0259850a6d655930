/// A number a range or multiple rule can test: `Int`, `Double`, or one of them left out. Its
/// requirement is plumbing of the rules, not public API.
public protocol WiroNumeric: Sendable {
    /// The value as a number; `nil` when the input is left out.
    @_spi(Generated) var wiroNumber: Double? { get }
}

extension Int: WiroNumeric {
    /// The value.
    @_spi(Generated) public var wiroNumber: Double? { Double(self) }
}

extension Double: WiroNumeric {
    /// The value.
    @_spi(Generated) public var wiroNumber: Double? { self }
}

extension Optional: WiroNumeric where Wrapped: WiroNumeric {
    /// The wrapped value's number; `nil` when left out.
    @_spi(Generated) public var wiroNumber: Double? { self?.wiroNumber }
}
