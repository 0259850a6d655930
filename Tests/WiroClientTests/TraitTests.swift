import Logging
import Testing
import WiroTools
@testable import WiroClient

/// The NIOWebSocket trait decides whether SwiftNIO is built: with it (the default) Linux follows
/// tasks over NIO's WebSocket; without it no NIO module exists and tasks are polled.
@Suite("The NIOWebSocket trait")
struct TraitTests {
    @Test("With the trait, NIO is built on Linux; without it, no NIO module exists and the default socket is absent")
    func nioModules() {
        #if os(Linux)
        #if NIOWebSocket
        #expect(Self.nioBuilt)
        #expect(WiroDefaultSocketTransport.isAvailable)
        #else
        #expect(!Self.nioBuilt)
        #expect(!WiroDefaultSocketTransport.isAvailable)
        #endif
        #else
        #expect(!Self.nioBuilt, "Apple platforms use URLSession's WebSocket")
        #expect(WiroDefaultSocketTransport.isAvailable)
        #endif
    }

    /// Whether this build can see SwiftNIO's modules.
    static var nioBuilt: Bool {
        #if canImport(NIOPosix) || canImport(WebSocketKit)
        true
        #else
        false
        #endif
    }

    @Test("Without a WebSocket, following polls instead, with no warning", .enabled(if: !WiroDefaultSocketTransport.isAvailable))
    func pollsWithoutSocket() async throws {
        let wiro = try FakeWiro()
        let logs = LogCapture()
        var client = WiroClient(apiKey: FakeWiro.apiKey, apiSecret: FakeWiro.apiSecret, baseURL: wiro.baseURL, socketURL: wiro.socketURL,
                                polling: WiroPolling(initial: .milliseconds(20), maximum: .milliseconds(80)))
        client.logger = .init(label: "test") { _ in logs }
        let task = try await client.runAndWait(PixVerse.TextToVideoV4_5.defaultRequest)
        #expect(task.isSuccess)
        #expect(wiro.registrations.isEmpty)
        #expect(!logs.lines.contains { $0.hasPrefix("warning") })
    }
}
