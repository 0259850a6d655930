import Foundation
import WiroClient

/// Wiro's socket, in memory: a connection registers a task with `task_info` and receives its
/// messages at once, and later ones (a kill) when they happen.
struct FakeSocketTransport: WiroSocketTransport {
    let server: FakeServer

    func connect(to url: URL) async throws -> any WiroSocketConnection {
        FakeSocketConnection(server: server)
    }
}

final class FakeSocketConnection: WiroSocketConnection {
    let messages: AsyncThrowingStream<String, any Error>
    private let feed: AsyncThrowingStream<String, any Error>.Continuation
    private let server: FakeServer
    private let id = UUID()

    init(server: FakeServer) {
        let (sent, feed) = AsyncThrowingStream<String, any Error>.makeStream()
        let reader = Reader(sent.makeAsyncIterator())
        let id = id
        // Each message the client takes is counted read, so the test clock lets time move on
        // only once the client has read what was sent.
        messages = AsyncThrowingStream {
            let message = try await reader.next()
            if message != nil { server.read(connection: id) }
            return message
        }
        self.feed = feed
        self.server = server
    }

    /// The one iterator of the sent messages; only the stream above calls it, one call at a time.
    private final class Reader: @unchecked Sendable {
        private var iterator: AsyncThrowingStream<String, any Error>.Iterator
        init(_ iterator: AsyncThrowingStream<String, any Error>.Iterator) { self.iterator = iterator }
        func next() async throws -> String? { try await iterator.next() }
    }

    func send(_ text: String) async throws {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any],
              object["type"] as? String == "task_info", let token = object["tasktoken"] as? String
        else { return }
        server.listen(token: token, connection: id, feed: feed)
    }

    func close() async {
        server.stopListening(connection: id)
        feed.finish()
    }
}
