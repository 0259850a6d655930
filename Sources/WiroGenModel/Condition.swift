import WiroGenText

/// What a conditional rule depends on: an input holding a value, given, or left empty.
public enum Condition: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The input holds this option value.
    case value(InputValue)
    /// The input is given (a file, a text, a list with items).
    case set(String)
    /// The input is left empty.
    case empty(String)

    /// The input the condition tests.
    public var input: String {
        switch self {
        case .value(let pair): pair.input
        case .set(let input), .empty(let input): input
        }
    }

    /// `multiShot is true`, `inputVideo is set`, `prompt is empty`.
    public var description: String {
        switch self {
        case .value(let pair): "\(pair.input) is \(pair.value)"
        case .set(let input): "\(input) is set"
        case .empty(let input): "\(input) is empty"
        }
    }
}
