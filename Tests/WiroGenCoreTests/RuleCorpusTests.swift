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
        /// What WiroGen decides instead, for a sentence left misread on purpose (the corpus's
        /// fourth column, `left: <decision>  # why`): pinned, so a change is seen.
        var left: String?

        /// Whether WiroGen's summary is the hand-written reading. "advice" means no rule: a
        /// sentence with no rule-like word that lint leaves unlisted agrees with it.
        func agrees(with found: String) -> Bool {
            found == expected || expected == "advice" && found == "not listed"
        }
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
            guard columns.count == 3 || columns.count == 4 && columns[3].hasPrefix("left: ") else {
                Issue.record("corpus.txt:\(index + 1): not 'input | sentence | decision' [| left: decision]")
                continue
            }
            let decision = { (column: String) in column.components(separatedBy: "  #")[0].trimmingCharacters(in: .whitespaces) }
            let left = columns.count == 4 ? decision(String(columns[3].dropFirst(6))) : nil
            entries.append(Entry(source: source, input: columns[0], sentence: columns[1], expected: decision(columns[2]), line: index + 1, left: left))
        }
        return entries
    }

    /// The tool a corpus source names, resolved.
    static func tool(_ source: String) throws -> ResolvedTool? {
        if source.hasPrefix("openapi/") {
            return try OpenAPITool.load(Fixtures.corpus.appendingPathComponent(source)).resolved()
        }
        if source.hasPrefix("n8n/") {
            return try N8NTool.load(String(source.dropFirst(4))).resolved()
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
        let (pairs, unlisted) = try decisions()
        return (pairs.map { ($0.0, summary($0.1)) }, unlisted)
    }

    /// Every corpus entry with the decisions WiroGen made on its sentence.
    static func decisions() throws -> (pairs: [(Entry, [RuleDecision])], unlisted: [RuleDecision]) {
        let entries = try entries()
        var pairs: [(Entry, [RuleDecision])] = []
        var unlisted: [RuleDecision] = []
        for (source, group) in Dictionary(grouping: entries, by: \.source).sorted(by: { $0.key < $1.key }) {
            guard let tool = try tool(source) else {
                Issue.record("\(source): cannot be read")
                continue
            }
            for entry in group {
                let decisions = tool.decisions.filter { $0.input == entry.input && $0.sentence == entry.sentence }
                pairs.append((entry, decisions))
            }
            let listed = Set(group.map { "\($0.input)|\($0.sentence)" })
            unlisted += tool.decisions.filter { !listed.contains("\($0.input)|\($0.sentence)") }
        }
        return (pairs, unlisted)
    }

    @Test("Every hand-written reading of the corpus is what WiroGen decides")
    func readings() throws {
        let (pairs, unlisted) = try Self.decisions()
        #expect(pairs.count > 250)
        for (entry, decisions) in pairs where !entry.agrees(with: Self.summary(decisions)) && Self.summary(decisions) != entry.left {
            let found = decisions.isEmpty ? "not listed" : decisions.map(\.outcome.description).joined(separator: "; ")
            Issue.record("corpus.txt:\(entry.line): \(entry.source) '\(entry.input)': \"\(entry.sentence)\"\n  expected: \(entry.expected)\n  found:    \(Self.summary(decisions)) (\(found))")
        }
        for (entry, decisions) in pairs where entry.left != nil && entry.agrees(with: Self.summary(decisions)) {
            Issue.record("corpus.txt:\(entry.line): now read right; drop its 'left:' column")
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
            let right = entry.agrees(with: found) ? "read right" : found == entry.left ? "left as \(found)" : "misread"
            if entry.expected == "advice", found == "not listed" { byKind["advice, unlisted (no rule-like word)", default: 0] += 1 }
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
