import Foundation
// A test of an app's Wiro code uses the client's types with the fake's.
@_exported import WiroClient
import WiroRuntime

/// Wiro in memory, for an app's tests: a `WiroClient` from ``client()`` runs requests, follows
/// tasks over the socket and polls, kills and cancels against it, with no network, no key and
/// no bill. Bodies and answers are in Wiro's exact wire format, so the client under test is
/// the one an app ships.
///
/// ```swift
/// let wiro = WiroFake(tools: WiroToolIndex.all)
/// wiro.answer(PixVerse.TextToVideoV4_5.self, .succeed(outputs: [.video]))
/// let task = try await wiro.client().runAndWait(PixVerse.TextToVideoV4_5(prompt: "A fox"))
/// #expect(wiro.requests(PixVerse.TextToVideoV4_5.self).map(\.prompt) == ["A fox"])
/// ```
///
/// Like Wiro's server, it refuses a Run that misses a required input, breaks a rule of its tool
/// (the prose's and Wiro's structured definition's) or lays its files out other than Wiro's
/// upload patterns, with Wiro's codes and messages; so a test also catches a request sent with
/// `validation: .skip` that Wiro would refuse. Time is ``clock``'s: polling intervals, retries
/// and deadlines pass at once.
public final class WiroFake: Sendable {
    /// The API root the fake answers at.
    public static let baseURL = URL(string: "https://api.wiro.fake/v1")!
    /// The socket the fake answers at.
    public static let socketURL = URL(string: "wss://socket.wiro.fake/v1")!

    /// The clock of every client ``client()`` makes: the time they have waited, in all.
    public let clock: WiroTestClock
    private let server: FakeServer

    /// A fake Wiro that knows `tools` (for a generated module, `WiroToolIndex.all`) and every
    /// type an answer is scripted for. A Run of a tool it does not know is refused as Wiro
    /// refuses a tool that does not exist.
    public init(tools: [any WiroRequest.Type] = []) {
        let server = FakeServer(tools: tools)
        self.server = server
        clock = WiroTestClock { server.state.withLock { $0.unread == 0 } }
    }

    /// A client of this fake: its HTTP and socket in memory, its clock ``clock``.
    public func client() -> WiroClient {
        var client = WiroClient(
            apiKey: "fake-api-key", apiSecret: "fake-api-secret", baseURL: Self.baseURL, transport: transport,
            socketURL: Self.socketURL, socketTransport: socketTransport)
        client.clock = clock
        return client
    }

    /// HTTP to the fake, for a client made otherwise.
    public var transport: any WiroTransport { FakeHTTPTransport(server: server) }

    /// The fake's socket, for a client made otherwise.
    public var socketTransport: any WiroSocketTransport { FakeSocketTransport(server: server) }

    // MARK: Scripting

    /// Runs of `type` are answered with `answers` in turn, the last one repeating (a refusal at
    /// the task limit twice, then a success: `.refuse(.concurrentTaskLimit(limit: 5)),
    /// .refuse(.concurrentTaskLimit(limit: 5)), .success`).
    public func answer<Request: WiroRequest>(_ type: Request.Type, _ answers: WiroFakeAnswer...) {
        script(type, FakeServer.Script(answers: answers.isEmpty ? [.success] : answers))
    }

    /// Runs of `type` are answered as `decide` says, given the request decoded from the wire.
    public func answer<Request: WiroRequest>(_ type: Request.Type, with decide: @escaping @Sendable (Request) -> WiroFakeAnswer) {
        script(type, FakeServer.Script(answers: [.success]) { request in
            (request as? Request).map(decide) ?? .success
        })
    }

    /// The answer to a Run of a tool nothing is scripted for: ``WiroFakeAnswer/success`` (one
    /// PNG) unless set.
    public var defaultAnswer: WiroFakeAnswer {
        get { server.state.withLock { $0.defaultAnswer } }
        set { server.state.withLock { $0.defaultAnswer = newValue } }
    }

    private func script<Request: WiroRequest>(_ type: Request.Type, _ script: FakeServer.Script) {
        server.state.withLock { state in
            if !state.tools.contains(where: { $0 == type }) { state.tools.append(type) }
            state.scripts[type.tool.id] = script
        }
    }

    // MARK: Recorded traffic

    /// Every Run received, in order, refused ones included.
    public var runs: [WiroFakeRun] { server.state.withLock { $0.runs } }

    /// The requests of `type` received, decoded from the wire, in order.
    public func requests<Request: WiroRequest>(_ type: Request.Type) -> [Request] {
        runs.compactMap { $0.request(as: type) }
    }

    /// Every call to Task/Detail, Task/Kill and Task/Cancel, in order.
    public var calls: [WiroFakeCall] { server.state.withLock { $0.calls } }
}
