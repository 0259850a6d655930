/// A JSON reader for the bodies of the documents' curl examples and for `wiro-gen.json`.
///
/// It reads from the source bytes, so every value knows its line and column, and stops at
/// the end of the first value: a body is embedded in shell text (`-d '{…}';`) whose own
/// quotes are unbalanced whenever a prompt holds an apostrophe. Whitespace runs inside
/// strings are collapsed, as everywhere else in a markdown document (and raw whitespace other
/// than a space is not valid in a JSON string anyway).
package struct JSONParser {
    /// Why a body is not JSON, and where.
    package struct Failure: Error, Equatable {
        package var message: String
        package var offset: Int
    }

    private let source: SourceText
    private var position: Int
    private var depth = 0
    private static let maximumDepth = 256

    package init(source: SourceText, offset: Int) {
        self.source = source
        position = offset
    }

    /// Parses one value; returns it and the offset just past it.
    package mutating func parseValue() throws(Failure) -> (value: JSONValue, end: Int) {
        let node = try parseNode()
        return (node.node.plain, node.end)
    }

    /// Parses one value at the current offset, with the place of every value and key in it.
    package mutating func parseNode() throws(Failure) -> (node: JSONNode, end: Int) {
        let node = try value()
        return (node, position)
    }

    /// Parses the whole text as one value, with the place of every value in it; only
    /// whitespace may follow it.
    package mutating func parseDocument() throws(Failure) -> JSONNode {
        let value = try value()
        skipWhitespace()
        guard position == bytes.count else { throw fail("unexpected text after the JSON value") }
        return value
    }

    private var bytes: [UInt8] { source.bytes }

    private mutating func value() throws(Failure) -> JSONNode {
        skipWhitespace()
        guard position < bytes.count else { throw fail("the JSON ends early") }
        let start = position
        let location = source.location(ofOffset: position)
        let kind: JSONNode.Kind
        switch bytes[position] {
        case UInt8(ascii: "{"): kind = try nested { (p: inout JSONParser) throws(Failure) in try p.object() }
        case UInt8(ascii: "["): kind = try nested { (p: inout JSONParser) throws(Failure) in try p.array() }
        case UInt8(ascii: "\""): kind = .string(try string())
        case UInt8(ascii: "t"): try literal("true"); kind = .bool(true)
        case UInt8(ascii: "f"): try literal("false"); kind = .bool(false)
        case UInt8(ascii: "n"): try literal("null"); kind = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = .number(try number())
        default: throw fail("expected a JSON value")
        }
        return JSONNode(kind: kind, location: location, bytes: start..<position)
    }

    private mutating func nested(_ body: (inout JSONParser) throws(Failure) -> JSONNode.Kind) throws(Failure) -> JSONNode.Kind {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw fail("the JSON nests deeper than \(Self.maximumDepth) levels") }
        return try body(&self)
    }

    private mutating func object() throws(Failure) -> JSONNode.Kind {
        position += 1
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if consume("}") { return .object(members) }
        repeat {
            skipWhitespace()
            let keyOffset = position
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let key = try string()
            skipWhitespace()
            guard consume(":") else { throw fail("expected ':' after the key \"\(key)\"") }
            let member = try value()
            members.append(JSONNode.Member(key: key, keyLocation: source.location(ofOffset: keyOffset), value: member))
            skipWhitespace()
        } while consume(",")
        guard consume("}") else { throw fail("expected ',' or '}' in the JSON object") }
        return .object(members)
    }

    private mutating func array() throws(Failure) -> JSONNode.Kind {
        position += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if consume("]") { return .array(elements) }
        repeat {
            elements.append(try value())
            skipWhitespace()
        } while consume(",")
        guard consume("]") else { throw fail("expected ',' or ']' in the JSON array") }
        return .array(elements)
    }

    private mutating func string() throws(Failure) -> String {
        let start = position
        position += 1
        var result: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: result, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &result)
            case _ where byte.isASCIIWhitespace:
                while position < bytes.count, bytes[position].isASCIIWhitespace { position += 1 }
                result.append(UInt8(ascii: " "))
            default:
                result.append(byte)
                position += 1
            }
        }
        throw Failure(message: "unterminated string in the JSON", offset: start)
    }

    private mutating func escape(into result: inout [UInt8]) throws(Failure) {
        position += 1
        guard position < bytes.count else { throw fail("unterminated escape in the JSON") }
        let byte = bytes[position]
        position += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "/"): UInt8(ascii: "/"),
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let plain = simple[byte] {
            result.append(plain)
            return
        }
        guard byte == UInt8(ascii: "u") else { throw fail("invalid escape '\\\(Character(Unicode.Scalar(byte)))' in a JSON string") }
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar), consume("\\"), consume("u") {
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw fail("invalid surrogate pair in a JSON string") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        result.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw fail("invalid \\u escape in a JSON string") }
        position += 4
        return value
    }

    private mutating func number() throws(Failure) -> String {
        let start = position
        _ = consume("-")
        guard digits() > 0 else { throw fail("invalid number in the JSON") }
        if consume(".") {
            guard digits() > 0 else { throw fail("invalid number in the JSON") }
        }
        if consume("e") || consume("E") {
            _ = consume("+") || consume("-")
            guard digits() > 0 else { throw fail("invalid number in the JSON") }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let expected = Array(word.utf8)
        guard position + expected.count <= bytes.count, bytes[position..<position + expected.count].elementsEqual(expected)
        else { throw fail("expected a JSON value") }
        position += expected.count
    }

    private mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(character.value) else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, bytes[position].isASCIIWhitespace { position += 1 }
    }

    private func fail(_ message: String) -> Failure {
        Failure(message: message, offset: min(position, bytes.count))
    }
}
