import Foundation

/// How `wiro-gen diff` (and `update`) print changes: as text, one line per change in the form
/// of a compiler diagnostic and a closing count, or as JSON.
public enum DiffReport {
    /// One line per change (``SpecChange/description``), then ``summary(_:)``; each line ends
    /// in a newline. For example:
    ///
    /// ```
    /// old/PixVerse/x.md:41:5: breaking: PixVerse/x: option '8' of input 'duration' removed (now new/PixVerse/x.md:40:5)
    /// new/PixVerse/x.md:52:5: text: PixVerse/x: help of 'prompt' reworded (was old/PixVerse/x.md:53:5)
    /// 2 changes: 1 breaking, 0 additive, 1 text only
    /// ```
    public static func text(_ changes: [SpecChange]) -> String {
        (changes.map(\.description) + [summary(changes)]).map { $0 + "\n" }.joined()
    }

    /// `3 changes: 1 breaking, 1 additive, 1 text only`, or `no changes`.
    public static func summary(_ changes: [SpecChange]) -> String {
        guard !changes.isEmpty else { return "no changes" }
        let counts = counts(changes)
        let total = "\(changes.count) change\(changes.count == 1 ? "" : "s")"
        return "\(total): \(counts[.breaking] ?? 0) breaking, \(counts[.additive] ?? 0) additive, \(counts[.textOnly] ?? 0) text only"
    }

    /// The changes as one JSON object, keys sorted, pretty-printed, ending in a newline:
    ///
    /// ```
    /// {
    ///   "changes" : [
    ///     {
    ///       "impact" : "breaking",            // "breaking", "additive" or "text"
    ///       "new" : { "column" : 5, "file" : "new/PixVerse/x.md", "line" : 40 },   // or null
    ///       "old" : { "column" : 5, "file" : "old/PixVerse/x.md", "line" : 41 },   // or null
    ///       "side" : "old",                   // the place the change points at first
    ///       "summary" : "option '8' of input 'duration' removed",
    ///       "tool" : "PixVerse/x"
    ///     }
    ///   ],
    ///   "counts" : { "additive" : 0, "breaking" : 1, "text" : 0 }
    /// }
    /// ```
    ///
    /// `changes` is in the order of ``SpecDiff/compare(old:new:)``; `counts` always holds all
    /// three impacts.
    public static func json(_ changes: [SpecChange]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let counts = counts(changes)
        let document = Document(changes: changes, counts: Dictionary(uniqueKeysWithValues: SpecChange.Impact.allCases.map { ($0.rawValue, counts[$0] ?? 0) }))
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// The JSON document's shape, for readers that decode it.
    public struct Document: Codable, Sendable, Equatable {
        /// Every change, in order.
        public var changes: [SpecChange]
        /// How many changes of each impact, by raw value (`breaking`, `additive`, `text`).
        public var counts: [String: Int]
    }

    private static func counts(_ changes: [SpecChange]) -> [SpecChange.Impact: Int] {
        Dictionary(grouping: changes, by: \.impact).mapValues(\.count)
    }
}
