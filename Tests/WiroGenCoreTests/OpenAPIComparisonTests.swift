import Foundation
import Testing
@testable import WiroGenModel
@testable import WiroGenText

/// Compares what WiroGen reads from llms.txt documents with the OpenAPI specs Wiro serves for
/// the same tools (../shared/corpus/openapi): inputs, option values (`enum`) and defaults.
/// Every difference must be explained below; an explanation that no longer applies fails too.
@Suite("Extraction against Wiro's OpenAPI specs", .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
struct OpenAPIComparisonTests {
    /// A difference between the document and the OpenAPI spec.
    enum Difference: Hashable, CustomStringConvertible {
        case inputOnlyInOpenAPI(String)
        case inputOnlyInDocument(String)
        case options(String)
        case defaultValue(String)

        var description: String {
            switch self {
            case .inputOnlyInOpenAPI(let name): "input '\(name)' is only in the OpenAPI spec"
            case .inputOnlyInDocument(let name): "input '\(name)' is only in the document"
            case .options(let name): "the options of '\(name)' differ"
            case .defaultValue(let name): "the default of '\(name)' differs"
            }
        }
    }

    static let sampleFile = "the OpenAPI spec gives file inputs no default; the document's default names a sample file Wiro holds"

    /// Differences looked at and understood, per tool id.
    static let explained: [String: [Difference: String]] = [
        "chetwinlow1/ovi": [
            .defaultValue("inputImage"): sampleFile,
            .defaultValue("prompt"):
                "Wiro's llms.txt drops the <S>…<E> and <AUDCAP>…<ENDAUDCAP> speech tags from defaults; the OpenAPI spec keeps them",
        ],
        "wiro/Virtual Try-On": [
            .defaultValue("inputImageHuman"): sampleFile,
            .defaultValue("inputImageClothes"): sampleFile,
            .inputOnlyInOpenAPI("outputType"):
                "the OpenAPI spec was fetched later than the llms.txt copy, after Wiro added an output type select",
        ],
    ]

    /// Tool id → OpenAPI file, from the corpus's SOURCES.txt.
    static func openAPIFiles() -> [String: URL] {
        let folder = Fixtures.corpus.appendingPathComponent("openapi")
        let sources = (try? String(contentsOf: folder.appendingPathComponent("SOURCES.txt"), encoding: .utf8)) ?? ""
        var files: [String: URL] = [:]
        for line in sources.split(separator: "\n") {
            let columns = line.split(separator: "\t").map(String.init)
            if columns.count >= 2 { files[columns[1].lowercased()] = folder.appendingPathComponent(columns[0]) }
        }
        return files
    }

    /// Every spec read from Specs/ and the corpus's llms.txt documents.
    static func specs() -> [ToolSpec] {
        let urls = Fixtures.corpusDocuments() + ["PixVerse/text-to-video-v4.5.md", "PixVerse/text-to-video-v4.md",
            "PixVerse/image-to-video-v5.md", "chetwinlow1/ovi.md", "Wan-AI/Wan2.2-TI2V-5B-image-to-video.md"].map(Fixtures.seed)
        return urls.compactMap { Fixtures.extract($0).spec }
    }

    static func differences(_ spec: ToolSpec, _ openAPI: URL) throws -> Set<Difference> {
        let properties = try OpenAPITool.runToolSchema(openAPI).properties
        var found = Set<Difference>()
        let documented = Set(spec.inputs.map(\.name))
        for name in Set(properties.keys).subtracting(documented) { found.insert(.inputOnlyInOpenAPI(name)) }
        for name in documented.subtracting(properties.keys) { found.insert(.inputOnlyInDocument(name)) }
        for input in spec.inputs {
            guard let property = properties[input.name] else { continue }
            if let values = property["enum"] as? [Any] {
                if values.map({ "\($0)" }) != input.options.map(\.value) { found.insert(.options(input.name)) }
            } else if !input.options.isEmpty {
                found.insert(.options(input.name))
            }
            let expected = property["default"].map(OpenAPITool.text)
            if expected != input.default, !(expected == "" && input.default == nil) { found.insert(.defaultValue(input.name)) }
        }
        return found
    }


    @Test("Every tool with an OpenAPI spec matches it, but for the differences explained here")
    func compare() throws {
        let files = Self.openAPIFiles()
        let matched = Self.specs().filter { files[$0.id.lowercased()] != nil }
        #expect(Set(matched.map(\.id)) == Set(Self.explained.keys), "the tools compared changed; review the explanations")
        for spec in matched {
            let found = try Self.differences(spec, try #require(files[spec.id.lowercased()]))
            let explained = Self.explained[spec.id] ?? [:]
            for difference in found where explained[difference] == nil {
                Issue.record("\(spec.id): \(difference), and nobody has explained why")
            }
            for difference in explained.keys where !found.contains(difference) {
                Issue.record("\(spec.id): the explained difference '\(difference)' no longer occurs; remove its explanation")
            }
        }
    }

    @Test("What the comparison checks: the options and defaults of Ovi's resolution and steps agree")
    func agreement() throws {
        let ovi = try #require(Self.specs().first { $0.id == "chetwinlow1/ovi" })
        let file = try #require(Self.openAPIFiles()["chetwinlow1/ovi"])
        let found = try Self.differences(ovi, file)
        #expect(!found.contains(.options("resolution")))
        #expect(!found.contains(.defaultValue("steps")))
        #expect(!found.contains(.defaultValue("seed")))
        #expect(found.contains(.defaultValue("prompt")))
    }
}
