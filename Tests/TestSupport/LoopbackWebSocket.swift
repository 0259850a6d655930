// A WebSocket (RFC 6455) for tests, either side: the server side of a connection the loopback
// server accepted and upgraded, or a client connected to 127.0.0.1; text frames both ways.

import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One upgraded connection. Calls block. On the server side a test's session runs on the
/// connection's own thread, and the connection closes when it returns; a client closes its
/// connection when released.
package final class LoopbackWebSocket: @unchecked Sendable {
    /// The upgrade request.
    package let request: LoopbackRequest
    private let fd: Int32
    /// A client masks what it sends and owns its socket.
    private let isClient: Bool
    /// One thread reads at a time (the session's; a client's connecting thread, then its
    /// reader), under `reading`: the lock is what tells ThreadSanitizer the reader passed from
    /// one thread to the next. Frames are written whole under `writing`, since a read may
    /// answer a ping meanwhile.
    private var reader: LoopbackReader
    private let reading = NSLock()
    private let writing = NSLock()
    /// True once the peer sent a close frame: the connection ended cleanly, not dropped.
    /// Read it after ``receiveText()`` returned `nil`, on the reading thread.
    package private(set) var receivedClose = false

    private init(request: LoopbackRequest, fd: Int32, reader: LoopbackReader, isClient: Bool = false) {
        self.request = request
        self.fd = fd
        self.reader = reader
        self.isClient = isClient
    }

    deinit {
        if isClient { closeDescriptor(fd) }
    }

    /// Why a client could not connect.
    package struct ConnectError: Error, CustomStringConvertible {
        /// What failed.
        package let description: String
    }

    /// Connects to `ws://127.0.0.1:<port>/<path>` and completes the handshake.
    package static func connect(to url: URL) throws -> LoopbackWebSocket {
        guard url.host == "127.0.0.1", let port = url.port else { throw ConnectError(description: "only ws://127.0.0.1:<port> URLs: \(url)") }
        let fd = socket(AF_INET, loopbackSockStream, 0)
        guard fd >= 0 else { throw ConnectError(description: "socket: \(String(cString: strerror(errno)))") }
        let connected = connectToLoopback(fd, port: port)
        let socket = LoopbackWebSocket(request: LoopbackRequest(method: "GET", path: url.path, headers: [:], body: Data()), fd: fd, reader: LoopbackReader(fd: fd), isClient: true)
        guard connected == 0 else { throw ConnectError(description: "connect: \(String(cString: strerror(errno)))") }
        try socket.handshake(path: url.path.isEmpty ? "/" : url.path, port: port)
        return socket
    }

    private func handshake(path: String, port: Int) throws {
        let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        let head = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n"
        guard loopbackSendAll(fd, Array(head.utf8)) else { throw ConnectError(description: "the server hung up") }
        guard case .success(let answer) = reading.withLock({ reader.readHead(limit: 16 * 1024) }) else { throw ConnectError(description: "no answer to the upgrade") }
        let text = String(decoding: answer, as: UTF8.self)
        guard text.hasPrefix("HTTP/1.1 101"), text.contains("Sec-WebSocket-Accept: \(Self.acceptValue(for: key))") else {
            throw ConnectError(description: "upgrade refused: \(text.prefix(while: { $0 != "\r" }))")
        }
    }

    /// Completes the handshake (or refuses a request that is not an upgrade) and runs `session`.
    static func serve(_ request: LoopbackRequest, fd: Int32, reader: LoopbackReader, _ session: (LoopbackWebSocket) -> Void) {
        guard request.headers["upgrade"]?.lowercased() == "websocket", let key = request.headers["sec-websocket-key"] else {
            _ = loopbackSendAll(fd, Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
            return
        }
        let head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: \(acceptValue(for: key))\r\n\r\n"
        guard loopbackSendAll(fd, Array(head.utf8)) else { return }
        session(LoopbackWebSocket(request: request, fd: fd, reader: reader))
    }

    /// `Sec-WebSocket-Accept`: SHA-1 of the key and RFC 6455's GUID, in base64.
    package static func acceptValue(for key: String) -> String {
        Data(Insecure.SHA1.hash(data: Data((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8))).base64EncodedString()
    }

    /// The next text frame; `nil` when the client closed, went away, or sent nothing for 5 s.
    /// Pings are answered; binary frames and pongs are skipped.
    package func receiveText() -> String? {
        while let (opcode, payload) = readFrame() {
            switch opcode {
            case 0x1: return String(decoding: payload, as: UTF8.self)
            case 0x8:
                receivedClose = true
                _ = sendFrame(opcode: 0x8, Array(payload.prefix(2)))
                return nil
            case 0x9: _ = sendFrame(opcode: 0xA, payload)
            default: continue
            }
        }
        return nil
    }

    /// Sends a text frame; `false` when the client is gone.
    @discardableResult
    package func send(_ text: String) -> Bool {
        sendFrame(opcode: 0x1, Array(text.utf8))
    }

    /// Closes cleanly: a close frame (1000), then waits for the peer's.
    package func close() {
        sendClose()
        while receiveText() != nil {}
    }

    /// Sends a close frame (1000); the peer's answer ends ``receiveText()``.
    package func sendClose() {
        _ = sendFrame(opcode: 0x8, [0x03, 0xE8])
    }

    /// Drops the connection with no close frame, as a network failure would.
    package func drop() {
        _ = shutdown(fd, loopbackShutRDWR)
    }

    /// True when the client has closed the connection (a close frame, or the end of the
    /// stream) by now; does not wait. A text frame waiting to be read is skipped.
    package func clientHasClosed() -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 0) > 0 else { return false }
        return receiveText() == nil
    }

    /// Waits until the client closes the connection (a close frame, or the end of the stream);
    /// true when it did within `timeout`, text frames meanwhile are skipped.
    package func waitForClientClose(timeout: Duration) -> Bool {
        let end = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < end {
            if receiveText() == nil { return ContinuousClock.now < end }
        }
        return false
    }

    /// One whole frame: its opcode and unmasked payload (fragments are not used by the clients tested).
    private func readFrame() -> (UInt8, [UInt8])? {
        reading.lock()
        defer { reading.unlock() }
        guard let head = reader.readExact(2) else { return nil }
        var length = UInt64(head[1] & 0x7F)
        if length == 126 {
            guard let bytes = reader.readExact(2) else { return nil }
            length = bytes.reduce(0) { $0 << 8 | UInt64($1) }
        } else if length == 127 {
            guard let bytes = reader.readExact(8) else { return nil }
            length = bytes.reduce(0) { $0 << 8 | UInt64($1) }
        }
        guard length <= 64 << 20 else { return nil }
        let mask = head[1] & 0x80 != 0 ? reader.readExact(4) : nil
        guard var payload = reader.readExact(Int(length)) else { return nil }
        if let mask {
            for index in payload.indices { payload[index] ^= mask[index % 4] }
        }
        return (head[0] & 0x0F, payload)
    }

    /// Sends one frame: unmasked from a server, masked from a client, as RFC 6455 wants.
    private func sendFrame(opcode: UInt8, _ payload: [UInt8]) -> Bool {
        var frame: [UInt8] = [0x80 | opcode]
        let maskBit: UInt8 = isClient ? 0x80 : 0
        switch payload.count {
        case ..<126: frame.append(maskBit | UInt8(payload.count))
        case ..<65536: frame += [maskBit | 126, UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
        default: frame += [maskBit | 127] + (0..<8).reversed().map { UInt8(truncatingIfNeeded: UInt64(payload.count) >> ($0 * 8)) }
        }
        var body = payload
        if isClient {
            let mask = (0..<4).map { _ in UInt8.random(in: 0...255) }
            frame += mask
            for index in body.indices { body[index] ^= mask[index % 4] }
        }
        writing.lock()
        defer { writing.unlock() }
        return loopbackSendAll(fd, frame + body)
    }
}

// The class's own `close()` hides the C functions inside it; these reach them.

/// Closes a descriptor.
private func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}

/// Connects `fd` to 127.0.0.1:`port`; 0 on success, as `connect` returns.
private func connectToLoopback(_ fd: Int32, port: Int) -> Int32 {
    var address = sockaddr_in()
    #if canImport(Darwin)
    address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
    #endif
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port)).bigEndian
    address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
}
