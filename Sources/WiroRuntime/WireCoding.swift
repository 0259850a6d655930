import Foundation

// The Run body's coding, used by WiroField: values under their wire names, each in the JSON
// kind its document gives it.

/// A coding key made from an input's wire name.
struct WiroCodingKey: CodingKey, Hashable, Sendable, ExpressibleByStringLiteral {
    /// The wire name.
    let stringValue: String
    /// Always `nil`: bodies are objects.
    var intValue: Int? { nil }
    /// A key for a wire name.
    init(_ name: String) { stringValue = name }
    /// A key for a wire name.
    init(stringLiteral name: String) { stringValue = name }
    /// A key for a wire name.
    init?(stringValue: String) { self.stringValue = stringValue }
    /// Not used: bodies are objects.
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer where Key == WiroCodingKey {
    /// Encodes a value as the given JSON kind.
    mutating func encodeWire(_ value: some WiroWireValue, forKey key: Key, as kind: WiroWireKind) throws {
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
    mutating func encodeWire(_ value: (some WiroWireValue)?, forKey key: Key, as kind: WiroWireKind) throws {
        if let value { try encodeWire(value, forKey: key, as: kind) } else { try encode("", forKey: key) }
    }

    /// Encodes a list as a JSON array of strings, or, as any other kind, one comma-separated string.
    /// Files go as ``WiroFile``s, so that encoders that send files see them whole.
    mutating func encodeWire(_ values: [some WiroWireValue], forKey key: Key, as kind: WiroWireKind) throws {
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
    func decodeWire<Value: WiroWireValue>(_ type: Value.Type, forKey key: Key, default fallback: Value) throws -> Value {
        guard let text = try wireText(forKey: key) else { return fallback }
        return try value(Value.self, from: text, forKey: key)
    }

    /// Decodes an optional value; `""`, `null` and an absent key (when `default` is `nil`) give `nil`.
    func decodeWire<Value: WiroWireValue>(_ type: Value?.Type, forKey key: Key, default fallback: Value?) throws -> Value? {
        guard contains(key) else { return fallback }
        guard let text = try wireText(forKey: key), !text.isEmpty else { return nil }
        return try value(Value.self, from: text, forKey: key)
    }

    /// Decodes a list sent as a JSON array or as one comma-separated string.
    func decodeWire<Value: WiroWireValue>(_ type: [Value].Type, forKey key: Key, default fallback: [Value]) throws -> [Value] {
        guard contains(key), try !decodeNil(forKey: key) else { return fallback }
        let texts: [String]
        if let array = try? decode([String].self, forKey: key) {
            texts = array
        } else if let text = try wireText(forKey: key) {
            texts = WiroWireText.items(text)
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
