/// A place in a file: the file as it was given, and a line and column in it.
public struct FileLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's path (or its display name, such as a URL), as it was given.
    public var file: String
    /// Where in the file.
    public var location: SourceLocation

    /// Creates a place.
    public init(file: String, location: SourceLocation) {
        self.file = file
        self.location = location
    }

    /// `path:line:column`, the form editors and terminals make clickable.
    public var description: String { "\(file):\(location.line):\(location.column)" }

    private enum CodingKeys: String, CodingKey { case file, line, column }

    /// Encoded flat, `{"file", "line", "column"}`, so JSON readers need not know
    /// ``SourceLocation``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
    }

    /// Decodes the flat form ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        location = SourceLocation(line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column))
    }
}
