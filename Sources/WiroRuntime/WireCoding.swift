import Foundation

/// How a value travels in a Run request's JSON body: the JSON kind the tool's own example
/// uses for that key (`"duration": "5"` is a string, `"seed": 0` a number).
public enum WiroWireKind: Sendable {
    case string, number, bool
    /// A JSON array of strings (lists only; a list sent as a string is comma-separated).
    case array
}

/// A value that has a text form on the wire: the building block of generated coding.
public protocol WiroWireValue: Hashable, Sendable {
    /// The value as wire text (`5`, `540p`, `true`).
    var wireText: String { get }
    /// The value for wire text, or `nil` when the text is not one.
    init?(wireText: String)
}

extension String: WiroWireValue {
    /// The string itself.
    public var wireText: String { self }
    /// The string itself.
    public init?(wireText: String) { self = wireText }
}

extension Int: WiroWireValue {
    /// The decimal digits.
    public var wireText: String { String(self) }
    /// Parses decimal digits; also accepts a whole number written with a fraction (`5.0`).
    public init?(wireText: String) {
        let text = wireText.trimmingCharacters(in: .whitespaces)
        if let value = Int(text) {
            self = value
        } else if let double = Double(text), double.rounded() == double, let value = Int(exactly: double) {
            self = value
        } else {
            return nil
        }
    }
}

extension Double: WiroWireValue {
    /// Swift's shortest round-tripping form (`5.0`, `0.25`).
    public var wireText: String { String(self) }
    /// Parses a decimal number.
    public init?(wireText: String) {
        guard let value = Double(wireText.trimmingCharacters(in: .whitespaces)) else { return nil }
        self = value
    }
}

extension Bool: WiroWireValue {
    /// `true` or `false`.
    public var wireText: String { self ? "true" : "false" }
    /// Reads `true`/`false` (any case) and `1`/`0`.
    public init?(wireText: String) {
        switch wireText.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "1": self = true
        case "false", "0": self = false
        default: return nil
        }
    }
}

extension WiroWireValue where Self: RawRepresentable, RawValue == String {
    /// The raw value: an option's value exactly as the document lists it.
    public var wireText: String { rawValue }
    /// The option with this value.
    public init?(wireText: String) { self.init(rawValue: wireText) }
}

/// A coding key made from an input's wire name.
public struct WiroCodingKey: CodingKey, Hashable, Sendable, ExpressibleByStringLiteral {
    /// The wire name.
    public let stringValue: String
    /// Always `nil`: bodies are objects.
    public var intValue: Int? { nil }
    /// A key for a wire name.
    public init(_ name: String) { stringValue = name }
    /// A key for a wire name.
    public init(stringLiteral name: String) { stringValue = name }
    /// A key for a wire name.
    public init?(stringValue: String) { self.stringValue = stringValue }
    /// Not used: bodies are objects.
    public init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer where Key == WiroCodingKey {
    /// Encodes a value as the given JSON kind.
    public mutating func encodeWire(_ value: some WiroWireValue, forKey key: Key, as kind: WiroWireKind) throws {
        if let file = value as? WiroFile {
            try encode(file, forKey: key)
            return
        }
        let text = value.wireText
        switch kind {
        case .number:
            if let integer = Int(text) {
                try encode(integer, forKey: key)
            } else if let double = Double(text), double.isFinite {
                try encode(double, forKey: key)
            } else {
                try encode(text, forKey: key)
            }
        case .bool:
            if let flag = Bool(wireText: text) { try encode(flag, forKey: key) } else { try encode(text, forKey: key) }
        case .string, .array:
            try encode(text, forKey: key)
        }
    }

    /// Encodes an optional value; an absent one as `""`, as Wiro's own examples send it.
    public mutating func encodeWire(_ value: (some WiroWireValue)?, forKey key: Key, as kind: WiroWireKind) throws {
        if let value { try encodeWire(value, forKey: key, as: kind) } else { try encode("", forKey: key) }
    }

    /// Encodes a list as a JSON array of strings, or, as any other kind, one comma-separated string.
    /// Files go as ``WiroFile``s, so that encoders that send files see them whole.
    public mutating func encodeWire(_ values: [some WiroWireValue], forKey key: Key, as kind: WiroWireKind) throws {
        if let files = values as? [WiroFile] {
            if kind == .array { try encode(files, forKey: key) } else { try encode(WiroFileList(files), forKey: key) }
            return
        }
        let texts = values.map(\.wireText)
        if kind == .array { try encode(texts, forKey: key) } else { try encode(texts.joined(separator: ","), forKey: key) }
    }
}

extension KeyedDecodingContainer where Key == WiroCodingKey {
    /// Decodes a value sent as a string, number or bool; an absent key gives `default`.
    public func decodeWire<Value: WiroWireValue>(_ type: Value.Type, forKey key: Key, default fallback: Value) throws -> Value {
        guard let text = try wireText(forKey: key) else { return fallback }
        return try value(Value.self, from: text, forKey: key)
    }

    /// Decodes an optional value; `""`, `null` and an absent key (when `default` is `nil`) give `nil`.
    public func decodeWire<Value: WiroWireValue>(_ type: Value?.Type, forKey key: Key, default fallback: Value?) throws -> Value? {
        guard contains(key) else { return fallback }
        guard let text = try wireText(forKey: key), !text.isEmpty else { return nil }
        return try value(Value.self, from: text, forKey: key)
    }

    /// Decodes a list sent as a JSON array or as one comma-separated string.
    public func decodeWire<Value: WiroWireValue>(_ type: [Value].Type, forKey key: Key, default fallback: [Value]) throws -> [Value] {
        guard contains(key), try !decodeNil(forKey: key) else { return fallback }
        let texts: [String]
        if let array = try? decode([String].self, forKey: key) {
            texts = array
        } else if let text = try wireText(forKey: key) {
            texts = text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        } else {
            texts = []
        }
        return try texts.map { try value(Value.self, from: $0, forKey: key) }
    }

    private func wireText(forKey key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let string = try? decode(String.self, forKey: key) { return string }
        if let integer = try? decode(Int.self, forKey: key) { return String(integer) }
        if let flag = try? decode(Bool.self, forKey: key) { return flag ? "true" : "false" }
        if let double = try? decode(Double.self, forKey: key) { return String(double) }
        throw DecodingError.typeMismatch(
            String.self,
            DecodingError.Context(codingPath: codingPath + [key], debugDescription: "'\(key.stringValue)' must be a string, number or bool"))
    }

    private func value<Value: WiroWireValue>(_ type: Value.Type, from text: String, forKey key: Key) throws -> Value {
        guard let value = Value(wireText: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "'\(text)' is not a valid value for '\(key.stringValue)' (\(Value.self))")
        }
        return value
    }
}
