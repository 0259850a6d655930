/// What the "Basic tool info" section says.
struct BasicInfo {
    var id: String?
    var idOffset: Int?
    var description: String?
    var cover: String?
    var categories: [String] = []
    var tags: [String] = []
    var endpoint: String?
}

/// Reads `Tool name:` / `Model name:` and the other keys of the "Basic tool info" section.
enum BasicInfoReader {
    private enum Field { case id, description, cover, categories, tags, endpoint, taskDetail }

    private static let keys: [(key: String, field: Field)] = [
        ("Tool name:", .id), ("Model name:", .id),
        ("Tool description:", .description), ("Model description:", .description),
        ("Tool cover:", .cover), ("Model cover:", .cover),
        ("Tool categories:", .categories), ("Model categories:", .categories),
        ("Tool tags:", .tags), ("Model tags:", .tags),
        ("Run Task Endpoint (POST):", .endpoint),
        ("Get Task Detail Endpoint (POST):", .taskDetail),
    ]

    static func read(_ range: Range<Int>, context: inout ExtractionContext) -> BasicInfo {
        let scanner = context.scanner
        var hits: [(field: Field, start: Int, end: Int)] = []
        var remaining = range
        while let hit = scanner.first(of: keys.map(\.key), in: remaining) {
            let field = keys.first { $0.key == hit.key }!.field
            hits.append((field, hit.start, hit.end))
            remaining = hit.end..<range.upperBound
        }
        var info = BasicInfo()
        for (index, hit) in hits.enumerated() {
            let value = hit.end..<(index + 1 < hits.count ? hits[index + 1].start : range.upperBound)
            switch hit.field {
            case .id:
                let id = context.text.value(value)
                info.id = id.isEmpty ? nil : id
                info.idOffset = scanner.skipWhitespace(from: value.lowerBound, in: value)
            case .description: info.description = context.prose(value)
            case .cover: info.cover = firstWord(value, context: context)
            case .categories: info.categories = listItems(value, context: &context)
            case .tags: info.tags = listItems(value, context: &context)
            case .endpoint: info.endpoint = firstWord(value, context: context)
            case .taskDetail: break
            }
        }
        return info
    }

    private static func firstWord(_ range: Range<Int>, context: ExtractionContext) -> String? {
        let start = context.scanner.skipWhitespace(from: range.lowerBound, in: range)
        let end = context.scanner.wordEnd(from: start, in: range)
        return end > start ? context.text.string(start..<end) : nil
    }

    private static func listItems(_ range: Range<Int>, context: inout ExtractionContext) -> [String] {
        let markers = context.scanner.all("- ", in: range)
        return markers.indices.compactMap { index in
            let end = index + 1 < markers.count ? markers[index + 1].start : range.upperBound
            let item = context.prose(markers[index].end..<end)
            return item.isEmpty ? nil : item
        }
    }
}
