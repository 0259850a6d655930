import Foundation

/// One WebSocket connection, as the client uses it: text frames out, text frames in.
public protocol WiroSocketConnection: Sendable {
    /// The text frames received, in order. The stream finishes when the peer closes the
    /// connection, and throws when the connection fails; binary frames are not in it.
    var messages: AsyncThrowingStream<String, any Error> { get }
    /// Sends one text frame.
    func send(_ text: String) async throws
    /// Closes the connection; the stream of ``messages`` finishes.
    func close() async
}

/// Opens WebSocket connections to Wiro's socket server. WiroClient uses
/// ``WiroDefaultSocketTransport`` unless given another, so an app can bring its own stack.
public protocol WiroSocketTransport: Sendable {
    /// Opens a connection to `url` (`wss://…`), or throws when none can be made.
    func connect(to url: URL) async throws -> any WiroSocketConnection
}

/// Why a socket could not be used.
public struct WiroSocketError: Error, Sendable, CustomStringConvertible {
    /// What happened, in words.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}

/// The platform's WebSocket: URLSession's where it works (Apple platforms), SwiftNIO's on
/// Linux, where FoundationNetworking's needs a libcurl built with WebSockets and the
/// distributions' libcurl is not. A Linux build without the package's `NIOWebSocket` trait
/// has no socket of its own: ``isAvailable`` is false and tasks are followed by polling.
public struct WiroDefaultSocketTransport: WiroSocketTransport {
    /// The platform's WebSocket transport.
    public init() {}

    /// Whether this build has a WebSocket that works here (false on Linux without the
    /// `NIOWebSocket` trait).
    public static var isAvailable: Bool {
        #if os(Linux) && !NIOWebSocket
        false
        #else
        true
        #endif
    }

    /// Opens a connection with the platform's WebSocket.
    public func connect(to url: URL) async throws -> any WiroSocketConnection {
        #if NIOWebSocket && os(Linux)
        try await WiroNIOSocketTransport().connect(to: url)
        #elseif os(Linux)
        throw WiroSocketError("this build has no WebSocket (the NIOWebSocket trait is off); tasks are followed by polling")
        #else
        try await WiroURLSessionSocketTransport().connect(to: url)
        #endif
    }
}
