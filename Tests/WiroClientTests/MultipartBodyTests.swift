import Foundation
import Testing
@_spi(Generated) import WiroRuntime
import WiroTools
@testable import WiroClient

/// Run bodies as Wiro's "File Upload Patterns" lay them out, read part by part from what the
/// fake Wiro received.
@Suite("Run bodies: multipart for tools with file inputs, as Wiro's File Upload Patterns have it")
struct MultipartBodyTests {
    @Test("Every file input empty: still multipart, each input at its empty layout")
    func emptyFileInputs() async throws {
        #expect(try await Self.parts(of: UploadTool()) == UploadTool.parts())
    }

    @Test("fileinput, local file: the file in {id}, an empty {id}Url")
    func singleLocal() async throws {
        let files = try TemporaryFiles()
        let photo = try files.make("photo.jpg")
        var request = UploadTool()
        request.image = .local(photo.url)
        #expect(try await Self.parts(of: request) == UploadTool.parts(image: [.file("inputImage", photo), .text("inputImageUrl", "")]))
    }

    @Test("fileinput whose document lists {id}Url, URL: an empty {id}, the URL in {id}Url")
    func singleURLWithURLInput() async throws {
        var request = UploadTool()
        request.image = .remote("https://example.com/photo.jpg")
        #expect(try await Self.parts(of: request)
            == UploadTool.parts(image: [.text("inputImage", ""), .text("inputImageUrl", "https://example.com/photo.jpg")]))
    }

    @Test("fileinput whose document has no {id}Url, URL: the URL in {id}, no {id}Url")
    func singleURLWithoutURLInput() async throws {
        var request = UploadTool()
        request.mask = .remote("https://example.com/mask.png")
        #expect(try await Self.parts(of: request) == UploadTool.parts(mask: [.text("inputMask", "https://example.com/mask.png")]))
    }

    @Test("fileinput whose document has no {id}Url, local file: the file in {id}, an empty {id}Url")
    func singleLocalWithoutURLInput() async throws {
        let files = try TemporaryFiles()
        let mask = try files.make("mask.png")
        var request = UploadTool()
        request.mask = .local(mask.url)
        #expect(try await Self.parts(of: request) == UploadTool.parts(mask: [.file("inputMask", mask), .text("inputMaskUrl", "")]))
    }

    @Test("The {id}Url input's own value wins over the file input's URL, and {id}Url is sent once")
    func urlInputMerged() async throws {
        var request = UploadTool()
        request.image = .remote("https://example.com/derived.jpg")
        request.imageUrl = "https://example.com/own.jpg"
        #expect(try await Self.parts(of: request)
            == UploadTool.parts(image: [.text("inputImage", ""), .text("inputImageUrl", "https://example.com/own.jpg")]))

        let files = try TemporaryFiles()
        let photo = try files.make("photo.jpg")
        request.image = .local(photo.url)
        #expect(try await Self.parts(of: request)
            == UploadTool.parts(image: [.file("inputImage", photo), .text("inputImageUrl", "https://example.com/own.jpg")]))

        request.image = nil
        request.imageUrl = ""
        #expect(try await Self.parts(of: request) == UploadTool.parts())
    }

    @Test("multifileinput, files only: each file as a repeated {id}, an empty {id}Url")
    func multipleFiles() async throws {
        let files = try TemporaryFiles()
        let (first, second) = (try files.make("doc1.pdf"), try files.make("doc2.pdf"))
        var request = UploadTool()
        request.documents = [.local(first.url), .local(second.url)]
        #expect(try await Self.parts(of: request) == UploadTool.parts(documents: [
            .file("inputDocumentMultiple", first), .file("inputDocumentMultiple", second), .text("inputDocumentMultipleUrl", ""),
        ]))
    }

    @Test("multifileinput, URLs only: an empty {id}, the URLs comma-separated in {id}Url")
    func multipleURLs() async throws {
        var request = UploadTool()
        request.documents = [.remote("https://example.com/doc1.pdf"), .remote("https://example.com/doc2.pdf")]
        #expect(try await Self.parts(of: request) == UploadTool.parts(documents: [
            .text("inputDocumentMultiple", ""), .text("inputDocumentMultipleUrl", "https://example.com/doc1.pdf,https://example.com/doc2.pdf"),
        ]))
    }

    @Test("multifileinput, mixed: the files in {id}, the URLs in {id}Url, each in its order")
    func multipleMixed() async throws {
        let files = try TemporaryFiles()
        let (first, second) = (try files.make("doc1.pdf"), try files.make("doc3.txt"))
        var request = UploadTool()
        request.documents = [.local(first.url), .remote("https://example.com/doc2.pdf"), .local(second.url), .remote("doc4.pdf")]
        #expect(try await Self.parts(of: request) == UploadTool.parts(documents: [
            .file("inputDocumentMultiple", first), .file("inputDocumentMultiple", second),
            .text("inputDocumentMultipleUrl", "https://example.com/doc2.pdf,doc4.pdf"),
        ]))
    }

    @Test("combinefileinput, files: one {id} file part each, no {id}Url")
    func combinedFiles() async throws {
        let files = try TemporaryFiles()
        let (shirt, pants) = (try files.make("shirt.jpg"), try files.make("pants.webp"))
        var request = UploadTool()
        request.clothes = [.local(shirt.url), .local(pants.url)]
        #expect(try await Self.parts(of: request)
            == UploadTool.parts(clothes: [.file("inputImageClothes", shirt), .file("inputImageClothes", pants)]))
    }

    @Test("combinefileinput, URLs: one {id} text part each, never joined")
    func combinedURLs() async throws {
        var request = UploadTool()
        request.clothes = [.remote("https://example.com/shirt.jpg"), .remote("https://example.com/pants.jpg")]
        #expect(try await Self.parts(of: request) == UploadTool.parts(clothes: [
            .text("inputImageClothes", "https://example.com/shirt.jpg"), .text("inputImageClothes", "https://example.com/pants.jpg"),
        ]))
    }

    @Test("combinefileinput, mixed: files and URLs in one {id} field, in their order")
    func combinedMixed() async throws {
        let files = try TemporaryFiles()
        let (shirt, hat) = (try files.make("shirt.jpg"), try files.make("hat.bin"))
        var request = UploadTool()
        request.clothes = [.local(shirt.url), .remote("https://example.com/pants.jpg"), .local(hat.url)]
        #expect(try await Self.parts(of: request) == UploadTool.parts(clothes: [
            .file("inputImageClothes", shirt), .text("inputImageClothes", "https://example.com/pants.jpg"), .file("inputImageClothes", hat),
        ]))
    }

    @Test("A generated tool whose combinefileinput holds only a URL is multipart, callbackUrl last")
    func generatedToolWithURL() async throws {
        let request = Chetwinlow1.Ovi(inputImage: .remote("https://example.com/koala.jpg"), prompt: "A koala", negativePrompt: "", audioNegativePrompt: "", steps: 40)
        let parts = try await Self.parts(of: request, callbackURL: URL(string: "https://example.com/hook"))
        #expect(parts == [
            .text("inputImage", "https://example.com/koala.jpg"), .text("prompt", "A koala"), .text("negativePrompt", ""),
            .text("audioNegativePrompt", ""), .text("resolution", "default"), .text("steps", "40"), .text("seed", "0"),
            .text("callbackUrl", "https://example.com/hook"),
        ])
    }

    @Test("A generated tool with a local file in its combinefileinput: one file part")
    func generatedToolWithFile() async throws {
        let files = try TemporaryFiles()
        let koala = try files.make("koala.jpg")
        let request = Chetwinlow1.Ovi(inputImage: .local(koala.url), prompt: "A koala", negativePrompt: "n", audioNegativePrompt: "a")
        #expect(try await Self.parts(of: request) == [
            .file("inputImage", koala), .text("prompt", "A koala"), .text("negativePrompt", "n"),
            .text("audioNegativePrompt", "a"), .text("resolution", "default"), .text("steps", "30"), .text("seed", "0"),
        ])
    }

    @Test("A tool without file inputs stays JSON")
    func noFileInputsIsJSON() async throws {
        let wiro = try FakeWiro()
        _ = try await wiro.client().run(PixVerse.ImageToVideoV5(inputImageUrl: "https://example.com/louvre.jpg", prompt: "Smoke", negativePrompt: ""))
        let request = try #require(wiro.requests.first)
        #expect(request.headers["content-type"] == "application/json")
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        #expect(body["inputImageUrl"] as? String == "https://example.com/louvre.jpg")
        #expect(body["seed"] as? Int == 0)
    }

    @Test("A local file that cannot be read: unreadableFile, nothing sent")
    func unreadableFile() async throws {
        let wiro = try FakeWiro()
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString).jpg")
        var request = UploadTool()
        request.clothes = [.local(missing)]
        await #expect(throws: WiroClientError.unreadableFile(path: missing.path)) { _ = try await wiro.client().run(request) }
        #expect(wiro.requests.isEmpty)
    }

    @Test("As JSON (Codable), a file list whose document sends a string stays one comma-separated string")
    func fileListJSON() throws {
        var request = UploadTool()
        request.documents = [.remote("a.pdf"), .remote("b.pdf")]
        request.clothes = [.remote("c.jpg")]
        let body = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any])
        #expect(body["inputDocumentMultiple"] as? String == "a.pdf,b.pdf")
        #expect(body["inputImageClothes"] as? String == "c.jpg")
        #expect(try JSONDecoder().decode(UploadTool.self, from: JSONEncoder().encode(request)) == request)
    }

    /// The parts of the Run body the fake Wiro received for `request`, which must be multipart.
    static func parts(of request: some WiroRequest, callbackURL: URL? = nil) async throws -> [Multipart.Part] {
        let wiro = try FakeWiro()
        _ = try await wiro.client().run(request, options: .init(callbackURL: callbackURL))
        let sent = try #require(wiro.requests.first)
        #expect(wiro.signatureFailures.isEmpty)
        let contentType = try #require(sent.headers["content-type"])
        let prefix = "multipart/form-data; boundary="
        try #require(contentType.hasPrefix(prefix), "sent as \(contentType)")
        return try Multipart.parse(sent.body, boundary: String(contentType.dropFirst(prefix.count)))
    }
}

/// A request with one input of each file kind, its schema written as the generator writes one:
/// `inputImage` is a fileinput whose document also lists `inputImageUrl`, `inputMask` one
/// whose document does not.
struct UploadTool: WiroRequest {
    var image: WiroFile? = nil
    var imageUrl: String? = nil
    var mask: WiroFile? = nil
    var documents: [WiroFile] = []
    var clothes: [WiroFile] = []
    var prompt = "a red dress"
    var scale = 4

    static let schema = WiroSchema<Self>(
        tool: WiroTool(id: "test/uploads", endpoint: "https://api.wiro.ai/v1/Run/test/uploads", title: "uploads"),
        defaultRequest: Self(),
        fields: [
            .optional("inputImage", \.image, .string, upload: .single(urlField: "inputImageUrl")),
            .optional("inputImageUrl", \.imageUrl, .string),
            .optional("inputMask", \.mask, .string, upload: .single(urlField: nil)),
            .list("inputDocumentMultiple", \.documents, .string, upload: .multiple),
            .list("inputImageClothes", \.clothes, .string, upload: .combined),
            .value("prompt", \.prompt, .string),
            .value("scale", \.scale, .number),
        ]
    )

    /// The parts Wiro's patterns give this tool: each file input's as given, empty by default.
    static func parts(
        image: [Multipart.Part] = [.text("inputImage", ""), .text("inputImageUrl", "")],
        mask: [Multipart.Part] = [.text("inputMask", ""), .text("inputMaskUrl", "")],
        documents: [Multipart.Part] = [.text("inputDocumentMultiple", ""), .text("inputDocumentMultipleUrl", "")],
        clothes: [Multipart.Part] = [.text("inputImageClothes", "")]
    ) -> [Multipart.Part] {
        image + mask + documents + clothes + [.text("prompt", "a red dress"), .text("scale", "4")]
    }
}

/// Files with known bytes in a folder of their own, removed with it.
final class TemporaryFiles {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-uploads-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A file named `name` holding bytes no other file of the test holds.
    func make(_ name: String) throws -> (url: URL, bytes: Data) {
        let url = folder.appendingPathComponent(name)
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ name.utf8.count &* 7) } + Array(name.utf8))
        try bytes.write(to: url)
        return (url, bytes)
    }
}

/// A multipart/form-data body read strictly: every delimiter, part header and line break must
/// be where RFC 7578 puts them, else the parse fails and says where.
enum Multipart {
    struct Part: Equatable, CustomStringConvertible {
        var name: String
        var filename: String?
        var contentType: String?
        var body: Data

        /// A text field.
        static func text(_ name: String, _ value: String) -> Part {
            Part(name: name, filename: nil, contentType: nil, body: Data(value.utf8))
        }

        /// A file field holding a file made by ``TemporaryFiles``, with the MIME type its
        /// extension gives.
        static func file(_ name: String, _ file: (url: URL, bytes: Data)) -> Part {
            let types = ["jpg": "image/jpeg", "png": "image/png", "webp": "image/webp", "pdf": "application/pdf", "txt": "text/plain"]
            return Part(name: name, filename: file.url.lastPathComponent, contentType: types[file.url.pathExtension] ?? "application/octet-stream", body: file.bytes)
        }

        var description: String {
            let content = filename.map { "file \($0) (\(contentType ?? "no type"), \(body.count) bytes)" } ?? "\"\(String(decoding: body, as: UTF8.self))\""
            return "\(name)=\(content)"
        }
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// The parts, in order.
    static func parse(_ data: Data, boundary: String) throws -> [Part] {
        let delimiter = Data("\r\n--\(boundary)".utf8)
        // The first delimiter has no line break before it: prefix one so every delimiter reads alike.
        var rest = Data("\r\n".utf8) + data
        guard rest.starts(with: delimiter) else { throw Malformed(description: "the body does not start with --\(boundary)") }
        rest = rest.dropFirst(delimiter.count)
        var parts: [Part] = []
        while !rest.starts(with: Data("--".utf8)) {
            guard rest.starts(with: Data("\r\n".utf8)) else { throw Malformed(description: "no line break after delimiter \(parts.count)") }
            rest = rest.dropFirst(2)
            guard let end = rest.range(of: delimiter) else { throw Malformed(description: "part \(parts.count) has no closing delimiter") }
            parts.append(try part(Data(rest[rest.startIndex..<end.lowerBound]), index: parts.count))
            rest = rest[end.upperBound...]
        }
        guard rest == Data("--\r\n".utf8) else { throw Malformed(description: "the body does not end with --\(boundary)--\\r\\n") }
        return parts
    }

    private static func part(_ data: Data, index: Int) throws -> Part {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw Malformed(description: "part \(index) has no blank line") }
        var headers: [String: String] = [:]
        for line in String(decoding: data[data.startIndex..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { throw Malformed(description: "part \(index): header line '\(line)'") }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let disposition = headers.removeValue(forKey: "content-disposition") else {
            throw Malformed(description: "part \(index) has no Content-Disposition")
        }
        let contentType = headers.removeValue(forKey: "content-type")
        guard headers.isEmpty else { throw Malformed(description: "part \(index) has other headers: \(headers)") }
        let parameters = try dispositionParameters(disposition, index: index)
        guard let name = parameters["name"] else { throw Malformed(description: "part \(index) has no name") }
        return Part(name: name, filename: parameters["filename"], contentType: contentType, body: Data(data[split.upperBound...]))
    }

    /// `form-data; name="x"; filename="y"` → `["name": "x", "filename": "y"]`.
    private static func dispositionParameters(_ disposition: String, index: Int) throws -> [String: String] {
        let fields = disposition.components(separatedBy: "; ")
        guard fields.first == "form-data" else { throw Malformed(description: "part \(index): disposition '\(disposition)'") }
        var parameters: [String: String] = [:]
        for field in fields.dropFirst() {
            guard let equals = field.firstIndex(of: "="), field.hasSuffix("\""), field[field.index(after: equals)...].hasPrefix("\"") else {
                throw Malformed(description: "part \(index): parameter '\(field)'")
            }
            parameters[String(field[..<equals])] = String(field[field.index(equals, offsetBy: 2)..<field.index(before: field.endIndex)])
        }
        return parameters
    }
}
