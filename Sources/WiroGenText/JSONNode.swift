/// A JSON value with the place of every value and key in its source: what a configuration's
/// diagnostics point at. ``plain`` drops the places but the members' keys.
package struct JSONNode: Sendable {
    /// One `key: value` member of an object.
    package struct Member: Sendable {
        package var key: String
        package var keyLocation: SourceLocation
        package var value: JSONNode
    }

    /// The value's kind and contents.
    package enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    package var kind: Kind
    /// Where the value's first character stands.
    package var location: SourceLocation
    /// The bytes of the value in its source, from its first character to just past its last.
    package var bytes: Range<Int>

    /// The value of the member with this key, for objects.
    package subscript(key: String) -> JSONNode? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The members of an object, in source order; `nil` for any other value.
    package var members: [Member]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    /// The elements of an array; `nil` for any other value.
    package var elements: [JSONNode]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The text of a string; `nil` for any other value.
    package var string: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// The value of a number; `nil` for any other value.
    package var number: Double? {
        if case .number(let text) = kind { return Double(text) }
        return nil
    }

    /// The value as a ``JSONValue``, members located at their keys.
    package var plain: JSONValue {
        switch kind {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let text): .number(text)
        case .string(let text): .string(text)
        case .array(let elements): .array(elements.map(\.plain))
        case .object(let members): .object(members.map { JSONMember(key: $0.key, value: $0.value.plain, location: $0.keyLocation) })
        }
    }

    /// The kind as a sentence names it: `a string`, `an object`.
    package var kindName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
