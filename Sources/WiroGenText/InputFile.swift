/// One file the generator reads, in memory: a tool document or the configuration. The
/// generator never reads the file system itself; the command line and the plugins load files
/// and hand them over (as swift-openapi-generator's `InMemoryInputFile`).
public struct InputFile: Hashable, Sendable {
    /// The path as given (or a URL for a download): what diagnostics name.
    public var path: String
    /// How a generated file's header names it (`Specs/PixVerse/text-to-video-v4.5.md`), so the
    /// output does not depend on where the command ran.
    public var displayName: String
    /// The bytes.
    public var contents: [UInt8]
    /// Whether it is Wiro's structured definition of a tool (an OpenAPI document) rather than
    /// a markdown document.
    public var isDefinition: Bool
    /// Which tool the file describes, as far as pairing goes: a markdown document and a
    /// definition of one key are one tool. By default the path without `.md` or
    /// ``definitionSuffix``, so `ovi.md` and `ovi.openapi.json` pair.
    public var toolKey: String

    /// How the name of a file of Wiro's structured definition of a tool ends.
    public static let definitionSuffix = ".openapi.json"

    /// A file; `displayName` defaults to `path`, and whether it is a definition to whether its
    /// path ends in ``definitionSuffix``.
    public init(path: String, displayName: String? = nil, contents: [UInt8], isDefinition: Bool? = nil, toolKey: String? = nil) {
        self.path = path
        self.displayName = displayName ?? path
        self.contents = contents
        self.isDefinition = isDefinition ?? path.hasSuffix(Self.definitionSuffix)
        self.toolKey = toolKey ?? Self.stem(of: path)
    }

    /// A path without `.md` or ``definitionSuffix``.
    public static func stem(of path: String) -> String {
        for suffix in [definitionSuffix, ".md"] where path.hasSuffix(suffix) { return String(path.dropLast(suffix.count)) }
        return path
    }
}
