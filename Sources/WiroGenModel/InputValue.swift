import WiroGenText

/// An input having one of its option values.
public struct InputValue: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The input's wire name.
    public var input: String
    /// The option value, verbatim.
    public var value: String

    /// Creates the pair.
    public init(input: String, value: String) {
        self.input = input
        self.value = value
    }

    /// `input = value`.
    public var description: String { "\(input) = \(value)" }
}
