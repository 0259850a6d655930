import Foundation
import WiroHTTP

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
