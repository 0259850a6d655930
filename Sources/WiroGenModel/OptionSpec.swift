import WiroGenText

/// One option of a select input.
public struct OptionSpec: Hashable, Codable, Sendable {
    /// The value sent on the wire, verbatim (may be empty).
    public var value: String
    /// The label shown to people.
    public var label: String
    /// Where the option's `value:` stands in the source document.
    public var location: SourceLocation

    /// Creates an option.
    public init(value: String, label: String, location: SourceLocation) {
        self.value = value
        self.label = label
        self.location = location
    }

    private enum CodingKeys: String, CodingKey { case value, label, location }

    /// Encodes value and label, and the location unless asked not to.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(label, forKey: .label)
        if encoder.includesLocations { try container.encode(location, forKey: .location) }
    }
}
