import WiroGenText

/// One sample input set from the document's "Parameter Inspires" section.
public struct ToolExample: Hashable, Sendable {
    /// The sample's values, in document order.
    public var values: [ExampleValue]
    /// Where the sample's first entry stands.
    public var location: SourceLocation

    /// Creates a sample.
    public init(values: [ExampleValue], location: SourceLocation) {
        self.values = values
        self.location = location
    }
}

extension ToolExample: Codable {
    /// A sample is a JSON object, input name to value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        for value in values {
            try container.encode(value.value, forKey: DynamicKey(value.name))
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicKey.self)
        values = try container.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
            ExampleValue(name: $0.stringValue, value: try container.decode(String.self, forKey: $0), location: .start)
        }
        location = .start
    }
}

/// One `name: value` entry of a sample.
public struct ExampleValue: Hashable, Codable, Sendable {
    /// The input name the entry gives a value for.
    public var name: String
    /// The value as written.
    public var value: String
    /// Where the entry stands.
    public var location: SourceLocation

    /// Creates an entry.
    public init(name: String, value: String, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}
