import Foundation
import Testing
import WiroGenCore
import WiroGenFiles
import WiroGenModel
import WiroGenText
import WiroRuntime
import WiroTools

/// The documents' own Run examples, read with WiroGen's reader.
enum DocumentBodies {
    static let specsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Specs")

    static func spec(for id: String) throws -> ToolSpec {
        let read = Generator.run(try SourceFiles.input(documents: [specsFolder.path], configuration: nil), for: .specs)
        return try #require(read.specs.first { $0.id == id })
    }

    /// The body as JSON data.
    static func body(of spec: ToolSpec) throws -> Data {
        try JSONEncoder().encode(try #require(spec.runExample))
    }

    /// A JSON object with every member's kind and value, callbackUrl aside.
    static func members(_ data: Data) throws -> [String: JSONValue] {
        let value = try JSONDecoder().decode(JSONValue.self, from: data)
        var result: [String: JSONValue] = [:]
        for member in value.members ?? [] where member.key != "callbackUrl" { result[member.key] = member.value }
        return result
    }
}

@Suite("The wire: generated types read and write the documents' own Run bodies")
struct WireTests {
    static let ids = [
        "PixVerse/text-to-video-v4.5", "PixVerse/text-to-video-v4", "PixVerse/image-to-video-v5",
        "chetwinlow1/ovi", "Wan-AI/Wan2.2-TI2V-5B-image-to-video",
    ]

    @Test("Decoding the Run example and encoding it again gives the same JSON, kind for kind", arguments: ids)
    func roundTrip(_ id: String) throws {
        let type = try #require(WiroToolIndex.requestType(for: id))
        let body = try DocumentBodies.body(of: try DocumentBodies.spec(for: id))
        let again = try reencode(type, body)
        let original = try DocumentBodies.members(body)
        let encoded = try DocumentBodies.members(again)
        #expect(encoded == original)
        #expect(!original.isEmpty)
    }

    @Test("Encoding the default request emits every input key the example has", arguments: ids)
    func defaultKeys(_ id: String) throws {
        let type = try #require(WiroToolIndex.requestType(for: id))
        let example = try DocumentBodies.members(try DocumentBodies.body(of: try DocumentBodies.spec(for: id)))
        let encoded = try DocumentBodies.members(try JSONEncoder().encode(type.defaultRequest))
        #expect(Set(encoded.keys) == Set(example.keys))
    }

    @Test("Kinds stay as the document writes them")
    func kinds() throws {
        let wan = try DocumentBodies.members(try JSONEncoder().encode(WanAI.Wan2_2TI2V5BImageToVideo.defaultRequest))
        #expect(wan["scale"] == .string("5.0"))
        #expect(wan["numFrames"] == .number("121"))
        #expect(wan["inputImageUrl"] == .string(""))
        let pixverse = try DocumentBodies.members(try JSONEncoder().encode(PixVerse.TextToVideoV4_5(prompt: "A turtle", duration: ._8)))
        #expect(pixverse["duration"] == .string("8"))
        #expect(pixverse["seed"] == .number("0"))
        #expect(pixverse["Watermark"] == .string("false"))
    }

    @Test("Decoding tolerates numbers in strings and says which key is wrong")
    func decodingErrors() throws {
        let lenient = try JSONDecoder().decode(WanAI.Wan2_2TI2V5BImageToVideo.self, from: Data(#"{"numFrames": "81", "scale": 7}"#.utf8))
        #expect(lenient.numFrames == 81)
        #expect(lenient.scale == 7)
        #expect(lenient.steps == 25, "an absent key takes the default")
        let bad = Data(#"{"quality": "4k"}"#.utf8)
        let error = try #require(throws: DecodingError.self) { try JSONDecoder().decode(PixVerse.TextToVideoV4_5.self, from: bad) }
        #expect(String(describing: error).contains("'4k' is not a valid value for 'quality'"))
    }

    private func reencode<T: WiroRequest>(_ type: T.Type, _ body: Data) throws -> Data {
        try JSONEncoder().encode(try JSONDecoder().decode(T.self, from: body))
    }
}
