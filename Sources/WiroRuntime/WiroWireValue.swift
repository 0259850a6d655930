/// A value that has a text form on the wire: what a request's inputs hold (`String`, `Int`,
/// `Double`, `Bool`, ``WiroFile`` and option enums).
///
/// Its text form is plumbing of the request's coding, so the requirements are not public API
/// (`@_spi(Generated)`, visible to the generated code whose enums conform): the conformances of
/// the standard library's types add no members users see.
public protocol WiroWireValue: Hashable, Sendable {
    /// The value as wire text (`5`, `540p`, `true`).
    @_spi(Generated) var wireText: String { get }
    /// The value for wire text, or `nil` when the text is not one.
    @_spi(Generated) init?(wireText: String)
}

extension String: WiroWireValue {
    /// The string itself.
    @_spi(Generated) public var wireText: String { self }
    /// The string itself.
    @_spi(Generated) public init?(wireText: String) { self = wireText }
}

extension Int: WiroWireValue {
    /// The decimal digits.
    @_spi(Generated) public var wireText: String { String(self) }
    /// A whole number, as ``WiroWireText/int(_:)`` reads it (`5`, `5.0`).
    @_spi(Generated) public init?(wireText: String) {
        guard let value = WiroWireText.int(wireText) else { return nil }
        self = value
    }
}

extension Double: WiroWireValue {
    /// Swift's shortest round-tripping form (`5.0`, `0.25`).
    @_spi(Generated) public var wireText: String { String(self) }
    /// A number, as ``WiroWireText/double(_:)`` reads it.
    @_spi(Generated) public init?(wireText: String) {
        guard let value = WiroWireText.double(wireText) else { return nil }
        self = value
    }
}

extension Bool: WiroWireValue {
    /// `true` or `false`.
    @_spi(Generated) public var wireText: String { self ? "true" : "false" }
    /// `true`/`false` (any case) or `1`/`0`, as ``WiroWireText/bool(_:)`` reads them.
    @_spi(Generated) public init?(wireText: String) {
        guard let value = WiroWireText.bool(wireText) else { return nil }
        self = value
    }
}

extension WiroWireValue where Self: RawRepresentable, RawValue == String {
    /// The raw value: an option's value exactly as the document lists it.
    @_spi(Generated) public var wireText: String { rawValue }
    /// The option with this value.
    @_spi(Generated) public init?(wireText: String) { self.init(rawValue: wireText) }
}
