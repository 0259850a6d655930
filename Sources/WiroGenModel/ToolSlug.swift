import Foundation
import WiroGenText

extension ToolSpec {
    /// The tool's path under Wiro's Run endpoint (`wiro/virtual-try-on` of
    /// `…/v1/Run/wiro/virtual-try-on`): the slug its URLs use, where the id is often its display
    /// name (`wiro/Virtual Try-On`). `nil` when the endpoint has no `/Run/` path.
    public var slug: String? {
        guard let run = endpoint.range(of: "/Run/") else { return nil }
        let path = endpoint[run.upperBound...].prefix { $0 != "?" && $0 != "#" }
        let slug = path.split(separator: "/").prefix(2).joined(separator: "/")
        return slug.isEmpty ? nil : slug
    }

    /// Whether `reference` names this tool: its id or its slug, in any case.
    public func answers(to reference: String) -> Bool {
        let wanted = reference.lowercased()
        return id.lowercased() == wanted || slug?.lowercased() == wanted
    }

    /// The keys a reference to this tool may be: its id and its slug, lowercased.
    public var referenceKeys: [String] {
        [id.lowercased()] + (slug.map { [$0.lowercased()] } ?? []).filter { $0 != id.lowercased() }
    }
}
