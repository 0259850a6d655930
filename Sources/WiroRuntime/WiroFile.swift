import Foundation

/// A file input: one Wiro fetches itself, or one on this machine that is uploaded.
public enum WiroFile: Hashable, Sendable {
    /// An `http(s)` URL, or the name of a file Wiro already holds (such as a sample input);
    /// sent as the string itself.
    case remote(String)
    /// A file on this machine; sent as a file part of a multipart/form-data request.
    case local(URL)

    /// A remote file at `url`.
    public static func url(_ url: URL) -> WiroFile { .remote(url.absoluteString) }

    /// A local file at `path`.
    public static func file(_ path: String) -> WiroFile { .local(URL(fileURLWithPath: path)) }

    /// True for files on this machine.
    public var isLocal: Bool {
        if case .local = self { return true }
        return false
    }
}

extension WiroFile: ExpressibleByStringLiteral {
    /// The file a string names: a path on this machine (`/…`, `~/…`, `./…`, `../…`) or a
    /// `file://` URL is a local file, uploaded; anything else (an `http(s)` URL, the name of a
    /// file Wiro holds) is remote, sent as written.
    ///
    /// ```swift
    /// let photo: WiroFile = "/Users/me/cat.png"          // .local, uploaded
    /// let sample: WiroFile = "https://cdn.wiro.ai/a.png" // .remote
    /// ```
    public init(_ string: String) {
        if string.hasPrefix("file://"), let url = URL(string: string), url.isFileURL {
            self = .local(url)
        } else if string.hasPrefix("~/") {
            self = .local(URL(fileURLWithPath: NSString(string: string).expandingTildeInPath))
        } else if string.hasPrefix("/") || string.hasPrefix("./") || string.hasPrefix("../") {
            self = .local(URL(fileURLWithPath: string))
        } else {
            self = .remote(string)
        }
    }

    /// The file a string literal names, as ``init(_:)`` reads it.
    public init(stringLiteral value: String) { self.init(value) }
}

extension WiroFile: WiroWireValue {
    /// The remote string, or the local file's path.
    public var wireText: String {
        switch self {
        case .remote(let string): string
        case .local(let url): url.path
        }
    }

    /// A remote file: a wire string names what Wiro fetches. Only a `file://` URL, which can
    /// name nothing Wiro fetches, is a local file (a test's fake Wiro decodes uploads so).
    public init?(wireText: String) {
        if wireText.hasPrefix("file://"), let url = URL(string: wireText), url.isFileURL {
            self = .local(url)
        } else {
            self = .remote(wireText)
        }
    }
}

extension WiroFile: Encodable {
    /// Encodes as its wire text; encoders that send files (the client's multipart form) see
    /// the ``WiroFile`` itself and send a local file's bytes instead.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wireText)
    }
}
