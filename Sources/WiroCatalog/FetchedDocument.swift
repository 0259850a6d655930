import Foundation
import WiroGenCore

/// A tool document downloaded and read.
public struct FetchedDocument: Sendable {
    /// The tool as the user named it.
    public var reference: ToolReference
    /// The URL that served the document.
    public var url: URL
    /// The document, read.
    public var document: DocumentCheck.Accepted
}

/// Why no document could be fetched for a tool: what each place tried said.
public struct FetchFailure: Error, Sendable, CustomStringConvertible {
    /// The tool as the user named it.
    public var reference: ToolReference
    /// One line per place tried, in order.
    public var attempts: [String]

    /// `<tool>: no tool document could be fetched`, then each place tried, indented.
    public var description: String {
        (["\(reference): error: no tool document could be fetched:"] + attempts.map { "  " + $0 }).joined(separator: "\n")
    }
}
