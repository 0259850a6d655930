import Foundation

/// One part of a multipart/form-data body.
struct FormPart {
    var name: String
    /// The file name, for a file part.
    var filename: String?
    var contentType: String?
    var content: Data

    var text: String { String(decoding: content, as: UTF8.self) }
}

/// Reads a multipart/form-data body into its parts, in order.
enum MultipartReader {
    /// The boundary a `Content-Type` header names, if it is multipart/form-data.
    static func boundary(in contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return contentType.components(separatedBy: ";").lazy
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("boundary=") }
            .map { String($0.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
    }

    /// The parts of `body`; `nil` when it is not laid out as multipart/form-data with `boundary`.
    static func parts(of body: Data, boundary: String) -> [FormPart]? {
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        var starts: [Int] = []
        var at = 0
        // A delimiter starts the body or a line: the same bytes inside a file's content are content.
        while let found = find(delimiter, in: bytes, from: at) {
            if found == 0 || found >= 2 && bytes[found - 2] == 13 && bytes[found - 1] == 10 { starts.append(found) }
            at = found + delimiter.count
        }
        guard let last = starts.last, bytes[(last + delimiter.count)...].starts(with: Array("--".utf8)) else { return nil }
        var parts: [FormPart] = []
        for (start, next) in zip(starts, starts.dropFirst()) {
            let from = start + delimiter.count + 2  // the delimiter's CRLF
            guard from <= next - 2, let headerEnd = find(Array("\r\n\r\n".utf8), in: bytes, from: from), headerEnd + 4 <= next - 2 else { return nil }
            let headers = String(decoding: bytes[from..<headerEnd], as: UTF8.self).components(separatedBy: "\r\n")
            guard let disposition = headers.first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                  let name = parameter("name", in: disposition)
            else { return nil }
            let contentType = headers.first { $0.lowercased().hasPrefix("content-type:") }
                .map { String($0.dropFirst("content-type:".count)).trimmingCharacters(in: .whitespaces) }
            let content = Data(bytes[(headerEnd + 4)..<(next - 2)])  // the CRLF before the next delimiter
            parts.append(FormPart(name: name, filename: parameter("filename", in: disposition), contentType: contentType, content: content))
        }
        return parts
    }

    /// `key="value"` in a Content-Disposition line, unescaped.
    private static func parameter(_ key: String, in line: String) -> String? {
        guard let range = line.range(of: "; \(key)=\"") else { return nil }
        var value = ""
        var escaped = false
        for character in line[range.upperBound...] {
            if escaped {
                value.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return value
            } else {
                value.append(character)
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var at = start
        while at + needle.count <= bytes.count {
            if bytes[at] == needle[0], bytes[at..<(at + needle.count)].elementsEqual(needle) { return at }
            at += 1
        }
        return nil
    }
}
