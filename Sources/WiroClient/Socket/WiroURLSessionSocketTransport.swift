import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// WebSockets over URLSession (`URLSessionWebSocketTask`): the default on Apple platforms.
/// FoundationNetworking has the same API on Linux, but it works there only with a libcurl
/// built with WebSocket support.
public struct WiroURLSessionSocketTransport: WiroSocketTransport {
    private let session: URLSession

    /// A transport over `session` (an ephemeral session by default).
    public init(session: URLSession = URLSession(configuration: .ephemeral)) {
        self.session = session
    }

    /// Opens the connection; throws when the handshake fails.
    public func connect(to url: URL) async throws -> any WiroSocketConnection {
        let task = session.webSocketTask(with: url)
        task.maximumMessageSize = 16 << 20
        task.resume()
        // URLSession connects lazily: a ping answered proves the handshake went through.
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            task.sendPing { error in
                if let error { continuation.resume(throwing: WiroSocketError("\(error.localizedDescription)")) } else { continuation.resume() }
            }
        }
        return URLSessionWebSocketConnection(task: task)
    }
}

/// A `URLSessionWebSocketTask` read in a loop into ``messages``.
private final class URLSessionWebSocketConnection: WiroSocketConnection {
    let messages: AsyncThrowingStream<String, any Error>
    private let task: URLSessionWebSocketTask
    private let reader: Task<Void, Never>

    init(task: URLSessionWebSocketTask) {
        self.task = task
        let (messages, continuation) = AsyncThrowingStream<String, any Error>.makeStream()
        self.messages = messages
        reader = Task {
            do {
                while true {
                    switch try await task.receive() {
                    case .string(let text): continuation.yield(text)
                    case .data: continue
                    @unknown default: continue
                    }
                }
            } catch {
                // A close the client asked for, or one the server sent, ends the stream
                // quietly; anything else is a dropped connection.
                if task.closeCode == .invalid { continuation.finish(throwing: error) } else { continuation.finish() }
            }
        }
    }

    func send(_ text: String) async throws {
        try await task.send(.string(text))
    }

    func close() async {
        task.cancel(with: .normalClosure, reason: nil)
        reader.cancel()
    }
}
