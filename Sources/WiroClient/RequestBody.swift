import Foundation
@_spi(WiroGen) import WiroRuntime

/// The body of a Run request, as Wiro's "JSON vs Multipart" has it: multipart/form-data for a
/// tool with a file input (its parts laid out by ``FormLayout``), JSON for any other.
struct RunBody {
    var contentType: String
    var data: Data

    static func make<Request: WiroRequest>(_ request: Request, callbackURL: URL?) throws -> RunBody {
        let form = FormEncoder()
        try request.encode(to: form)
        let uploads = Request.schema.fields.reduce(into: [String: WiroUpload]()) { $0[$1.name] = $1.upload }
        // A local file cannot travel in JSON, so it makes a form even of a type that marks no file input.
        guard !uploads.isEmpty || form.hasLocalFiles else {
            let data = try JSONEncoder().encode(CallbackWrapped(request: request, callbackURL: callbackURL))
            return RunBody(contentType: "application/json", data: data)
        }
        var parts = FormLayout(uploads: uploads).parts(form.fields)
        if let callbackURL { parts.append(.text("callbackUrl", callbackURL.absoluteString)) }
        return try multipart(parts)
    }

    private static func multipart(_ parts: [FormPart]) throws -> RunBody {
        let boundary = "wiro-\(UUID().uuidString)"
        var data = Data()
        func part(_ name: String, filename: String? = nil, type: String? = nil, _ content: Data) {
            data.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(escape(name))\"".utf8))
            if let filename { data.append(Data("; filename=\"\(escape(filename))\"".utf8)) }
            data.append(Data("\r\n".utf8))
            if let type { data.append(Data("Content-Type: \(type)\r\n".utf8)) }
            data.append(Data("\r\n".utf8))
            data.append(content)
            data.append(Data("\r\n".utf8))
        }
        for formPart in parts {
            switch formPart {
            case .text(let name, let text):
                part(name, Data(text.utf8))
            case .file(let name, let url):
                guard let content = FileManager.default.contents(atPath: url.path) else {
                    throw WiroClientError.unreadableFile(path: url.path)
                }
                part(name, filename: url.lastPathComponent, type: mimeType(url.pathExtension), content)
            }
        }
        data.append(Data("--\(boundary)--\r\n".utf8))
        return RunBody(contentType: "multipart/form-data; boundary=\(boundary)", data: data)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    private static func mimeType(_ pathExtension: String) -> String {
        let types = [
            "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp", "gif": "image/gif",
            "mp4": "video/mp4", "mov": "video/quicktime", "webm": "video/webm", "mp3": "audio/mpeg", "wav": "audio/wav",
            "pdf": "application/pdf", "txt": "text/plain", "json": "application/json",
        ]
        return types[pathExtension.lowercased()] ?? "application/octet-stream"
    }
}

/// A request's encoding with `callbackUrl` added to the same JSON object.
private struct CallbackWrapped<Request: WiroRequest>: Encodable {
    let request: Request
    let callbackURL: URL?

    func encode(to encoder: any Encoder) throws {
        try request.encode(to: encoder)
        guard let callbackURL else { return }
        var container = encoder.container(keyedBy: CallbackKey.self)
        try container.encode(callbackURL.absoluteString, forKey: .callbackUrl)
    }
}

private enum CallbackKey: String, CodingKey { case callbackUrl }

/// An Encoder that collects a request's top-level fields as form values, keeping files whole.
final class FormEncoder: Encoder {
    enum Value {
        case text(String)
        case files([WiroFile])
    }

    var fields: [(String, Value)] = []
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    var hasLocalFiles: Bool {
        fields.contains { field in
            if case .files(let files) = field.1 { return files.contains(where: \.isLocal) }
            return false
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(FormContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONEncoderFallback.unkeyed
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONEncoderFallback.single
    }
}

/// One form field per key: scalars as text, files as files, anything else as its JSON.
private struct FormContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: FormEncoder
    var codingPath: [any CodingKey] { [] }

    private func add(_ key: Key, _ value: FormEncoder.Value) { encoder.fields.append((key.stringValue, value)) }

    mutating func encodeNil(forKey key: Key) throws { add(key, .text("")) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(key, .text(value ? "true" : "false")) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(key, .text(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: Float, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(key, .text(String(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(key, .text(String(value))) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        switch value {
        case let file as WiroFile: add(key, .files([file]))
        case let files as [WiroFile]: add(key, .files(files))
        case let list as WiroFileList: add(key, .files(list.files))
        case let texts as [String]: add(key, .text(texts.joined(separator: ",")))
        default: add(key, .text(String(decoding: try JSONEncoder().encode(value), as: UTF8.self)))
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.container(keyedBy: NestedKey.self)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { JSONEncoderFallback.unkeyed }
    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}

/// Containers for shapes a request body never has at its top level; they reject what they get.
private enum JSONEncoderFallback {
    static var unkeyed: any UnkeyedEncodingContainer { Rejecting() }
    static var single: any SingleValueEncodingContainer { Rejecting() }

    struct Rejecting: UnkeyedEncodingContainer, SingleValueEncodingContainer {
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }
        private func reject() -> EncodingError {
            EncodingError.invalidValue((), .init(codingPath: [], debugDescription: "a Run body is one object of named inputs"))
        }
        mutating func encodeNil() throws { throw reject() }
        mutating func encode<T: Encodable>(_ value: T) throws { throw reject() }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(FormContainer<NestedKey>(encoder: FormEncoder()))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { Rejecting() }
        mutating func superEncoder() -> any Encoder { FormEncoder() }
    }
}
