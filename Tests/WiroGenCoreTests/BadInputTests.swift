import Foundation
import Testing
@testable import WiroGenReader
@testable import WiroGenText

@Suite("Bad input: a diagnostic with file, line and column, never a crash")
struct BadInputTests {
    @Test("An empty file")
    func emptyFile() {
        for text in ["", "  \n\n\t"] {
            let result = Fixtures.extract(text, path: "empty.md")
            #expect(result.spec == nil)
            #expect(result.diagnostics.map(\.description) == ["empty.md:1:1: error: the document is empty [empty-file]"])
        }
    }

    @Test("Binary bytes")
    func binary() throws {
        let bytes: [UInt8] = Array("## Basic tool info\nTool name: a/b\n".utf8) + [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]
        let result = MarkdownToolReader.extract(bytes, path: "image.md")
        let error = try #require(result.errors.first)
        #expect(result.spec == nil)
        #expect(error.id == .binaryFile)
        #expect(error.location == Location(line: 3, column: 5))
    }

    @Test("Invalid UTF-8")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("## Basic tool info\nTool name: caf".utf8) + [0xE9] + Array(" x\n".utf8)
        let result = MarkdownToolReader.extract(bytes, path: "latin1.md")
        let error = try #require(result.errors.first)
        #expect(error.id == .invalidUTF8)
        #expect(error.description.hasPrefix("latin1.md:2:15: error: the document is not valid UTF-8 (byte 0xE9 here)"))
    }

    @Test("A document cut off in the middle of an input")
    func cutOff() throws {
        let text = try String(contentsOf: Fixtures.seed("PixVerse/text-to-video-v4.5.md"), encoding: .utf8)
        let cut = String(text[..<text.range(of: "help: Quality of the video")!.upperBound])
        let result = Fixtures.extract(cut, path: "cut.md")
        let missing = result.errors.filter { $0.id == .missingField }
        #expect(missing.map(\.message) == [
            "input 'quality' has no 'type:'; the document may be cut off here",
            "input 'quality' has no 'default:'; the document may be cut off here",
        ])
        #expect(missing.allSatisfy { $0.location == Location(line: 1, column: cut.utf8.count + 1) }, "at the end of the cut")
        #expect(result.with(.missingField).contains { $0.severity == .warning && $0.message.contains("cut off") })
    }

    @Test("Every prefix of every seed reads without crashing, and every diagnostic has a place")
    func everyPrefix() throws {
        for relative in ["PixVerse/text-to-video-v4.5.md", "PixVerse/text-to-video-v4.md", "chetwinlow1/ovi.md"] {
            let bytes = Fixtures.bytes(Fixtures.seed(relative))
            let line = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: " ", with: "\n").utf8)
            for document in [bytes, line] {
                var length = 0
                while length <= document.count {
                    let prefix = Array(document[..<length])
                    let result = MarkdownToolReader.extract(prefix, path: "prefix.md")
                    #expect(result.diagnostics.allSatisfy { $0.location != nil })
                    length += 61
                }
            }
        }
    }

    @Test("A select with no options is an error at the input")
    func selectWithoutOptions() throws {
        let text = Fixtures.document(inputs: """
          - name: quality
            label: Quality
            help: Quality of the video
            type: select
            default: 540p
            options:
          - name: prompt
            label: Prompt
            help: The prompt.
            type: text
            default: a cat
        """)
        let result = Fixtures.extract(text, path: "select.md")
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.description == "select.md:10:5: error: select input 'quality' has no options [select-without-options]")
        #expect(result.spec?.inputs.map(\.name) == ["quality", "prompt"])
    }

    @Test("Duplicate input names: an error at the second, naming the first")
    func duplicateNames() throws {
        let block = """
          - name: seed
            label: Seed
            help: The seed.
            type: number
            default: 0
        """
        let result = Fixtures.extract(Fixtures.document(inputs: block + "\n\n" + block), path: "dup.md")
        let error = try #require(result.errors.first)
        #expect(error.id == .duplicateInput)
        #expect(error.location == Location(line: 16, column: 5))
        #expect(error.message == "duplicate input 'seed' (first declared at 10:5)")
        #expect(result.spec?.inputs.count == 1)
    }

    @Test("An input with no name")
    func noName() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: """
          - name: 
            label: Seed
            help: The seed.
            type: number
            default: 0
        """), path: "noname.md")
        let error = try #require(result.errors.first)
        #expect(error.id == .missingName)
        #expect(error.location == Location(line: 10, column: 5))
        #expect(result.spec?.inputs == [])
    }

    @Test("An unknown type is a warning; the input is kept with kind unknown")
    func unknownType() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: """
          - name: mask
            label: Mask
            help: A mask.
            type: paintcanvas
            default:
        """), path: "unknown.md")
        #expect(result.errors.isEmpty)
        let warning = try #require(result.with(.unknownType).first)
        #expect(warning.severity == .warning)
        #expect(warning.location == Location(line: 13, column: 11))
        #expect(result.spec?.inputs.first?.kind == .unknown("paintcanvas"))
        #expect(result.spec?.inputs.first?.type == "paintcanvas")
    }

    @Test("An option whose quote never closes")
    func unterminatedOption() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: """
          - name: duration
            label: Duration
            help: Seconds.
            type: select
            default: 5
            options:
              - value: "5
                label: 5
        """), path: "quote.md")
        #expect(result.with(.malformedOption).first?.location == Location(line: 16, column: 16))
        #expect(result.with(.selectWithoutOptions).count == 1)
    }

    @Test("A Run example body that is not JSON is a warning at the broken place")
    func brokenRunExample() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: """
          - name: prompt
            label: Prompt
            help: The prompt.
            type: text
            default: a cat
        """, body: #"{"prompt": "a cat" "seed": 1}"#), path: "json.md")
        let warning = try #require(result.with(.invalidRunExample).first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "the Run example body is not valid JSON: expected ',' or '}' in the JSON object")
        #expect(warning.location == Location(line: 19, column: 24))
        #expect(result.spec?.runExample == nil)
    }

    @Test("Text that is no tool document")
    func notADocument() {
        let result = Fixtures.extract("# Shopping list\n\n- milk\n- eggs\n", path: "list.md")
        #expect(result.spec == nil)
        #expect(result.diagnostics.map(\.id) == [.notAToolDocument])
    }

    @Test("A document without a tool name")
    func noToolName() {
        let text = Fixtures.document(inputs: "  - name: a\n    label: A\n    help: x\n    type: text\n    default: b")
            .replacingOccurrences(of: "Tool name: Test/tool\n", with: "")
        let result = Fixtures.extract(text, path: "anon.md")
        #expect(result.spec == nil)
        #expect(result.errors.map(\.id) == [.missingID])
    }

    @Test("Deeply nested markdown does not exhaust the stack")
    func deepNesting() {
        for text in [String(repeating: "> ", count: 20_000) + "x", String(repeating: "- ", count: 20_000) + "x",
                     String(repeating: "[", count: 50_000), String(repeating: "*a ", count: 30_000)] {
            let result = Fixtures.extract(text, path: "deep.md")
            #expect(result.diagnostics.map(\.id) == [.notAToolDocument])
        }
    }
}

@Suite("Bad input: endpoints and empty folders")
struct EndpointTests {
    @Test("An endpoint that is no http(s) URL is an error at the tool name")
    func badEndpoint() throws {
        let text = Fixtures.document(inputs: "  - name: a\n    label: A\n    help: x\n    type: text\n    default: b")
            .replacingOccurrences(of: "https://api.wiro.ai/v1/Run/Test/tool\n\n## Tool Inputs", with: "api.wiro.ai/Run/Test tool\n\n## Tool Inputs")
        let result = Fixtures.extract(text, path: "endpoint.md")
        #expect(result.spec == nil)
        #expect(result.errors.map(\.description) == ["endpoint.md:3:12: error: the Run endpoint 'api.wiro.ai/Run/Test' is not an http(s) URL [missing-endpoint]"])
    }

    @Test("A folder without documents generates nothing, with an error")
    func emptyFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let generation = try Fixtures.generate(paths: [folder.path], root: folder.path)
        #expect(generation.files.isEmpty)
        #expect(generation.hasErrors)
    }
}
