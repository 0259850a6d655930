import Foundation

/// Decides whether a downloaded body is a Wiro tool document WiroGen can use. Only such a
/// body is ever written to Specs/: a site's HTML page, an API error, a cut-off or garbled
/// download is refused with the reason, so a bad download never replaces a good document.
/// It sits beside the reader because the reader decides the rest (empty, not UTF-8, no tool).
public enum DocumentCheck {
    /// Why a body is not a usable tool document.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        /// Where the body came from.
        public var url: URL
        /// What is wrong with it, in words; for a document that reads with errors, the first
        /// error at its line and column.
        public var reason: String
        /// True when the body is a web page: what a site serves for a path it does not know.
        public var isPage = false
        /// `<url>: <reason>`.
        public var description: String { "\(url.absoluteString): \(reason)" }
    }

    /// A body that reads as a tool document: its spec and the reader's warnings.
    public struct Accepted: Sendable {
        /// The tool the body describes.
        public var spec: ToolSpec
        /// The body's bytes, as they will be written.
        public var bytes: Data
        /// Warnings and notes the reader had (errors refuse the body).
        public var diagnostics: [Diagnostic]
    }

    /// Reads `body`, downloaded from `url`, as a tool document.
    public static func read(_ body: Data, from url: URL) -> Result<Accepted, Refusal> {
        let bytes = [UInt8](body)
        if looksLikeHTML(bytes) {
            return .failure(Refusal(url: url, reason: "an HTML page, not a tool document", isPage: true))
        }
        if bytes.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"), let error = WiroErrorBody.read(body) {
            let said = error.errors.isEmpty ? error.message ?? "a JSON body" : error.errors.joined(separator: "; ")
            return .failure(Refusal(url: url, reason: "an error from Wiro, not a tool document: \(said)"))
        }
        let (spec, diagnostics) = Pipeline.readDocument(bytes, path: url.absoluteString)
        if let error = diagnostics.first(where: { $0.severity == .error }) {
            return .failure(Refusal(url: url, reason: "does not read as a Wiro tool document: \(error.description)"))
        }
        guard let spec else { return .failure(Refusal(url: url, reason: "does not read as a Wiro tool document")) }
        return .success(Accepted(spec: spec, bytes: body, diagnostics: diagnostics))
    }

    /// Markdown never opens with a tag; a page does (`<!DOCTYPE html>`, `<html>`, `<head>`).
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = String(decoding: bytes.prefix(4096).drop { $0.isASCIIWhitespace || byteOrderMark.contains($0) }.prefix(64), as: UTF8.self)
            .lowercased()
        return ["<!doctype", "<html", "<head", "<body", "<?xml"].contains { start.hasPrefix($0) }
    }
}

/// Wiro's error answers, `{"result": false, "errors": [{"code": …, "message": …}]}`: the
/// API's and the site's alike.
public enum WiroErrorBody {
    /// The messages of `body`'s `errors` (strings are taken as they are) and its top-level
    /// `message`; nil when the body is not a JSON object.
    public static func read(_ body: Data) -> (errors: [String], message: String?)? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return nil }
        return (errors(in: object), object["message"] as? String)
    }

    /// The messages of a decoded body's `errors`.
    public static func errors(in object: [String: Any]) -> [String] {
        (object["errors"] as? [Any] ?? []).compactMap { error in
            (error as? [String: Any])?["message"] as? String ?? error as? String
        }
    }
}
