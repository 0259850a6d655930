import WiroGenText

/// What Wiro's structured definition of a tool says: the per-tool OpenAPI document that
/// Tool/DetailOpenAPI returns (`<tool>.openapi.json`). Beside a markdown document it adds what
/// Wiro's server checks and the document never prints: required inputs, bounds, multiples.
public struct ToolDefinition: Hashable, Codable, Sendable {
    /// The definition's path, as given.
    public var source: String
    /// Every input it defines, in its order.
    public var inputs: [DefinedInput]

    /// Creates a definition.
    public init(source: String, inputs: [DefinedInput]) {
        self.source = source
        self.inputs = inputs
    }

    /// The input of this wire name.
    public func input(named name: String) -> DefinedInput? {
        inputs.first { $0.name == name }
    }
}

/// One input as Wiro's structured definition states it.
public struct DefinedInput: Hashable, Codable, Sendable {
    /// The wire name.
    public var name: String
    /// Whether the definition lists it as required.
    public var isRequired: Bool
    /// The least value of a number (`minimum`).
    public var minimum: Double?
    /// The greatest value of a number (`maximum`).
    public var maximum: Double?
    /// What a number must be a multiple of (`multipleOf`); 1 says it is whole.
    public var multipleOf: Double?
    /// A text's bounds as the definition writes them (`minLength`, `maxLength`): Wiro states
    /// its `min` and `max` of a text input this way (a seed's `0` … `9999999999`).
    public var minimumLength: Double?
    public var maximumLength: Double?
    /// The input as the definition declares it: label, help, type, default, options.
    public var declared: InputSpec
    /// Where its property stands in the definition.
    public var location: SourceLocation

    /// Creates a defined input.
    public init(
        name: String, isRequired: Bool, minimum: Double?, maximum: Double?, multipleOf: Double?,
        minimumLength: Double? = nil, maximumLength: Double? = nil, declared: InputSpec, location: SourceLocation
    ) {
        self.name = name
        self.isRequired = isRequired
        self.minimum = minimum
        self.maximum = maximum
        self.multipleOf = multipleOf
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        self.declared = declared
        self.location = location
    }

    /// True when the definition says the number is whole (`multipleOf: 1`).
    public var isWhole: Bool { multipleOf == 1 }

    /// The multiple a whole number must be, when the definition asks for one beyond 1 (16 for
    /// `multipleOf: 16`); `nil` for none, 1, or a fraction.
    public var wholeMultiple: Int? {
        guard let multipleOf, multipleOf > 1, multipleOf.rounded() == multipleOf, multipleOf < 1e15 else { return nil }
        return Int(multipleOf)
    }
}
