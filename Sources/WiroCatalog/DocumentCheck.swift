import Foundation
import WiroHTTP
import WiroGenText
import WiroGenModel
import WiroGenCore

/// Decides whether a downloaded body is a Wiro tool document WiroGen can use. Only such a
/// body is ever written to Specs/: a site's HTML page, an API error, a cut-off or garbled
/// download is refused with the reason, so a bad download never replaces a good document.
/// What the generator's reading stage reports decides the rest (empty, not UTF-8, no tool).
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
        if bytes.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"), let envelope = WiroEnvelope.read(body) {
            let said = envelope.errors.isEmpty ? envelope.message ?? "a JSON body" : envelope.messages.joined(separator: "; ")
            return .failure(Refusal(url: url, reason: "an error from Wiro, not a tool document: \(said)"))
        }
        let read = Generator.run(GeneratorInput(documents: [InputFile(path: url.absoluteString, contents: bytes)]), for: .specs)
        if let error = read.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(Refusal(url: url, reason: "does not read as a Wiro tool document: \(error.description)"))
        }
        guard let spec = read.specs.first else { return .failure(Refusal(url: url, reason: "does not read as a Wiro tool document")) }
        return .success(Accepted(spec: spec, bytes: body, diagnostics: read.diagnostics))
    }

    /// Markdown never opens with a tag; a page does (`<!DOCTYPE html>`, `<html>`, `<head>`).
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = String(decoding: bytes.prefix(4096).drop { $0.isASCIIWhitespace || byteOrderMark.contains($0) }.prefix(64), as: UTF8.self)
            .lowercased()
        return ["<!doctype", "<html", "<head", "<body", "<?xml"].contains { start.hasPrefix($0) }
    }
}
