@_spi(WiroGen) import WiroRuntime

/// A JSON value that keeps what Foundation's JSON types lose: the order of object keys and
/// the exact text of numbers. The Run example must keep both: the wire kind of each key
/// (`"5"` versus `5`) is part of the contract, and inputs inferred from it keep its order.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number, as its source text (`0`, `5.0`, `-1e3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// An object, members in source order.
    case object([JSONMember])

    /// The members of an object, or `nil`.
    public var members: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The value of the first member with this key, for objects.
    public subscript(key: String) -> JSONValue? {
        members?.first { $0.key == key }?.value
    }

    /// The JSON kind's name: `null`, `bool`, `number`, `string`, `array`, `object`.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// One `key: value` member of a JSON object.
public struct JSONMember: Hashable, Sendable {
    /// The key.
    public var key: String
    /// The value.
    public var value: JSONValue
    /// Where the key stands in the source document.
    public var location: SourceLocation

    /// Creates a member.
    public init(key: String, value: JSONValue, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
    }
}

extension JSONValue: Codable {
    /// Encodes as the JSON it stands for; a number as an integer when it is one.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: DynamicKey.self)
            for member in members {
                try container.encode(member.value, forKey: DynamicKey(member.key))
            }
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        default:
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .bool(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            case .number(let text):
                switch WiroNumberLiteral(text) {
                case .integer(let integer)?: try container.encode(integer)
                case .decimal(let double)?: try container.encode(double)
                case nil: try container.encode(text)
                }
            default: break
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: DynamicKey.self) {
            self = .object(try keyed.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
                JSONMember(key: $0.stringValue, value: try keyed.decode(JSONValue.self, forKey: $0), location: .start)
            })
        } else if var unkeyed = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !unkeyed.isAtEnd { elements.append(try unkeyed.decode(JSONValue.self)) }
            self = .array(elements)
        } else {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int64.self) {
                self = .number(String(value))
            } else if let value = try? container.decode(Double.self) {
                self = .number(String(value))
            } else {
                self = .string(try container.decode(String.self))
            }
        }
    }
}
