import Foundation

/// Makes N distinct tool documents from a few real ones: each copy gets its own tool id and
/// endpoint, its own help sentences and one more option in every option list, in the same
/// form (line-broken or flattened) as the document it comes from.
struct Synthesizer {
    let bases: [(name: String, text: String)]

    /// The documents of `Specs/`, and of `corpus` when it exists.
    init(specs: URL, corpus: URL?) throws {
        var found: [(String, String)] = []
        for folder in [specs, corpus].compactMap({ $0 }) {
            guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let relative as String in enumerator where relative.hasSuffix(".md") {
                let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
                found.append((relative, text))
            }
        }
        bases = found.sorted { $0.0 < $1.0 }
        guard !bases.isEmpty else {
            throw Measure.Failure(description: "no documents under \(specs.path): run the benchmark from the package root")
        }
    }

    /// Writes `count` documents into `folder` (as `Bench<k>/tool-<i>.md`); returns their paths.
    func write(count: Int, into folder: URL) throws -> [URL] {
        try (0..<count).map { index in
            let base = bases[index % bases.count].text
            let owner = "Bench\(index % 37)"
            let tool = "tool-\(index)"
            let url = folder.appendingPathComponent(owner).appendingPathComponent("\(tool).md")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(variant(of: base, id: "\(owner)/\(tool)", index: index).utf8).write(to: url)
            return url
        }
    }

    private func variant(of text: String, id: String, index: Int) -> String {
        var text = text
        for key in ["Tool name: ", "Model name: ", "API Sample: "] {
            guard let range = text.range(of: key) else { continue }
            let end = text[range.upperBound...].firstIndex { $0 == " " || $0 == "\n" } ?? text.endIndex
            let old = String(text[range.upperBound..<end])
            text.replaceSubrange(range.upperBound..<end, with: id)
            text = text.replacingOccurrences(of: "/Run/\(old)", with: "/Run/\(id)")
            text = text.replacingOccurrences(of: "/Run/\(old.lowercased())", with: "/Run/\(id)")
        }
        text = text.replacingOccurrences(of: "help: ", with: "help: Variant \(index) of this input. ")
        let flattened = !text.contains("\n")
        if flattened {
            text = text.replacingOccurrences(of: "options: - value:", with: "options: - value: \"extra\(index)\" label: Extra \(index) - value:")
        } else {
            text = text.replacingOccurrences(
                of: #"options:\n(\s*)- value:"#, with: "options:\n$1- value: \"extra\(index)\"\n$1  label: Extra \(index)\n$1- value:",
                options: .regularExpression)
        }
        return text
    }
}
