import Foundation
import WiroHTTP

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
