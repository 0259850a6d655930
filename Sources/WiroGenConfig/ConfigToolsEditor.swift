import WiroGenText

/// Adds tool ids to the `tools` list of a `wiro-gen.json` in place, keeping the rest of the
/// file (its order, spacing and every other key) as the user wrote it: `fetch` and `update`
/// maintain the list without reformatting a file people edit by hand.
public enum ConfigToolsEditor {
    /// Why the list cannot be edited.
    public struct Failure: Error, CustomStringConvertible {
        /// What is wrong, at `path:line:column`.
        public var description: String
    }

    /// `text` with every id of `ids` not yet in its `tools` list (compared without regard to
    /// case, as everywhere) appended to the list; `text` itself when the file has no `tools`
    /// key (every tool is generated then) or lists them all already.
    public static func adding(_ ids: [String], to text: String, path: String) throws(Failure) -> String {
        let bytes = Array(text.utf8)
        let source = SourceText(path: path, bytes: bytes)
        var parser = JSONParser(source: source, offset: 0)
        let root: JSONNode
        do { root = try parser.parseDocument() } catch {
            throw Failure(description: "\(path):\(source.location(ofOffset: error.offset)): error: \(error.message)")
        }
        guard case .object(let members) = root.kind, let tools = members.last(where: { $0.key == "tools" })?.value else { return text }
        guard case .array(let elements) = tools.kind else {
            throw Failure(description: "\(path):\(tools.location): error: \"tools\" must be an array of tool ids")
        }
        let listed = Set(elements.compactMap { element -> String? in
            if case .string(let id) = element.kind { return id.lowercased() } else { return nil }
        })
        var seen = listed
        let added = ids.filter { seen.insert($0.lowercased()).inserted }
        guard !added.isEmpty else { return text }
        let insertion = insertionPoint(of: tools, elements: elements, in: source)
        let joined = added.map { Configuration.jsonString($0) }.joined(separator: insertion.separator)
        let inserted = insertion.leading + joined + insertion.trailing
        return String(decoding: bytes[..<insertion.offset] + Array(inserted.utf8) + bytes[(insertion.offset + insertion.length)...], as: UTF8.self)
    }

    private struct Insertion {
        package var offset: Int
        /// Bytes the insertion replaces: the blank inside an empty list.
        package var length = 0
        package var leading: String
        package var separator: String
        package var trailing: String
    }

    /// After the last element, in the list's own layout: one id per line, indented like the
    /// last, when the list spans lines; `, ` between ids when it is on one line.
    private static func insertionPoint(of list: JSONNode, elements: [JSONNode], in source: SourceText) -> Insertion {
        let bytes = source.bytes
        let open = source.offset(of: list.location) ?? 0
        guard let last = elements.last else {
            var close = open + 1
            while close < bytes.count, bytes[close] != UInt8(ascii: "]") { close += 1 }
            return Insertion(offset: open + 1, length: close - open - 1, leading: "", separator: ", ", trailing: "")
        }
        let start = source.offset(of: last.location) ?? open
        let end = endOfValue(startingAt: start, in: bytes)
        guard last.location.line != list.location.line else {
            return Insertion(offset: end, leading: ", ", separator: ", ", trailing: "")
        }
        let indent = String(repeating: " ", count: last.location.column - 1)
        return Insertion(offset: end, leading: ",\n" + indent, separator: ",\n" + indent, trailing: "")
    }

    /// Just past the value that starts at `start`: a string's closing quote, or the first
    /// comma, bracket or whitespace after any other scalar (tool ids are strings; a list
    /// holding something else is reported by the reader, not here).
    private static func endOfValue(startingAt start: Int, in bytes: [UInt8]) -> Int {
        var index = start
        if bytes[index] == UInt8(ascii: "\"") {
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            return min(index + 1, bytes.count)
        }
        while index < bytes.count, !",]} \t\r\n".utf8.contains(bytes[index]) { index += 1 }
        return index
    }
}
