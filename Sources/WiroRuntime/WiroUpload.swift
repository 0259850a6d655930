/// How a file input travels in a multipart/form-data Run body: the layout Wiro's "File Upload
/// Patterns" give its document type. `{id}` is the input's wire name.
public enum WiroUpload: Sendable, Hashable {
    /// A `fileinput`: one file or one URL. A local file goes in `{id}`, with an empty `{id}Url`.
    /// A URL goes in `urlField`, with an empty `{id}`, when the document lists that input
    /// (always `{id}Url`); without one (`nil`), as the text of `{id}`. No file: both empty.
    case single(urlField: String?)
    /// A `multifileinput`: each local file as a repeated `{id}` part (one empty `{id}` when
    /// there is none), and the URLs comma-separated in `{id}Url` (empty when there is none).
    case multiple
    /// A `combinefileinput`: one `{id}` entry per file or URL, no `{id}Url`; one empty `{id}`
    /// when there is none.
    case combined

    /// The part that carries the URLs of the file input `name`: `{id}Url` (or the document's
    /// own `urlField`) for a `fileinput` and a `multifileinput`, none for a `combinefileinput`.
    public func urlPart(of name: String) -> String? {
        switch self {
        case .single(let urlField): urlField ?? name + "Url"
        case .multiple: name + "Url"
        case .combined: nil
        }
    }
}

/// A list of files that encodes as its comma-separated wire text, as a list input whose
/// document sends a string does; encoders that send files (the client's multipart form) see
/// the ``files`` themselves instead.
@_spi(WiroGen) public struct WiroFileList: Encodable, Hashable, Sendable {
    /// The files, in order.
    public let files: [WiroFile]

    /// A list of `files`.
    public init(_ files: [WiroFile]) { self.files = files }

    /// Encodes the files' wire texts joined by commas.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(files.map(\.wireText).joined(separator: ","))
    }
}
