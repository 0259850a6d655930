import Foundation
import TestSupport
import WiroClient

/// WiroClient's socket over TestSupport's loopback WebSocket client: the tests' transport where
/// the platform's default is not built (CI's sanitizer runs leave SwiftNIO out, see Package.swift).
struct LoopbackSocketTransport: WiroSocketTransport {
    func connect(to url: URL) async throws -> any WiroSocketConnection {
        let socket = try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try LoopbackWebSocket.connect(to: url) }) }.start()
        }
        return LoopbackSocketConnection(socket: socket)
    }
}

/// Text frames read on a thread of their own into ``messages``.
private struct LoopbackSocketConnection: WiroSocketConnection {
    let socket: LoopbackWebSocket
    let messages: AsyncThrowingStream<String, any Error>

    init(socket: LoopbackWebSocket) {
        self.socket = socket
        let (messages, continuation) = AsyncThrowingStream<String, any Error>.makeStream()
        self.messages = messages
        Thread {
            while let text = socket.receiveText() { continuation.yield(text) }
            if socket.receivedClose { continuation.finish() } else { continuation.finish(throwing: WiroSocketError("the connection was lost")) }
        }.start()
    }

    func send(_ text: String) async throws {
        guard socket.send(text) else { throw WiroSocketError("the connection was lost") }
    }

    func close() async {
        socket.sendClose()
    }
}
