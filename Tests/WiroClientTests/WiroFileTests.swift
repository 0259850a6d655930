import Foundation
import Testing
import WiroRuntime
import WiroTools
@testable import WiroClient

/// What a string names as a file input: a path on this machine is uploaded, anything else is
/// sent as written for Wiro to fetch.
@Suite("WiroFile from a string or a literal")
struct WiroFileTests {
    @Test("Paths and file URLs are local files", arguments: [
        ("/Users/me/cat.png", "/Users/me/cat.png"),
        ("./cat.png", "cat.png"),
        ("../photos/cat.png", "photos/cat.png"),
        ("file:///tmp/cat.png", "/tmp/cat.png"),
    ])
    func local(string: String, pathSuffix: String) {
        let file = WiroFile(string)
        #expect(file.isLocal, "\(string)")
        if case .local(let url) = file { #expect(url.path.hasSuffix(pathSuffix), "\(url.path)") }
    }

    @Test("A path under the home folder is expanded")
    func home() {
        guard case .local(let url) = WiroFile("~/cat.png") else {
            Issue.record("~/cat.png is not local")
            return
        }
        #expect(!url.path.contains("~") && url.path.hasSuffix("/cat.png"))
    }

    @Test("URLs and the names of files Wiro holds are remote, sent as written", arguments: [
        "https://cdn.wiro.ai/uploads/sampleinputs/cat.png", "http://example.com/a.mp4", "cat.png", "s3://bucket/cat.png",
    ])
    func remote(string: String) {
        #expect(WiroFile(string) == .remote(string))
    }

    @Test("A literal reads as the string does")
    func literal() {
        let local: WiroFile = "/Users/me/cat.png"
        let remote: WiroFile = "https://cdn.wiro.ai/a.png"
        #expect(local == .local(URL(fileURLWithPath: "/Users/me/cat.png")))
        #expect(remote == .remote("https://cdn.wiro.ai/a.png"))
    }

    @Test("A local path given as a literal is uploaded, its bytes in a file part")
    func literalUploads() async throws {
        let wiro = try FakeWiro()
        let bytes = Data("not really a jpeg".utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("koala-\(UUID().uuidString).jpg").path
        try bytes.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try await wiro.client().run(Chetwinlow1.Ovi(inputImage: WiroFile(path), prompt: "A koala", negativePrompt: "", audioNegativePrompt: "", steps: 40))
        let request = try #require(wiro.requests.first)
        let contentType = try #require(request.headers["content-type"])
        let parts = try Multipart.parse(request.body, boundary: String(contentType.split(separator: "=", maxSplits: 1)[1]))
        #expect(parts.first { $0.name == "inputImage" }?.body == bytes)
    }
}
