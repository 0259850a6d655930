import Foundation
import WiroGenCore

/// Downloads tool documents from Wiro's site, trying each tool's places in a fixed order
/// (``ToolReference/documentURLs(docsBase:)``) and a few tools at once.
public struct DocumentFetcher: Sendable {
    /// Where the site is: `https://wiro.ai` unless a test or proxy says otherwise.
    public var docsBase: URL
    /// The HTTP client, with its retry and concurrency policy.
    public var client: HTTPClient

    /// A fetcher of documents under `docsBase`.
    public init(docsBase: URL, client: HTTPClient) {
        self.docsBase = docsBase
        self.client = client
    }

    /// Every reference's document, in the order given, at most `policy.concurrency` at once.
    public func fetch(_ references: [ToolReference]) async -> [Result<FetchedDocument, FetchFailure>] {
        await Concurrently.map(references, limit: client.policy.concurrency) { await fetch($0) }
    }

    /// One tool's document: the first place that serves one. A missing page (404, or the
    /// site's HTML page for an unknown path) moves on to the next place; any other failure
    /// stops, since the next place would only hide it.
    public func fetch(_ reference: ToolReference) async -> Result<FetchedDocument, FetchFailure> {
        var attempts: [String] = []
        for url in reference.documentURLs(docsBase: docsBase) {
            let reply: HTTPReply
            do {
                reply = try await client.get(url)
            } catch {
                attempts.append("\(error)")
                return .failure(FetchFailure(reference: reference, attempts: attempts))
            }
            guard (200...299).contains(reply.status) else {
                attempts.append("\(url.absoluteString): HTTP \(reply.status)")
                if reply.status == 404 || reply.status == 410 { continue }
                return .failure(FetchFailure(reference: reference, attempts: attempts))
            }
            switch DocumentCheck.read(reply.body, from: url) {
            case .success(let document):
                return .success(FetchedDocument(reference: reference, url: url, document: document))
            case .failure(let refusal):
                attempts.append(refusal.description)
                if !refusal.isPage { return .failure(FetchFailure(reference: reference, attempts: attempts)) }
            }
        }
        return .failure(FetchFailure(reference: reference, attempts: attempts))
    }
}
