import Foundation
@testable import WiroGenModel
@testable import WiroGenResolve
@testable import WiroGenRules
@testable import WiroGenText

/// A tool read from Wiro's n8n node pack (../shared/corpus/n8n): its inputs, help texts, option
/// values and Wiro's own `required` flags. The pack types inputs as n8n fields: `number`,
/// `options` (a select; `true`/`false` ones a flag), `multiOptions`, `boolean`, and `string`,
/// which holds file inputs too (their URL fields, named `…Url`). Its defaults are n8n's, not the
/// tools', so none is kept.
struct N8NTool {
    struct Input: Decodable {
        var name: String
        var label: String?
        var type: String
        var required: Bool?
        var help: String?
        var options: [Option]?
    }

    struct Option: Decodable {
        var value: String
        var label: String?
    }

    struct Node: Decodable {
        var title: String
        var runEndpoint: String
        var inputs: [Input]
    }

    var node: Node
    var spec: ToolSpec

    /// The tool of a node file (`Flux2Flex.json`).
    static func load(_ file: String) throws -> N8NTool {
        let url = Fixtures.corpus.appendingPathComponent("n8n").appendingPathComponent(file)
        let node = try JSONDecoder().decode(Node.self, from: Data(contentsOf: url))
        let inputs = node.inputs.enumerated().map { index, input in
            let options = (input.options ?? []).map { OptionSpec(value: $0.value, label: $0.label ?? $0.value, location: .start) }
            let type = kind(of: input)
            return InputSpec(name: input.name, label: input.label ?? input.name, help: (input.help ?? "").collapsingWhitespace(), type: type,
                             kind: InputKind(typeString: type), default: nil, options: options, location: Location(line: index + 1, column: 1))
        }
        let id = node.runEndpoint.components(separatedBy: "/Run/").last ?? file
        var spec = ToolSpec(id: id, endpoint: node.runEndpoint, title: node.title, description: nil, cover: nil, categories: [], tags: [],
                            inputs: inputs, examples: [], runExample: nil, taskStatuses: [], source: "n8n/" + file)
        spec.readings = RuleReader.read(spec)
        return N8NTool(node: node, spec: spec)
    }

    /// The Wiro type an n8n field stands for.
    static func kind(of input: Input) -> String {
        switch input.type {
        case "number": return "number"
        case "boolean": return "checkbox"
        case "multiOptions": return "multiselect"
        case "options": return "select"
        default:
            let name = input.name
            guard name.hasSuffix("Url") || name.hasSuffix("Urls") || name.hasSuffix("UrlMultiple") || name.contains("MultipleUrl") else { return "text" }
            return name.contains("Multiple") || name.hasSuffix("Urls") ? "multifileinput" : "fileinput"
        }
    }

    /// Every node file of the pack, sorted.
    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.appendingPathComponent("n8n").path).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The tool resolved: its checks and every sentence's decision.
    func resolved() -> ResolvedTool {
        Fixtures.resolve(spec).tool
    }
}
