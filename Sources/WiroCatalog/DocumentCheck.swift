import Foundation
import WiroGenCore

/// Decides whether a downloaded body is a Wiro tool document WiroGen can use. Only such a
/// body is ever written to Specs/: a site's HTML page, an API error, a cut-off or garbled
/// download is refused with the reason, so a bad download never replaces a good document.
public enum DocumentCheck {
    /// Why a body is not a usable tool document.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        /// Where the body came from.
        public var url: URL
        /// What is wrong with it, in words; for a document that reads with errors, the first
        /// error at its line and column.
        public var reason: String
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
        let refuse = { (reason: String) in Result<Accepted, Refusal>.failure(Refusal(url: url, reason: reason)) }
        let text = Array(body.prefix(4096))
        if body.allSatisfy({ $0.isASCIIWhitespace }) { return refuse("the body is empty") }
        if looksLikeHTML(text) { return refuse("an HTML page, not a tool document") }
        if let message = apiError(in: body) { return refuse("an error from Wiro, not a tool document: \(message)") }
        let (spec, diagnostics) = Pipeline.readDocument(Array(body), path: url.absoluteString)
        if let error = diagnostics.first(where: { $0.severity == .error }) {
            return refuse("does not read as a Wiro tool document: \(error.description)")
        }
        guard let spec else { return refuse("does not read as a Wiro tool document") }
        return .success(Accepted(spec: spec, bytes: body, diagnostics: diagnostics))
    }

    /// Markdown never opens with a tag; a page does (`<!DOCTYPE html>`, `<html>`, `<head>`).
    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        let start = String(decoding: head.drop(while: { $0.isASCIIWhitespace || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }).prefix(64), as: UTF8.self).lowercased()
        return start.hasPrefix("<!doctype") || start.hasPrefix("<html") || start.hasPrefix("<head") || start.hasPrefix("<body")
            || start.hasPrefix("<?xml")
    }

    /// The message of a JSON error body such as `{"result": false, "errors": [{"message": …}]}`.
    static func apiError(in body: Data) -> String? {
        guard body.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"),
              let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return nil }
        let messages = (object["errors"] as? [Any] ?? []).compactMap { error -> String? in
            (error as? [String: Any])?["message"] as? String ?? error as? String
        }
        if !messages.isEmpty { return messages.joined(separator: "; ") }
        return (object["message"] as? String) ?? "a JSON body"
    }
}

extension UInt8 {
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
