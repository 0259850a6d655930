// A tiny, dependency-free HTTP/1.1 server for tests, built on POSIX sockets.
//
// It only ever binds to 127.0.0.1, answers exactly one request per connection
// (`Connection: close`), and stops by itself after a fixed lifetime so a
// forgotten server can never outlive a test run by much.

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One request the server received.
package struct LoopbackRequest: Sendable {
    /// The request method as sent, e.g. `"POST"`.
    package var method: String
    /// The raw request target as sent, e.g. `"/v1/Run/PixVerse/x"` (query string, if any, kept as is).
    package var path: String
    /// The request headers: names lowercased, values trimmed; repeated headers joined with `", "`.
    package var headers: [String: String]
    /// The request body, with any chunked transfer encoding already removed.
    package var body: Data
}

/// What the server answers to one request.
package struct LoopbackResponse: Sendable {
    /// The HTTP status code, e.g. `200`.
    package var status: Int
    /// Extra response headers. `Content-Length` and `Connection` are always written by the server,
    /// so entries with those names (in any case) are ignored.
    package var headers: [String: String] = [:]
    /// The response body.
    package var body: Data = Data()
    /// Wait this long before answering (to simulate a hang); nil = answer at once.
    ///
    /// If the server stops while waiting, the connection is closed without an answer.
    package var delay: Duration? = nil
    /// The `Content-Length` to claim; nil = the body's size. A larger figure makes a cut-off
    /// download: the server sends the body and closes the connection.
    package var declaredLength: Int? = nil
    /// Accept a WebSocket upgrade and run this on the connection instead of answering (the
    /// status, headers and body are then not used).
    package var webSocket: (@Sendable (LoopbackWebSocket) -> Void)? = nil

    /// A response; every part but the status may be left out.
    package init(status: Int, headers: [String: String] = [:], body: Data = Data(), delay: Duration? = nil, declaredLength: Int? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.declaredLength = declaredLength
    }

    /// Accepts a WebSocket upgrade and runs `session` on the connection, which closes when it returns.
    package static func upgrade(_ session: @escaping @Sendable (LoopbackWebSocket) -> Void) -> LoopbackResponse {
        var response = LoopbackResponse(status: 101)
        response.webSocket = session
        return response
    }

    /// A response whose body is `text` (UTF-8) with `content-type: application/json`.
    /// - Parameters:
    ///   - text: The JSON text to send.
    ///   - status: The HTTP status code (default 200).
    /// - Returns: The response.
    package static func json(_ text: String, status: Int = 200) -> LoopbackResponse {
        LoopbackResponse(
            status: status,
            headers: ["content-type": "application/json"],
            body: Data(text.utf8)
        )
    }
}

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: every request is recorded, then answered by a handler.
///
/// The accept loop runs on its own thread; each connection is handled on a thread of its own (a
/// response held back by a `delay` blocks its thread, and Dispatch's pool, as wide as the machine
/// has cores and shared with every other test, would leave later connections unread) and closed
/// after one response.
package final class LoopbackHTTPServer: Sendable {
    /// Why the server could not start.
    struct StartError: Error, CustomStringConvertible {
        /// The socket call that failed, e.g. `"bind"`.
        var operation: String
        /// The `errno` value left by the failing call (0 if not applicable).
        var code: Int32

        /// A readable description, e.g. `"bind failed: Address already in use"`.
        var description: String {
            "\(operation) failed: \(String(cString: strerror(code)))"
        }
    }

    /// The TCP port the server listens on (chosen by the OS).
    package let port: Int
    /// `http://127.0.0.1:<port>`.
    package let baseURL: URL
    /// The state shared with the accept thread, the connection handlers and the lifetime timer.
    private let core: LoopbackServerCore

    /// Starts listening on 127.0.0.1 on a free port chosen by the OS (bind to port 0, read it back with getsockname).
    /// - Parameters:
    ///   - lifetime: The server stops by itself after this long, whatever happens (default 60 s).
    ///   - handler: Called (on a background queue) once per well-formed request, after the request was recorded.
    /// - Throws: `StartError` if the listening socket cannot be set up.
    package init(
        lifetime: Duration = .seconds(60),
        handler: @escaping @Sendable (LoopbackRequest) -> LoopbackResponse
    ) throws {
        let (fd, port) = try Self.makeListeningSocket()
        guard let url = URL(string: "http://127.0.0.1:\(port)") else {
            _ = close(fd)
            throw StartError(operation: "URL", code: 0)
        }
        self.port = port
        self.baseURL = url
        let core = LoopbackServerCore(listenFD: fd, handler: handler)
        self.core = core

        let thread = Thread {
            core.runAcceptLoop()
        }
        thread.name = "LoopbackHTTPServer.accept.\(port)"
        thread.start()

        DispatchQueue.global().asyncAfter(deadline: .now() + lifetime.loopbackSeconds) { [weak core] in
            core?.stop()
        }
    }

    /// Stops the server (see `stop()`).
    deinit {
        core.stop()
    }

    /// Every request received so far, in order (thread-safe snapshot).
    package var requests: [LoopbackRequest] {
        core.recordedRequests
    }

    /// Stops accepting, closes the listening socket, idempotent. Also called from deinit.
    ///
    /// Requests already being handled still get their answer, except those waiting out a `delay`,
    /// whose connections are closed without one.
    package func stop() {
        core.stop()
    }

    /// Creates a socket bound to 127.0.0.1 on an OS-chosen port and listening.
    /// - Returns: The listening file descriptor and its port.
    private static func makeListeningSocket() throws -> (Int32, Int) {
        let fd = socket(AF_INET, loopbackSockStream, 0)
        guard fd >= 0 else { throw StartError(operation: "socket", code: errno) }
        func fail(_ operation: String) -> StartError {
            let error = StartError(operation: operation, code: errno)
            _ = close(fd)
            return error
        }

        var yes: Int32 = 1
        guard setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw fail("setsockopt(SO_REUSEADDR)")
        }

        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(0).bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)  // 127.0.0.1, never anything else
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw fail("bind") }
        guard listen(fd, 128) == 0 else { throw fail("listen") }

        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &actual) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(fd, $0, &length)
            }
        }
        guard named == 0 else { throw fail("getsockname") }
        return (fd, Int(UInt16(bigEndian: actual.sin_port)))
    }
}

// MARK: - Shared state

/// The server's shared state: the listening socket, the handler and the recorded requests.
///
/// `@unchecked Sendable` is justified: every mutable stored property is only read or written while
/// holding `condition` (an `NSCondition`, used both as the lock and to wake delayed responses and
/// `stop()` waiters). `Mutex` from `Synchronization` would make this checked, but it needs macOS 15
/// while the package supports macOS 13.
private final class LoopbackServerCore: @unchecked Sendable {
    /// The listening socket. Only the accept thread closes it, so the number is never reused under it.
    let listenFD: Int32
    /// Answers each well-formed request.
    let handler: @Sendable (LoopbackRequest) -> LoopbackResponse
    /// Guards the mutable state below and signals changes to it.
    private let condition = NSCondition()
    /// Set once by `stop()`.
    private var stopped = false
    /// Set once the accept thread has left its loop and closed `listenFD`.
    private var acceptLoopFinished = false
    /// Every request received so far, in order.
    private var requests: [LoopbackRequest] = []

    /// Creates the state for a server listening on `listenFD`.
    /// - Parameters:
    ///   - listenFD: The listening socket, now owned by this object's accept loop.
    ///   - handler: Answers each well-formed request.
    init(listenFD: Int32, handler: @escaping @Sendable (LoopbackRequest) -> LoopbackResponse) {
        self.listenFD = listenFD
        self.handler = handler
    }

    /// Runs `body` while holding the lock.
    /// - Parameter body: The critical section.
    /// - Returns: What `body` returns.
    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }

    /// Whether `stop()` has been called.
    var isStopped: Bool {
        locked { stopped }
    }

    /// A snapshot of every request received so far, in order.
    var recordedRequests: [LoopbackRequest] {
        locked { requests }
    }

    /// Appends `request` to the record.
    /// - Parameter request: The request just received.
    func record(_ request: LoopbackRequest) {
        locked { requests.append(request) }
    }

    /// Stops the server: wakes the accept loop (which then closes the listening socket) and any delayed
    /// responses, and waits briefly until the listening socket is closed. Idempotent.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        if !stopped {
            stopped = true
            // Unblocks a pending poll()/accept() at once on Linux; elsewhere the accept loop's
            // poll() timeout notices `stopped` within a fraction of a second.
            _ = shutdown(listenFD, loopbackShutRDWR)
            condition.broadcast()
        }
        let deadline = Date().addingTimeInterval(2)
        while !acceptLoopFinished {
            if !condition.wait(until: deadline) { break }
        }
    }

    /// Waits `duration`, or less if the server stops meanwhile.
    /// - Parameter duration: How long to wait.
    /// - Returns: `true` if the full time elapsed with the server still running.
    func waitWhileRunning(_ duration: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(duration.loopbackSeconds)
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            if !condition.wait(until: deadline) { return !stopped }
        }
        return false
    }

    /// The accept loop: runs on its own thread until the server stops, then closes the listening socket.
    func runAcceptLoop() {
        defer {
            _ = close(listenFD)
            locked {
                acceptLoopFinished = true
                condition.broadcast()
            }
        }
        while !isStopped {
            var poller = pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 200)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if ready == 0 { continue }
            if isStopped { return }
            let client = accept(listenFD, nil, nil)
            if client < 0 {
                switch errno {
                case EINTR, EAGAIN, ECONNABORTED:
                    continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    usleep(50_000)  // out of resources: back off instead of spinning
                    continue
                default:
                    return  // shut down or closed: the loop ends
                }
            }
            let handler = Thread { [self] in
                LoopbackConnection(fd: client, core: self).serve()
            }
            handler.name = "LoopbackHTTPServer.connection"
            handler.start()
        }
    }
}

// MARK: - One connection

/// Serves one accepted connection: reads one request, answers it, closes the socket.
private struct LoopbackConnection {
    /// The largest request head (request line and headers) accepted, in bytes.
    static let maxHeadBytes = 64 * 1024
    /// The largest request body accepted, in bytes.
    static let maxBodyBytes = 64 * 1024 * 1024

    /// The connected socket, owned by this value (closed at the end of `serve()`).
    let fd: Int32
    /// The server state: record, handler, stop signal.
    let core: LoopbackServerCore

    /// The outcome of reading a request.
    private enum ReadOutcome {
        /// A complete, well-formed request.
        case request(LoopbackRequest)
        /// A malformed request, to be answered with this status.
        case reject(Int)
        /// The client went away or timed out before sending a complete request.
        case gone
    }

    /// Reads the request, records it, asks the handler, writes the answer and closes the socket.
    func serve() {
        defer { _ = close(fd) }
        #if canImport(Darwin)
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        setTimeout(SO_RCVTIMEO, seconds: 5)
        setTimeout(SO_SNDTIMEO, seconds: 5)

        var reader = LoopbackReader(fd: fd)
        switch readRequest(&reader) {
        case .gone:
            return
        case .reject(let status):
            _ = sendAll(Self.serialize(LoopbackResponse(status: status, body: Data("bad request\n".utf8))))
            finish()
        case .request(let request):
            core.record(request)
            let response = core.handler(request)
            if let session = response.webSocket {
                LoopbackWebSocket.serve(request, fd: fd, reader: reader, session)
                return
            }
            if let delay = response.delay, !core.waitWhileRunning(delay) {
                return  // stopped while simulating a hang: just hang up
            }
            _ = sendAll(Self.serialize(response))  // the client may have hung up: ignore write errors
            finish()
        }
    }

    /// Sets a socket timeout option.
    /// - Parameters:
    ///   - option: `SO_RCVTIMEO` or `SO_SNDTIMEO`.
    ///   - seconds: The timeout in whole seconds.
    private func setTimeout(_ option: Int32, seconds: Int) {
        var time = timeval()
        time.tv_sec = seconds
        time.tv_usec = 0
        _ = setsockopt(fd, SOL_SOCKET, option, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Half-closes the socket after the answer and drains what the client still sends, so that
    /// closing with unread data does not reset the connection before the client read the answer.
    private func finish() {
        _ = shutdown(fd, loopbackShutWR)
        var time = timeval()
        time.tv_sec = 0
        time.tv_usec = 500_000
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var scratch = [UInt8](repeating: 0, count: 64 * 1024)
        var drained = 0
        while drained < Self.maxBodyBytes {
            let count = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                drained += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
    }

    /// Reads and parses one request.
    /// - Parameter reader: The buffered reader on this connection.
    /// - Returns: The request, a status to reject it with, or `.gone`.
    private func readRequest(_ reader: inout LoopbackReader) -> ReadOutcome {
        let head: [UInt8]
        switch reader.readHead(limit: Self.maxHeadBytes) {
        case .success(let bytes): head = bytes
        case .failure(.tooLarge): return .reject(431)
        case .failure: return .gone
        }

        // Split the bytes, not a String: in Swift "\r\n" is a single Character.
        let lines = head
            .split(separator: 10, omittingEmptySubsequences: false)
            .map { String(decoding: $0.last == 13 ? $0.dropLast() : $0, as: UTF8.self) }
        guard let requestLine = lines.first else { return .reject(400) }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else { return .reject(400) }

        var headers: [String: String] = [:]
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return .reject(400) }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return .reject(400) }
            if let existing = headers[name] {
                headers[name] = existing + ", " + value
            } else {
                headers[name] = value
            }
        }

        let chunked = headers["transfer-encoding"]?.lowercased().contains("chunked") ?? false
        var contentLength = 0
        if !chunked, let text = headers["content-length"] {
            guard let length = Int(text), length >= 0 else { return .reject(400) }
            guard length <= Self.maxBodyBytes else { return .reject(413) }
            contentLength = length
        }

        // libcurl (behind URLSession on Linux) may hold a large body back until it sees this.
        if headers["expect"]?.lowercased() == "100-continue", chunked || contentLength > 0 {
            guard sendAll(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return .gone }
        }

        let body: [UInt8]
        if chunked {
            switch readChunkedBody(&reader) {
            case .success(let bytes): body = bytes
            case .failure(.malformed): return .reject(400)
            case .failure(.tooLarge): return .reject(413)
            case .failure(.closed): return .gone
            }
        } else {
            guard let bytes = reader.readExact(contentLength) else { return .gone }
            body = bytes
        }

        return .request(LoopbackRequest(
            method: String(parts[0]),
            path: String(parts[1]),
            headers: headers,
            body: Data(body)
        ))
    }

    /// Reads a body sent with `Transfer-Encoding: chunked`, including its trailer section.
    /// - Parameter reader: The buffered reader, positioned just after the request head.
    /// - Returns: The decoded body, or why it could not be read.
    private func readChunkedBody(_ reader: inout LoopbackReader) -> Result<[UInt8], LoopbackReadError> {
        var body: [UInt8] = []
        while true {
            let sizeLine: [UInt8]
            switch reader.readLine(limit: 4096) {
            case .success(let line): sizeLine = line
            case .failure(let error): return .failure(error == .tooLarge ? .malformed : error)
            }
            let text = String(decoding: sizeLine, as: UTF8.self)
            let sizeText = (text.split(separator: ";", maxSplits: 1).first.map(String.init) ?? "")
                .trimmingCharacters(in: .whitespaces)
            guard !sizeText.isEmpty, let size = Int(sizeText, radix: 16), size >= 0 else {
                return .failure(.malformed)
            }
            if size == 0 {
                // Trailer fields, if any, up to the empty line.
                for _ in 0..<100 {
                    switch reader.readLine(limit: 8192) {
                    case .success(let line) where line.isEmpty: return .success(body)
                    case .success: continue
                    case .failure(let error): return .failure(error == .tooLarge ? .malformed : error)
                    }
                }
                return .failure(.malformed)
            }
            guard size <= Self.maxBodyBytes - body.count else { return .failure(.tooLarge) }
            guard let chunk = reader.readExact(size) else { return .failure(.closed) }
            body.append(contentsOf: chunk)
            guard let end = reader.readExact(2) else { return .failure(.closed) }
            guard end == [13, 10] else { return .failure(.malformed) }
        }
    }

    /// Writes all of `bytes`, retrying after partial writes and EINTR.
    /// - Parameter bytes: What to send.
    /// - Returns: `false` if the connection failed (e.g. the client hung up).
    private func sendAll(_ bytes: [UInt8]) -> Bool {
        loopbackSendAll(fd, bytes)
    }

    /// The bytes of a complete HTTP/1.1 response with `Content-Length` and `Connection: close`.
    /// - Parameter response: What to answer.
    /// - Returns: Status line, headers, blank line and body.
    static func serialize(_ response: LoopbackResponse) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(reasonPhrase(response.status))\r\n"
        head += "Content-Length: \(response.declaredLength ?? response.body.count)\r\n"
        head += "Connection: close\r\n"
        for (name, value) in response.headers.sorted(by: { $0.key < $1.key }) {
            let lowered = name.lowercased()
            guard lowered != "content-length", lowered != "connection" else { continue }
            head += "\(name): \(value)\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + Array(response.body)
    }

    /// The usual reason phrase for `status`.
    /// - Parameter status: An HTTP status code.
    /// - Returns: E.g. `"OK"` for 200; `"Status"` for codes not listed.
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 413: "Content Too Large"
        case 415: "Unsupported Media Type"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status"
        }
    }
}

/// Writes every byte to a connected socket, retrying on EINTR.
/// - Returns: `false` when the peer is gone or the socket failed.
func loopbackSendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let sent = bytes.withUnsafeBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return send(fd, base + offset, raw.count - offset, loopbackSendFlags)
        }
        if sent > 0 {
            offset += sent
        } else if sent < 0 && errno == EINTR {
            continue
        } else {
            return false
        }
    }
    return true
}

// MARK: - Buffered reading

/// Why reading from a connection stopped short.
enum LoopbackReadError: Error, Equatable {
    /// End of stream, timeout or socket error.
    case closed
    /// More bytes than the caller's limit without the expected delimiter.
    case tooLarge
    /// The bytes do not follow the protocol.
    case malformed
}

/// A buffered reader over a connected socket, retrying on EINTR.
struct LoopbackReader {
    /// The connected socket (not owned).
    let fd: Int32
    /// Bytes received but not consumed yet start at `start`.
    private var buffer: [UInt8] = []
    /// Index of the first unconsumed byte in `buffer`.
    private var start = 0

    /// Creates a reader on `fd`.
    /// - Parameter fd: A connected socket.
    init(fd: Int32) {
        self.fd = fd
    }

    /// The number of received, unconsumed bytes.
    private var available: Int { buffer.count - start }

    /// Receives more bytes into the buffer.
    /// - Returns: `false` on end of stream, timeout or error.
    private mutating func fill() -> Bool {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start >= 1 << 20 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return true
            }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }

    /// Consumes `count` bytes from the buffer.
    /// - Parameter count: How many; at most `available`.
    /// - Returns: The bytes.
    private mutating func take(_ count: Int) -> [UInt8] {
        let bytes = Array(buffer[start..<(start + count)])
        start += count
        return bytes
    }

    /// Reads up to and including the first `delimiter`.
    /// - Parameters:
    ///   - delimiter: The byte sequence ending the unit.
    ///   - limit: The most bytes allowed before the delimiter.
    /// - Returns: The bytes before the delimiter (the delimiter is consumed but not returned).
    private mutating func readUntil(_ delimiter: [UInt8], limit: Int) -> Result<[UInt8], LoopbackReadError> {
        var scanFrom = start
        while true {
            let end = buffer.count - delimiter.count
            if scanFrom <= end {
                for index in scanFrom...end where buffer[index] == delimiter[0] {
                    if buffer[index..<(index + delimiter.count)].elementsEqual(delimiter) {
                        let unit = take(index - start)
                        start += delimiter.count
                        return .success(unit)
                    }
                }
                scanFrom = end + 1
            }
            if available > limit + delimiter.count { return .failure(.tooLarge) }
            let consumed = start
            guard fill() else { return .failure(.closed) }
            scanFrom -= consumed - start  // `fill` may have compacted the buffer
        }
    }

    /// Reads the request head: everything up to the blank line that ends the headers.
    /// - Parameter limit: The most bytes allowed.
    /// - Returns: The head without the final CRLF CRLF.
    mutating func readHead(limit: Int) -> Result<[UInt8], LoopbackReadError> {
        readUntil([13, 10, 13, 10], limit: limit)
    }

    /// Reads one CRLF-terminated line.
    /// - Parameter limit: The most bytes allowed.
    /// - Returns: The line without its CRLF.
    mutating func readLine(limit: Int) -> Result<[UInt8], LoopbackReadError> {
        readUntil([13, 10], limit: limit)
    }

    /// Reads exactly `count` bytes.
    /// - Parameter count: How many bytes.
    /// - Returns: The bytes, or nil if the stream ended or timed out first.
    mutating func readExact(_ count: Int) -> [UInt8]? {
        while available < count {
            guard fill() else { return nil }
        }
        return take(count)
    }
}

// MARK: - Platform shims

#if canImport(Glibc)
/// `SOCK_STREAM` as the `Int32` that `socket()` takes.
let loopbackSockStream = Int32(SOCK_STREAM.rawValue)
/// `SHUT_RDWR` as the `Int32` that `shutdown()` takes.
let loopbackShutRDWR = Int32(SHUT_RDWR)
/// `SHUT_WR` as the `Int32` that `shutdown()` takes.
private let loopbackShutWR = Int32(SHUT_WR)
/// Flags for `send()`: no SIGPIPE if the client hung up.
let loopbackSendFlags = Int32(MSG_NOSIGNAL)
#else
/// `SOCK_STREAM` as the `Int32` that `socket()` takes.
let loopbackSockStream = SOCK_STREAM
/// `SHUT_RDWR` as the `Int32` that `shutdown()` takes.
let loopbackShutRDWR = SHUT_RDWR
/// `SHUT_WR` as the `Int32` that `shutdown()` takes.
private let loopbackShutWR = SHUT_WR
/// Flags for `send()`: SIGPIPE is suppressed per socket with `SO_NOSIGPIPE` instead.
let loopbackSendFlags: Int32 = 0
#endif

extension Duration {
    /// This duration in seconds, as a `TimeInterval`.
    fileprivate var loopbackSeconds: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
