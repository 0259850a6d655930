import WiroGenText

/// One input of a tool, as its document declares it.
public struct InputSpec: Hashable, Codable, Sendable {
    /// The wire name, verbatim (`Watermark` stays `Watermark`).
    public var name: String
    /// The human label.
    public var label: String
    /// The help sentence(s); rules are read from here.
    public var help: String
    /// The `type:` string exactly as the document writes it.
    public var type: String
    /// The kind decided from ``type``.
    public var kind: InputKind
    /// The default as written, or `nil` when the document's default is empty.
    public var `default`: String?
    /// The options of a select, in document order (empty for other kinds).
    public var options: [OptionSpec]
    /// True when the input was inferred from a Run example rather than declared.
    public var inferred: Bool
    /// Where the input's `name:` stands in the source document.
    public var location: SourceLocation

    /// Creates an input.
    public init(
        name: String, label: String, help: String, type: String, kind: InputKind,
        default: String?, options: [OptionSpec], inferred: Bool = false, location: SourceLocation
    ) {
        self.name = name
        self.label = label
        self.help = help
        self.type = type
        self.kind = kind
        self.default = `default`
        self.options = options
        self.inferred = inferred
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case name, label, help, type, kind, `default`, options, inferred, location
    }

    /// Encodes every key, `default` as `null` when absent (dump readers rely on the key).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(label, forKey: .label)
        try container.encode(help, forKey: .help)
        try container.encode(type, forKey: .type)
        try container.encode(kind, forKey: .kind)
        try container.encode(`default`, forKey: .default)
        try container.encode(options, forKey: .options)
        try container.encode(inferred, forKey: .inferred)
        if encoder.includesLocations { try container.encode(location, forKey: .location) }
    }
}
