import Foundation
import Testing
@testable import WiroGenModel
@testable import WiroGenResolve
@testable import WiroGenRules
@testable import WiroGenText

/// A tool read from one of the OpenAPI specs Wiro serves (../shared/corpus/openapi): its
/// `RunToolSchema` properties as inputs (description as help, `x-input-type` or the JSON type
/// as kind, `enum`/`x-options` as options), and the structured fields prose should agree with.
struct OpenAPITool {
    /// The spec's file name.
    var file: String
    var spec: ToolSpec
    /// Per input: `minimum`, `maximum`, `multipleOf`, and whether `required` lists it.
    var properties: [String: Property]

    struct Property {
        var minimum: Double?
        var maximum: Double?
        var multipleOf: Double?
        var isRequired: Bool
    }

    /// Every OpenAPI spec of the corpus, sorted by file name.
    static func all() throws -> [OpenAPITool] {
        let folder = Fixtures.corpus.appendingPathComponent("openapi")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { try load(folder.appendingPathComponent($0)) }
    }

    static func load(_ url: URL) throws -> OpenAPITool {
        let (properties, required) = try runToolSchema(url)
        // JSONSerialization loses key order; the title order is not needed, a stable one is.
        var inputs: [InputSpec] = []
        var structured: [String: Property] = [:]
        for (line, name) in properties.keys.sorted().enumerated() {
            let property = properties[name] ?? [:]
            let options = (property["x-options"] as? [[String: Any]])?.map { option in
                OptionSpec(value: text(option["value"]), label: text(option["label"]), location: .start)
            } ?? (property["enum"] as? [Any])?.map { OptionSpec(value: text($0), label: text($0), location: .start) } ?? []
            let kind: InputKind
            if let type = property["x-input-type"] as? String {
                kind = InputKind(typeString: type)
            } else {
                switch property["type"] as? String {
                case "number", "integer": kind = .number
                case "boolean": kind = .checkbox
                default: kind = options.isEmpty ? .text : .select
                }
            }
            let defaultText = property["default"].map(text).flatMap { $0.isEmpty ? nil : $0 }
            inputs.append(InputSpec(
                name: name, label: property["x-label"] as? String ?? property["title"] as? String ?? name,
                help: property["description"] as? String ?? "", type: kind.description, kind: kind,
                default: defaultText, options: options, location: SourceLocation(line: line + 1, column: 1)))
            structured[name] = Property(
                minimum: (property["minimum"] as? NSNumber)?.doubleValue, maximum: (property["maximum"] as? NSNumber)?.doubleValue,
                multipleOf: (property["multipleOf"] as? NSNumber)?.doubleValue, isRequired: required.contains(name))
        }
        var spec = ToolSpec(
            id: url.lastPathComponent, endpoint: "https://api.wiro.ai/v1/Run/x", title: url.lastPathComponent, description: nil,
            cover: nil, categories: [], tags: [], inputs: inputs, examples: [], runExample: nil, taskStatuses: [], source: "openapi/" + url.lastPathComponent)
        spec.readings = RuleReader.read(spec)
        return OpenAPITool(file: url.lastPathComponent, spec: spec, properties: structured)
    }

    /// The `RunToolSchema` of an OpenAPI spec: its properties but `callbackUrl`, and the
    /// names it lists as required.
    static func runToolSchema(_ url: URL) throws -> (properties: [String: [String: Any]], required: Set<String>) {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let schemas = try #require((root["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let schema = try #require(schemas["RunToolSchema"] as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: [String: Any]]).filter { $0.key != "callbackUrl" }
        return (properties, Set(schema["required"] as? [String] ?? []))
    }

    /// The tool resolved: its checks and every sentence's decision.
    func resolved() -> ResolvedTool {
        Fixtures.resolve(spec).tool
    }

    /// A JSON value as a document writes it: numbers without `Optional`, `true`, text.
    static func text(_ value: Any?) -> String {
        guard let value else { return "" }
        if let number = value as? NSNumber, !(value is Bool) { return number.stringValue }
        return "\(value)"
    }
}
