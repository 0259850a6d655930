// The server side of a WebSocket (RFC 6455) for tests: the upgrade handshake, then text
// frames both ways, over a connection the loopback server accepted.

import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One upgraded connection, as a test's session sees it. Calls block; the session runs on
/// the connection's own thread, and the connection closes when it returns.
package final class LoopbackWebSocket: @unchecked Sendable {
    /// The upgrade request.
    package let request: LoopbackRequest
    private let fd: Int32
    /// Only the session's thread reads, so the reader needs no lock.
    private var reader: LoopbackReader

    private init(request: LoopbackRequest, fd: Int32, reader: LoopbackReader) {
        self.request = request
        self.fd = fd
        self.reader = reader
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

    /// Closes cleanly: a close frame (1000), then waits for the client's.
    package func close() {
        _ = sendFrame(opcode: 0x8, [0x03, 0xE8])
        while receiveText() != nil {}
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

    /// Sends one unmasked frame, as a server does.
    private func sendFrame(opcode: UInt8, _ payload: [UInt8]) -> Bool {
        var frame: [UInt8] = [0x80 | opcode]
        switch payload.count {
        case ..<126: frame.append(UInt8(payload.count))
        case ..<65536: frame += [126, UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
        default: frame += [127] + (0..<8).reversed().map { UInt8(truncatingIfNeeded: UInt64(payload.count) >> ($0 * 8)) }
        }
        return loopbackSendAll(fd, frame + payload)
    }
}
