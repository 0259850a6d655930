import Foundation

/// What identifies a Wiro tool and where it runs.
public struct WiroTool: Hashable, Sendable, CustomStringConvertible {
    /// `Owner/tool`, as the tool's document writes it.
    public let id: String
    /// The Run endpoint.
    public let endpoint: URL
    /// The tool's short name.
    public let title: String
    /// The document's one-paragraph description.
    public let summary: String
    /// The categories Wiro files the tool under.
    public let categories: [String]

    /// Creates a tool description; `endpoint` must be an absolute URL (the generator checks
    /// it), else Wiro's Run base URL stands in.
    public init(id: String, endpoint: String, title: String, summary: String = "", categories: [String] = []) {
        self.id = id
        self.endpoint = URL(string: endpoint) ?? WiroTool.runBase
        self.title = title
        self.summary = summary
        self.categories = categories
    }

    /// The tool's path under Wiro's Run endpoint (`wiro/virtual-try-on`): the slug its URLs
    /// use, where ``id`` is often its display name (`wiro/Virtual Try-On`).
    public var slug: String {
        let path = endpoint.path
        guard let run = path.range(of: "/Run/") else { return id }
        return path[run.upperBound...].split(separator: "/").prefix(2).joined(separator: "/")
    }

    /// Whether `name` names this tool: its ``id`` or its ``slug``, in any case.
    public func answers(to name: String) -> Bool {
        let wanted = name.lowercased()
        return id.lowercased() == wanted || slug.lowercased() == wanted
    }

    /// The tool id.
    public var description: String { id }

    /// Wiro's documented Run base URL.
    public static let runBase = URL(string: "https://api.wiro.ai/v1/Run/")!
}
