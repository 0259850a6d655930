import Foundation
import Testing
@testable import WiroGenModel
@testable import WiroGenReader
@testable import WiroGenText

@Suite("Corpus of real Wiro documents (../shared/corpus)", .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
struct CorpusTests {
    static let documents = Fixtures.corpusDocuments()

    @Test("The corpus is there and holds the six documents")
    func corpusPresent() {
        #expect(Self.documents.count == 6)
    }

    @Test("Every corpus document reads with no error", arguments: documents)
    func readsWithoutError(_ url: URL) throws {
        let result = Fixtures.extract(url)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let spec = try #require(result.spec)
        #expect(!spec.inputs.isEmpty)
        #expect(spec.endpoint.hasPrefix("https://api.wiro.ai/v1/Run/"))
        #expect(spec.runExample != nil)
        #expect(spec.taskStatuses.count == 9)
    }

    @Test("Flattening a document (every whitespace run made one space) gives the same spec", arguments: documents)
    func flattenedFormGivesSameSpec(_ url: URL) throws {
        let bytes = Fixtures.bytes(url)
        let lineBroken = MarkdownToolReader.extract(bytes, path: "doc.md")
        let flattened = MarkdownToolReader.extract(Fixtures.flattened(bytes), path: "doc.md")
        let a = try SpecDump.json([try #require(lineBroken.spec)], includeLocations: false)
        let b = try SpecDump.json([try #require(flattened.spec)], includeLocations: false)
        #expect(a == b)
        #expect(lineBroken.diagnostics.map { "\($0.severity) \($0.id)" } == flattened.diagnostics.map { "\($0.severity) \($0.id)" })
    }

    @Test("Locations point at their text", arguments: documents)
    func locations(_ url: URL) throws {
        try LocationChecks.verify(Fixtures.bytes(url), path: url.path)
        try LocationChecks.verify(Fixtures.flattened(Fixtures.bytes(url)), path: url.path)
    }

    @Test("The preamble before '## Basic tool info' is skipped (avatarmotion)")
    func preamble() throws {
        let spec = try #require(Fixtures.extract(Self.url("wiro__avatarmotion.md")).spec)
        #expect(spec.id == "wiro/AvatarMotion")
        #expect(spec.endpoint == "https://api.wiro.ai/v1/Run/wiro/avatarmotion")
        #expect(spec.inputs.map(\.name) == ["inputImage", "effectType", "outputType", "seed"])
    }

    @Test("selectwithcover without options is a note, not an error")
    func selectWithCoverWithoutOptions() throws {
        let result = Fixtures.extract(Self.url("wiro__avatarmotion.md"))
        let spec = try #require(result.spec)
        #expect(spec.input(named: "effectType")?.kind == .selectwithcover)
        #expect(spec.input(named: "effectType")?.options == [])
        #expect(spec.input(named: "effectType")?.default == "3d_figure_smashing")
        #expect(result.with(.selectWithoutOptions).map(\.severity) == [.note, .note])
    }

    @Test("An empty option value stays an option; its label is kept")
    func emptyOptionValue() throws {
        let spec = try #require(Fixtures.extract(Self.url("wiro__cartoonify.md")).spec)
        let aspect = try #require(spec.input(named: "aspectRatio"))
        #expect(aspect.options.first?.value == "")
        #expect(aspect.options.first?.label == "match_input_image")
        #expect(aspect.options.count == 14)
        #expect(aspect.default == nil)
    }

    @Test("A select with more than sixty options reads whole")
    func largeSelect() throws {
        let spec = try #require(Fixtures.extract(Self.url("wiro__iconic-locations.md")).spec)
        let locations = try #require(spec.input(named: "iconicLocation"))
        #expect(locations.options.count > 60)
        #expect(Set(locations.options.map(\.value)).count == locations.options.count)
        #expect(locations.default == "Random")
    }

    @Test("Mojibake in prose is repaired, with a note")
    func mojibake() throws {
        let result = Fixtures.extract(Self.url("wiro__professional-headshot.md"))
        let spec = try #require(result.spec)
        #expect(spec.description?.contains("résumés") == true)
        #expect(result.with(.repairedEncoding).count == 1)
    }

    @Test("A tool name with a space is kept as the document writes it")
    func nameWithSpace() throws {
        let spec = try #require(Fixtures.extract(Self.url("wiro__virtual-try-on.md")).spec)
        #expect(spec.id == "wiro/Virtual Try-On")
        #expect(spec.endpoint == "https://api.wiro.ai/v1/Run/wiro/virtual-try-on")
        #expect(spec.examples.count == 4)
        #expect(spec.examples[0].values.map(\.name) == ["inputImageHuman", "inputImageClothes"])
    }

    static func url(_ name: String) -> URL {
        Fixtures.corpus.appendingPathComponent("llms").appendingPathComponent(name)
    }
}
