import Foundation
import WiroGenCore
import WiroGenModel
import WiroGenText
import WiroHTTP

/// A tool's structured definition downloaded and read.
public struct FetchedDefinition: Sendable {
    /// The tool as the user named it.
    public var reference: ToolReference
    /// The URL that answered.
    public var url: URL
    /// The definition's own JSON, as Wiro sent it: what `<tool>.openapi.json` holds.
    public var bytes: Data
}

/// Downloads each tool's structured definition: `POST <api>/Tool/DetailOpenAPI` with
/// `{"slugowner", "slugproject"}` (the slugs of the tool's pages) and the project's
/// `x-api-key`, as Wiro's catalogue calls are. Wiro answers with the definition once per way
/// of signing requests (`[{"type": "signature", "spec": {…}}, {"type": "apikey", …}]`), which
/// differ only in their words on authentication; the signature one is kept, byte for byte.
public struct DefinitionFetcher: Sendable {
    /// The API root: `https://api.wiro.ai/v1` unless a test or proxy says otherwise.
    public var apiBase: URL
    /// The project's API key.
    public var apiKey: String
    /// The HTTP client, with its retry and concurrency policy.
    public var client: HTTPClient

    /// A fetcher of definitions from the API at `apiBase`.
    public init(apiBase: URL, apiKey: String, client: HTTPClient) {
        self.apiBase = apiBase
        self.apiKey = apiKey
        self.client = client
    }

    /// Every reference's definition, in the order given, at most `policy.concurrency` at once.
    public func fetch(_ references: [ToolReference]) async -> [Result<FetchedDefinition, FetchFailure>] {
        await Concurrently.map(references, limit: client.policy.concurrency) { await fetch($0) }
    }

    /// One tool's definition, checked to read as one before it is kept.
    public func fetch(_ reference: ToolReference) async -> Result<FetchedDefinition, FetchFailure> {
        let url = apiBase.appendingPathComponent("Tool/DetailOpenAPI")
        let (owner, tool) = reference.slugs
        let body = (try? JSONSerialization.data(withJSONObject: ["slugowner": owner, "slugproject": tool], options: [.sortedKeys])) ?? Data()
        let fail = { (why: String) in Result<FetchedDefinition, FetchFailure>.failure(FetchFailure(reference: reference, attempts: ["\(url.absoluteString): \(why)"])) }
        let reply: HTTPReply
        do {
            reply = try await client.post(url, json: body, headers: ["x-api-key": apiKey])
        } catch {
            return .failure(FetchFailure(reference: reference, attempts: ["\(error)"]))
        }
        guard (200...299).contains(reply.status) else {
            let hint = reply.status == 401 || reply.status == 403 ? " (is WIRO_API_KEY right?)" : ""
            return fail("HTTP \(reply.status)\(hint)")
        }
        switch DefinitionCheck.read(reply.body, from: url, tool: "\(owner)/\(tool)") {
        case .success(let bytes): return .success(FetchedDefinition(reference: reference, url: url, bytes: bytes))
        case .failure(let reason): return fail(reason.reason)
        }
    }
}

/// Decides whether Tool/DetailOpenAPI's answer holds a definition WiroGen can use, and finds its
/// bytes: an error from Wiro, or JSON that does not read as a tool's definition, is refused.
public enum DefinitionCheck {
    /// Why an answer holds no usable definition.
    public struct Refusal: Error, Sendable {
        /// What is wrong with it, in words.
        public var reason: String
    }

    /// The definition's bytes in `body`, answered by `url` for `tool`.
    public static func read(_ body: Data, from url: URL, tool: String) -> Result<Data, Refusal> {
        let bytes = [UInt8](body)
        let source = SourceText(path: url.absoluteString, bytes: bytes)
        var parser = JSONParser(source: source, offset: 0)
        guard let root = try? parser.parseDocument() else { return .failure(Refusal(reason: "an answer that is not JSON")) }
        if root["paths"] == nil, let envelope = WiroEnvelope.read(body), envelope.isRefusal {
            let said = envelope.messages.isEmpty ? envelope.message ?? "no definition" : envelope.messages.joined(separator: "; ")
            return .failure(Refusal(reason: "an error from Wiro, not a definition: \(said)"))
        }
        guard let node = definitionNode(root) else { return .failure(Refusal(reason: "an answer that holds no definition (no \"spec\")")) }
        let definition = Data(bytes[node.bytes])
        let path = "\(url.absoluteString) (\(tool))"
        let read = Generator.run(GeneratorInput(documents: [InputFile(path: path, contents: [UInt8](definition), isDefinition: true)]), for: .specs)
        if let error = read.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(Refusal(reason: "does not read as a Wiro tool definition: \(error.description)"))
        }
        return .success(definition)
    }

    /// The definition in an answer: the `spec` of its signature entry (else of its first), or
    /// the answer itself when it is one.
    private static func definitionNode(_ root: JSONNode) -> JSONNode? {
        if root["paths"] != nil { return root }
        let entries = root.elements ?? root["data"]?.elements ?? []
        let chosen = entries.first { $0["type"]?.string == "signature" } ?? entries.first
        return chosen?["spec"]
    }
}
