import Foundation
import WiroGenCore

/// One tool of Wiro's catalogue, as `POST /Tool/List` lists it.
public struct CatalogTool: Sendable, Equatable {
    /// The owner's clean slug (`wiro`).
    public var owner: String
    /// The tool's clean slug (`virtual-try-on`).
    public var slug: String
    /// The display title (`Virtual Try-on`).
    public var title: String
    /// The categories (`image-to-image`, …).
    public var categories: [String]
    /// `owner/slug`: what `wiro-gen fetch` takes.
    public var id: String { "\(owner)/\(slug)" }
}

/// What to ask the catalogue for.
public struct CatalogQuery: Sendable {
    /// Words to search titles for; nil lists everything.
    public var text: String?
    /// Only this owner's tools (`slugowner`).
    public var owner: String?
    /// Only tools in this category.
    public var category: String?
    /// At most this many tools.
    public var limit: Int

    /// A query; every filter is optional.
    public init(text: String? = nil, owner: String? = nil, category: String? = nil, limit: Int = 20) {
        self.text = text
        self.owner = owner
        self.category = category
        self.limit = limit
    }

    /// The request body Wiro documents, workflows hidden and summaries asked for.
    var body: Data {
        var object: [String: Any] = ["start": "0", "limit": String(limit), "hideworkflows": true, "summary": true]
        if let text { object["search"] = text }
        if let owner { object["slugowner"] = owner }
        if let category { object["categories"] = [category] }
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }
}

/// Why the catalogue could not be listed.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in words.
    public var description: String
}

/// Wiro's tool catalogue: `POST <api>/Tool/List`, authenticated by `x-api-key` alone (no
/// signature, so no secret and no HMAC: the CLI stays free of swift-crypto).
public struct ToolCatalog: Sendable {
    /// The API root: `https://api.wiro.ai/v1` unless a test or proxy says otherwise.
    public var apiBase: URL
    /// The project's API key.
    public var apiKey: String
    /// The HTTP client.
    public var client: HTTPClient

    /// A catalogue client.
    public init(apiBase: URL, apiKey: String, client: HTTPClient) {
        self.apiBase = apiBase
        self.apiKey = apiKey
        self.client = client
    }

    /// The tools matching `query`, and how many match in all.
    public func search(_ query: CatalogQuery) async throws -> (tools: [CatalogTool], total: Int) {
        let url = apiBase.appendingPathComponent("Tool/List")
        let reply = try await client.post(url, json: query.body, headers: ["x-api-key": apiKey])
        let object = try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any]
        let errors = object.map(WiroErrorBody.errors) ?? []
        guard (200...299).contains(reply.status), let object, object["result"] as? Bool != false, errors.isEmpty else {
            let reason = errors.isEmpty ? (object == nil ? "a body that is not JSON" : "no result") : errors.joined(separator: "; ")
            let hint = reply.status == 401 || reply.status == 403 ? " (is WIRO_API_KEY right?)" : ""
            throw CatalogError(description: "\(url.absoluteString): HTTP \(reply.status): \(reason)\(hint)")
        }
        let tools = (object["tool"] as? [[String: Any]] ?? []).compactMap(Self.tool)
        return (tools, Self.integer(object["total"]) ?? tools.count)
    }

    private static func tool(_ entry: [String: Any]) -> CatalogTool? {
        guard let owner = entry["cleanslugowner"] as? String ?? entry["slugowner"] as? String,
              let slug = entry["cleanslugproject"] as? String ?? entry["slugproject"] as? String else { return nil }
        return CatalogTool(
            owner: owner, slug: slug, title: entry["title"] as? String ?? slug,
            categories: entry["categories"] as? [String] ?? [])
    }

    /// Wiro sends counts as numbers or as strings.
    private static func integer(_ value: Any?) -> Int? {
        (value as? Int) ?? (value as? String).flatMap { Int($0) }
    }
}
