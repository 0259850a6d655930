// The NIOWebSocket trait (on by default) builds this on Linux; without it, no SwiftNIO is built.
#if NIOWebSocket && os(Linux)
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import WebSocketKit

/// WebSockets over SwiftNIO (websocket-kit): the default on Linux, where
/// FoundationNetworking's WebSocket needs a libcurl built with WebSockets.
public struct WiroNIOSocketTransport: WiroSocketTransport {
    /// A transport on NIO's shared event loops.
    public init() {}

    /// Opens the connection; throws when the handshake fails.
    public func connect(to url: URL) async throws -> any WiroSocketConnection {
        let (messages, continuation) = AsyncThrowingStream<String, any Error>.makeStream()
        // Wiro's LLM snapshots repeat the whole text so far: frames outgrow NIO's 16 KiB default.
        let configuration = WebSocketClient.Configuration(maxFrameSize: 16 << 20)
        // The connect future can complete before the upgrade has handed over the socket, and a
        // refused upgrade fails it: whichever comes first answers, once.
        let waiting = NIOLockedValueBox<CheckedContinuation<WebSocket, any Error>?>(nil)
        let answer: @Sendable (Result<WebSocket, any Error>) -> Void = { result in
            waiting.withLockedValue { pending in
                defer { pending = nil }
                return pending
            }?.resume(with: result)
        }
        let socket = try await withCheckedThrowingContinuation { (pending: CheckedContinuation<WebSocket, any Error>) in
            waiting.withLockedValue { $0 = pending }
            WebSocket.connect(to: url, configuration: configuration, on: MultiThreadedEventLoopGroup.singleton) { socket in
                socket.onText { _, text in continuation.yield(text) }
                socket.onClose.whenComplete { _ in
                    // A close frame sets a code; a connection that just went away does not.
                    if socket.closeCode == nil {
                        continuation.finish(throwing: WiroSocketError("the connection was lost"))
                    } else {
                        continuation.finish()
                    }
                }
                answer(.success(socket))
            }.whenFailure { error in
                continuation.finish(throwing: error)
                answer(.failure(WiroSocketError("\(error)")))
            }
        }
        return NIOWebSocketConnection(socket: socket, messages: messages)
    }
}

/// A websocket-kit socket whose text frames feed ``messages``.
private struct NIOWebSocketConnection: WiroSocketConnection {
    let socket: WebSocket
    let messages: AsyncThrowingStream<String, any Error>

    func send(_ text: String) async throws {
        let promise = socket.eventLoop.makePromise(of: Void.self)
        socket.send(text, promise: promise)
        try await promise.futureResult.get()
    }

    func close() async {
        try? await socket.close(code: .normalClosure).get()
    }
}
#endif
