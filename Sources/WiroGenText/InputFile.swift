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

    /// A file; `displayName` defaults to `path`.
    public init(path: String, displayName: String? = nil, contents: [UInt8]) {
        self.path = path
        self.displayName = displayName ?? path
        self.contents = contents
    }
}
