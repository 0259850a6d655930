import Foundation
import TestSupport

/// A small Wiro tool document in the line-broken llms format, built from its inputs, so each
/// test states exactly the document it serves.
struct ToolDocument {
    struct Input {
        var name: String
        var type = "text"
        var help = ""
        var defaultValue = ""
        var options: [String] = []
    }

    var owner: String
    var tool: String
    var title: String
    var inputs: [Input]

    var text: String {
        var lines = [
            "## Basic tool info", "", "Model name: \(owner)/\(title)", "Model description: A tool for tests.",
            "Model categories:", "  - image-to-image", "", "", "Run Task Endpoint (POST):",
            "https://api.wiro.ai/v1/Run/\(owner)/\(tool)", "", "Get Task Detail Endpoint (POST):",
            "https://api.wiro.ai/v1/Task/Detail", "", "## Model Inputs: ", "",
        ]
        for input in inputs {
            lines += ["  - name: \(input.name)", "    label: \(input.name)", "    help: \(input.help)",
                      "    type: \(input.type)", "    default: \(input.defaultValue)"]
            if !input.options.isEmpty {
                lines.append("    options:")
                for option in input.options { lines += ["      - value: \"\(option)\"", "        label: \(option)", ""] }
            }
            lines.append("")
        }
        lines += ["## Run Command - Make HTTP Post Request ", "```bash",
                  "curl -X POST \"https://api.wiro.ai/v1/Run/\(owner)/\(tool)\" ", "-d '{"]
        let body = inputs.map { "  \"\($0.name)\": \"\($0.defaultValue)\"" }.joined(separator: ",\n")
        lines += [body, "}';", "```", ""]
        return lines.joined(separator: "\n")
    }
}

/// A fake wiro.ai on 127.0.0.1: the site's documents at `/models/<owner>/<tool>/llms-full.txt`
/// (and wherever a test puts one), and the API's `POST /v1/Tool/List`. Paths nobody set
/// answer 404; scripted answers are served first, in order, then the path's standing one.
final class FakeWiroSite: Sendable {
    static let apiKey = "wk_test_catalogue"

    private let server: LoopbackHTTPServer
    private let state: Locked<State>

    private struct State {
        var pages: [String: LoopbackResponse] = [:]
        var scripted: [String: [LoopbackResponse]] = [:]
        var catalogue: [[String: Any]] = []
        /// Tool/DetailOpenAPI's answers, by `slugowner/slugproject`.
        var definitions: [String: LoopbackResponse] = [:]
    }

    init() throws {
        let state = Locked(State())
        self.state = state
        server = try LoopbackHTTPServer(lifetime: .seconds(300)) { request in
            FakeWiroSite.respond(to: request, state: state)
        }
    }

    deinit { server.stop() }

    /// The site's root, for `--docs-url`.
    var docsURL: String { server.baseURL.absoluteString }
    /// The API root, for `--api-url`.
    var apiURL: String { server.baseURL.appendingPathComponent("v1").absoluteString }
    /// Every request received, in order.
    var requests: [LoopbackRequest] { server.requests }

    /// Serves `document` at the tool's first place (`models/…/llms-full.txt`) from now on.
    func publish(_ document: ToolDocument) {
        serve("/models/\(document.owner.lowercased())/\(document.tool.lowercased())/llms-full.txt", .init(status: 200, body: Data(document.text.utf8)))
    }

    /// Answers `path` with `response` from now on.
    func serve(_ path: String, _ response: LoopbackResponse) {
        state.withLock { $0.pages[path] = response }
    }

    /// Answers the next requests for `path` with `responses`, in order, before its standing answer.
    func script(_ path: String, _ responses: [LoopbackResponse]) {
        state.withLock { $0.scripted[path, default: []] += responses }
    }

    /// Answers Tool/DetailOpenAPI for `tool` (`owner/slug`) with `definition`, as Wiro does: once
    /// per way of signing, the signature one last (and different in its words on auth only).
    func define(_ tool: String, _ definition: String) {
        let body = #"[{"type": "apikey", "spec": {"paths": {}, "info": {"title": "API Key Auth"}}},"# + "\n"
            + #" {"type": "signature", "spec": "# + definition + "}]"
        state.withLock { $0.definitions[tool] = .json(body, status: 200) }
    }

    /// Answers Tool/DetailOpenAPI for `tool` with `response`.
    func define(_ tool: String, response: LoopbackResponse) {
        state.withLock { $0.definitions[tool] = response }
    }

    /// Lists `tools` (`owner/slug`, title, categories) in the catalogue.
    func list(_ tools: [(id: String, title: String, categories: [String])]) {
        let entries: [[String: Any]] = tools.map { tool in
            let parts = tool.id.split(separator: "/").map(String.init)
            return ["slugowner": parts[0], "cleanslugowner": parts[0], "slugproject": tool.title,
                    "cleanslugproject": parts[1], "title": tool.title, "categories": tool.categories]
        }
        state.withLock { $0.catalogue = entries }
    }

    private static func respond(to request: LoopbackRequest, state: Locked<State>) -> LoopbackResponse {
        state.withLock { state in
            if var queue = state.scripted[request.path], !queue.isEmpty {
                let next = queue.removeFirst()
                state.scripted[request.path] = queue
                return next
            }
            if request.method == "POST", request.path == "/v1/Tool/List" { return toolList(request, catalogue: state.catalogue) }
            if request.method == "POST", request.path == "/v1/Tool/DetailOpenAPI" { return definition(request, definitions: state.definitions) }
            return state.pages[request.path] ?? LoopbackResponse(status: 404, body: Data("Not Found".utf8))
        }
    }

    /// Tool/DetailOpenAPI: `x-api-key` checked, the tool by `slugowner` and `slugproject`.
    private static func definition(_ request: LoopbackRequest, definitions: [String: LoopbackResponse]) -> LoopbackResponse {
        guard request.headers["x-api-key"] == apiKey else {
            return .json(#"{"result": false, "errors": [{"code": 401, "message": "Unauthorized"}]}"#, status: 401)
        }
        let query = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any] ?? [:]
        let tool = "\(query["slugowner"] as? String ?? "")/\(query["slugproject"] as? String ?? "")"
        return definitions[tool] ?? .json(#"{"result": false, "errors": [{"code": 1, "message": "Tool is not accessible or does not exist"}]}"#, status: 200)
    }

    /// Tool/List as Wiro documents it: `x-api-key` checked, `search`, `slugowner`,
    /// `categories` and `limit` applied, `total` counting every match.
    private static func toolList(_ request: LoopbackRequest, catalogue: [[String: Any]]) -> LoopbackResponse {
        guard request.headers["x-api-key"] == apiKey else {
            return .json(#"{"result": false, "errors": [{"code": 401, "message": "Unauthorized"}]}"#, status: 401)
        }
        let query = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any] ?? [:]
        let matches = catalogue.filter { entry in
            let title = (entry["title"] as? String ?? "").lowercased()
            if let text = query["search"] as? String, !title.contains(text.lowercased()) { return false }
            if let owner = query["slugowner"] as? String, entry["cleanslugowner"] as? String != owner { return false }
            if let wanted = query["categories"] as? [String], !wanted.allSatisfy((entry["categories"] as? [String] ?? []).contains) { return false }
            return true
        }
        let limit = Int(query["limit"] as? String ?? "20") ?? 20
        let body: [String: Any] = ["result": true, "errors": [], "total": matches.count, "tool": Array(matches.prefix(limit))]
        return LoopbackResponse(status: 200, headers: ["content-type": "application/json"],
                                body: (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data())
    }
}
