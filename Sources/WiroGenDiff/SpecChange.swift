import WiroGenText

/// One change between two versions of a tool's document, at the level of the spec: what
/// `wiro-gen diff` prints one line for.
public struct SpecChange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What a change means for code written against the bindings of the old version.
    public enum Impact: String, Hashable, Sendable, Codable, CaseIterable {
        /// Code or requests written against the old bindings may stop compiling, fail
        /// validation, or silently send something else (a removed input or option, a changed
        /// type, default or endpoint, a new enforced rule, an input becoming required).
        case breaking
        /// What worked still works, and the bindings gain something or lose a restriction (a
        /// new optional input or option, a rule no longer enforced, a new tool).
        case additive
        /// Only words change: help, labels, descriptions, samples, categories. Regenerating
        /// changes doc comments and samples at most.
        case textOnly = "text"
    }

    /// The version of the document a change is mainly about.
    public enum Side: String, Hashable, Sendable, Codable {
        /// The old version: the change removes something that was there.
        case old
        /// The new version: the change adds or alters something.
        case new
    }

    /// The tool's id (the new spelling when both versions have the tool).
    public var tool: String
    /// What the change means for code written against the old bindings.
    public var impact: Impact
    /// The change in one line of plain words: `option '8' of input 'duration' removed`.
    public var summary: String
    /// Where the change is about in the old document, when it is about something there.
    public var old: FileLocation?
    /// Where the change is about in the new document, when it is about something there.
    public var new: FileLocation?
    /// Which version the change points at first: the old one for removals, else the new one.
    public var side: Side

    /// Creates a change.
    public init(tool: String, impact: Impact, summary: String, old: FileLocation?, new: FileLocation?, side: Side) {
        self.tool = tool
        self.impact = impact
        self.summary = summary
        self.old = old
        self.new = new
        self.side = side
    }

    /// The place the change points at first (see ``side``), or the other when it has none.
    public var primaryPlace: FileLocation? { side == .old ? old ?? new : new ?? old }

    /// The other place, when the change has both.
    public var secondaryPlace: FileLocation? {
        guard old != nil, new != nil else { return nil }
        return side == .old ? new : old
    }

    /// One line in the form of a compiler diagnostic, pointing at the removed thing in the
    /// old document or at the new thing, with the other version's place after it:
    /// `old/x.md:41:5: breaking: PixVerse/x: option '8' of input 'duration' removed (now new/x.md:40:5)`.
    public var description: String {
        let place = primaryPlace.map { "\($0): " } ?? ""
        let other = secondaryPlace.map { " (\(side == .old ? "now" : "was") \($0))" } ?? ""
        return "\(place)\(impact.rawValue): \(tool): \(summary)\(other)"
    }

    private enum CodingKeys: String, CodingKey { case tool, impact, summary, old, new, side }

    /// Encodes every key, an absent place as `null`, so the JSON has one shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tool, forKey: .tool)
        try container.encode(impact, forKey: .impact)
        try container.encode(summary, forKey: .summary)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(side, forKey: .side)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tool = try container.decode(String.self, forKey: .tool)
        impact = try container.decode(Impact.self, forKey: .impact)
        summary = try container.decode(String.self, forKey: .summary)
        old = try container.decodeIfPresent(FileLocation.self, forKey: .old)
        new = try container.decodeIfPresent(FileLocation.self, forKey: .new)
        side = try container.decode(Side.self, forKey: .side)
    }
}
