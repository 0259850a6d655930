import Foundation
import WiroHTTP

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
        let envelope = WiroEnvelope.read(reply.body)
        guard (200...299).contains(reply.status), let envelope, !envelope.isRefusal,
              let object = try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any]
        else {
            let reason = envelope.map { $0.messages.isEmpty ? "no result" : $0.messages.joined(separator: "; ") } ?? "a body that is not JSON"
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
