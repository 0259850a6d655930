import Foundation
import Testing
@testable import WiroGenResolve
@testable import WiroGenText

/// The rule corpus (Tests/Fixtures/Rules/corpus.txt): every distinct rule-like help sentence of
/// the OpenAPI specs Wiro serves, the llms.txt documents and the seeds, each with the reading
/// written by hand. The reader runs against each tool's own inputs, through Resolve, and
/// every reading is asserted.
@Suite("Rule corpus", .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
struct RuleCorpusTests {
    /// One hand-written reading.
    struct Entry {
        var source: String
        var input: String
        var sentence: String
        var expected: String
        var line: Int
    }

    static func entries() throws -> [Entry] {
        let text = try String(contentsOf: Fixtures.fixtures("Rules/corpus.txt"), encoding: .utf8)
        var source = ""
        var entries: [Entry] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("@ ") {
                source = String(line.dropFirst(2))
                continue
            }
            let columns = line.components(separatedBy: " | ")
            guard columns.count == 3 else {
                Issue.record("corpus.txt:\(index + 1): not 'input | sentence | decision'")
                continue
            }
            let decision = columns[2].components(separatedBy: "  #")[0].trimmingCharacters(in: .whitespaces)
            entries.append(Entry(source: source, input: columns[0], sentence: columns[1], expected: decision, line: index + 1))
        }
        return entries
    }

    /// The tool a corpus source names, resolved.
    static func tool(_ source: String) throws -> ResolvedTool? {
        if source.hasPrefix("openapi/") {
            return try OpenAPITool.load(Fixtures.corpus.appendingPathComponent(source)).resolved()
        }
        let url = source.hasPrefix("seeds/") ? Fixtures.seed(String(source.dropFirst(6))) : Fixtures.corpus.appendingPathComponent(source)
        return Fixtures.extract(url).spec.map { Fixtures.resolve($0).tool }
    }

    /// A sentence's decisions summed up as the corpus writes them: `enforced: a; b`, or the
    /// kind of the first decision (`optional`, `advice`, `not checked`).
    static func summary(_ decisions: [RuleDecision]) -> String {
        let enforced = decisions.compactMap { decision -> String? in
            if case .enforced(let rule) = decision.outcome { return rule }
            return nil
        }
        if !enforced.isEmpty { return "enforced: " + enforced.joined(separator: "; ") }
        switch decisions.first?.outcome {
        case .optional?: return "optional"
        case .advice?: return "advice"
        case .notChecked?: return "not checked"
        case .ignored?: return "ignored"
        case .enforced?, nil: return "not listed"
        }
    }

    /// Every reading against the corpus: (entry, what WiroGen decided).
    static func comparison() throws -> (pairs: [(Entry, String)], unlisted: [RuleDecision]) {
        let entries = try entries()
        var pairs: [(Entry, String)] = []
        var unlisted: [RuleDecision] = []
        for (source, group) in Dictionary(grouping: entries, by: \.source).sorted(by: { $0.key < $1.key }) {
            guard let tool = try tool(source) else {
                Issue.record("\(source): cannot be read")
                continue
            }
            for entry in group {
                let decisions = tool.decisions.filter { $0.input == entry.input && $0.sentence == entry.sentence }
                pairs.append((entry, summary(decisions)))
            }
            let listed = Set(group.map { "\($0.input)|\($0.sentence)" })
            unlisted += tool.decisions.filter { !listed.contains("\($0.input)|\($0.sentence)") }
        }
        return (pairs, unlisted)
    }

    @Test("Every hand-written reading of the corpus is what WiroGen decides")
    func readings() throws {
        let (pairs, unlisted) = try Self.comparison()
        #expect(pairs.count > 250)
        for (entry, found) in pairs where found != entry.expected {
            Issue.record("corpus.txt:\(entry.line): \(entry.source) '\(entry.input)': \"\(entry.sentence)\"\n  expected: \(entry.expected)\n  found:    \(found)")
        }
        for decision in unlisted {
            if case .enforced = decision.outcome {
                Issue.record("a rule enforced from a sentence the corpus does not list: \(decision)")
            }
        }
    }

    @Test("Figures: the corpus's readings by decision and rule kind (printed for the record)")
    func figures() throws {
        let (pairs, _) = try Self.comparison()
        var byKind: [String: Int] = [:]
        for (entry, found) in pairs {
            let right = found == entry.expected ? "read right" : "misread"
            guard entry.expected.hasPrefix("enforced: ") else {
                byKind["\(entry.expected) (\(right))", default: 0] += 1
                continue
            }
            for rule in entry.expected.dropFirst(10).components(separatedBy: "; ") {
                let kind = rule.contains(" forbids ") ? "forbids" : rule.hasPrefix("when ") ? "requires"
                    : rule.contains(" is required when ") ? "required when" : rule.hasSuffix(" is required") ? "required"
                    : rule.contains(" holds ") ? "count" : rule.contains("multiple of") || rule.contains("n+") ? "arithmetic" : "range"
                byKind["enforced \(kind) (\(right))", default: 0] += 1
            }
        }
        for (kind, count) in byKind.sorted(by: { $0.key < $1.key }) { print("rule corpus: \(kind): \(count)") }
        #expect(byKind.keys.allSatisfy { !$0.contains("misread") })
    }
}
