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
        (messages, feed) = AsyncThrowingStream<String, any Error>.makeStream()
        self.server = server
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
