import Foundation
import WiroRuntime

/// One part of a multipart/form-data body, under its field name.
enum FormPart: Equatable {
    /// A text field.
    case text(String, String)
    /// A file on this machine, sent with its file name and MIME type.
    case file(String, URL)
}

/// Lays a request's form values out as parts: each file input as Wiro's "File Upload Patterns"
/// give its document type (see ``WiroUpload``), every other input as one text part.
struct FormLayout {
    /// The file inputs' uploads, by wire name.
    let uploads: [String: WiroUpload]

    /// The parts of `fields` (wire name and value, in request order).
    func parts(_ fields: [(String, FormEncoder.Value)]) -> [FormPart] {
        let urlParts = Set(uploads.compactMap { $0.value.urlPart(of: $0.key) })
        let texts = Dictionary(fields.map { ($0.0, $0.1.text) }, uniquingKeysWith: { first, _ in first })
        return fields.flatMap { name, value -> [FormPart] in
            // A document input named like a file input's `{id}Url` part is merged into that part,
            // so the part is sent once.
            if urlParts.contains(name) { return [] }
            guard let upload = uploads[name] else { return Self.plainParts(name, value) }
            let companion = upload.urlPart(of: name).flatMap { texts[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            return Self.fileParts(name, value.files, upload, companion: companion)
        }
    }

    /// A file input's parts; `companion` is the non-empty value of the document's own input
    /// named like its `{id}Url` part, which wins over the URLs the files give.
    private static func fileParts(_ name: String, _ files: [WiroFile], _ upload: WiroUpload, companion: String?) -> [FormPart] {
        switch upload {
        case .combined:
            return entries(name, files)
        case .single(nil) where !files.isEmpty && !files.contains(where: \.isLocal):
            // The document has no `{id}Url` input, so a URL goes in `{id}` itself.
            return entries(name, files) + (companion.map { [.text(name + "Url", $0)] } ?? [])
        case .single(let urlField):
            return split(name, files, urlPart: urlField ?? name + "Url", companion: companion)
        case .multiple:
            return split(name, files, urlPart: name + "Url", companion: companion)
        }
    }

    /// Local files as `{id}` file parts (one empty `{id}` without any), then the remote ones
    /// comma-separated in `urlPart` (empty without any).
    private static func split(_ name: String, _ files: [WiroFile], urlPart: String, companion: String?) -> [FormPart] {
        let locals = files.compactMap { file -> URL? in if case .local(let url) = file { url } else { nil } }
        let remotes = files.filter { !$0.isLocal }.map(\.wireText)
        let fileParts: [FormPart] = locals.isEmpty ? [.text(name, "")] : locals.map { .file(name, $0) }
        return fileParts + [.text(urlPart, companion ?? remotes.joined(separator: ","))]
    }

    /// One `{id}` part per file: a file part for a local one, its text for a remote one; one
    /// empty `{id}` without any.
    private static func entries(_ name: String, _ files: [WiroFile]) -> [FormPart] {
        guard !files.isEmpty else { return [.text(name, "")] }
        return files.map { file in
            switch file {
            case .local(let url): .file(name, url)
            case .remote(let text): .text(name, text)
            }
        }
    }

    /// An input that is not a file input: its text, or, for a file value whose type marks no
    /// upload, one part per file.
    private static func plainParts(_ name: String, _ value: FormEncoder.Value) -> [FormPart] {
        switch value {
        case .text(let text): [.text(name, text)]
        case .files(let files): entries(name, files)
        }
    }
}

extension FormEncoder.Value {
    /// The value as one text: a file's wire text, files' joined by commas.
    var text: String {
        switch self {
        case .text(let text): text
        case .files(let files): files.map(\.wireText).joined(separator: ",")
        }
    }

    /// The files the value holds; an empty name is no file, and a text (a file input held in a
    /// `String`, or a `nil` sent as `""`) names a remote one.
    var files: [WiroFile] {
        switch self {
        case .text(let text): text.isEmpty ? [] : [.remote(text)]
        case .files(let files): files.filter { $0 != .remote("") }
        }
    }
}
