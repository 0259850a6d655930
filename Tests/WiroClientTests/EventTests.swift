import Foundation
import Logging
import TestSupport
import Testing
import WiroRuntime
import WiroTools
@testable import WiroClient

/// Task events over the fake Wiro's socket, and the fall back to polling.
@Suite("Task events: the socket, and polling when it fails", .serialized)
struct EventTests {
    private static let request = PixVerse.TextToVideoV4_5.defaultRequest

    /// Every event of one task, and what the client logged.
    private func follow(_ wiro: FakeWiro, client: WiroClient? = nil) async throws -> (events: [WiroTaskEvent], logs: [String]) {
        let logs = LogCapture()
        var client = client ?? wiro.client(socket: true)
        client.logger = Logger(label: "test") { _ in logs }
        let run = try await client.run(Self.request)
        var events: [WiroTaskEvent] = []
        for try await event in client.events(for: run) { events.append(event) }
        return (events, logs.lines)
    }

    private static func statuses(_ events: [WiroTaskEvent]) -> [WiroTaskStatus] {
        events.compactMap { if case .status(let status) = $0 { return status } else { return nil } }
    }

    private static func final(_ events: [WiroTaskEvent]) throws -> WiroTask {
        guard case .completed(let task)? = events.last else { throw TestFailure("the last event is not .completed: \(events)") }
        return task
    }

    /// The events of the fake's `success` script, before `.completed`.
    private static let successEvents: [WiroTaskEvent] = [
        .status(.queue), .status(.accept), .status(.start), .status(.output), .text("Step 1/2"), .text("Step 2/2"),
        .status(.outputFull), .status(.end), .status(.postprocessStart), .status(.postprocessEnd),
    ]

    @Test("A task that succeeds: its token registered, every status once and in order, its lines, then the final task")
    func success() async throws {
        let wiro = try FakeWiro()
        let (events, logs) = try await follow(wiro)
        #expect(Array(events.dropLast()) == Self.successEvents)
        let task = try Self.final(events)
        #expect(task.isSuccess && task.status == .postprocessEnd)
        #expect(task.outputs.first?.url?.absoluteString == "https://cdn1.wiro.ai/6a6af820-c5050aee/0.png")
        let registration = try #require(wiro.registrations.first)
        #expect(try JSONSerialization.jsonObject(with: Data(registration.utf8)) as? [String: String] == ["type": "task_info", "tasktoken": "tok2221"])
        #expect(!logs.contains { $0.contains("polling") })
    }

    @Test("A task that fails: its error log, then a final task with a non-zero exit code")
    func failure() async throws {
        let script = FakeWiro.Script(steps: [
            .status("task_queue"), .status("task_start"), .log("CUDA out of memory"), .output(#""loading""#),
            .status("task_error_full"), .status("task_end"), .status("task_postprocess_end"),
        ], pexit: "1", debugOutput: "loading", outputs: "[]")
        let wiro = try FakeWiro(script: script)
        let (events, _) = try await follow(wiro)
        #expect(Array(events.dropLast()) == [
            .status(.queue), .status(.start), .log("CUDA out of memory"), .status(.output), .text("loading"),
            .status(.errorFull), .status(.end), .status(.postprocessEnd),
        ])
        let task = try Self.final(events)
        #expect(task.status == .postprocessEnd && task.exitCode == 1 && !task.isSuccess && task.outputs.isEmpty)
    }

    @Test("A cancelled task ends at task_cancel")
    func cancelled() async throws {
        let wiro = try FakeWiro(script: .init(steps: [.status("task_queue"), .status("task_cancel")]))
        let (events, _) = try await follow(wiro)
        #expect(Array(events.dropLast()) == [.status(.queue), .status(.cancel)])
        #expect(try Self.final(events).status == .cancel)
    }

    @Test("The socket drops mid-task: polling finishes the wait; every status once, the lines it missed from the final task")
    func dropped() async throws {
        let wiro = try FakeWiro(faults: .init(socketDropAfter: 4))
        let (events, logs) = try await follow(wiro)
        #expect(Array(events.dropLast()) == [
            .status(.queue), .status(.accept), .status(.start), .status(.output), .text("Step 1/2"),
            .status(.outputFull), .status(.end), .status(.postprocessStart), .status(.postprocessEnd), .text("Step 2/2"),
        ])
        #expect(try Self.final(events).isSuccess)
        #expect(logs.contains { $0.hasPrefix("warning wiro socket unusable; polling Task/Detail instead") && $0.contains("dropped") })
        #expect(wiro.requests.filter { $0.path == "/v1/Task/Detail" }.count >= 4, "the statuses after the drop came from polling")
    }

    @Test("The socket never connects (refused upgrade, closed port): the task is followed by polling", arguments: [true, false])
    func neverConnects(refusedUpgrade: Bool) async throws {
        let wiro = try FakeWiro(faults: .init(socketRefused: refusedUpgrade))
        let client = refusedUpgrade ? wiro.client(socket: true) : WiroClient(
            apiKey: FakeWiro.apiKey, apiSecret: FakeWiro.apiSecret, baseURL: wiro.baseURL, socketURL: URL(string: "ws://127.0.0.1:1/socket")!,
            socketTransport: FakeWiro.socketTransport,
            polling: WiroPolling(initial: .milliseconds(20), maximum: .milliseconds(80)))
        let (events, logs) = try await follow(wiro, client: client)
        #expect(Array(events.dropLast()) == [.status(.queue), .status(.start), .status(.postprocessEnd)])
        #expect(try Self.final(events).isSuccess)
        #expect(logs.contains { $0.hasPrefix("warning wiro socket unusable; polling Task/Detail instead") })
        #expect(wiro.registrations.isEmpty)
    }

    @Test("Ending the iteration closes the socket")
    func cancellationClosesSocket() async throws {
        let long = FakeWiro.Script(steps: [.status("task_queue"), .status("task_start")] + (1...300).map { .output(#""line \#($0)""#) })
        let wiro = try FakeWiro(script: long)
        let client = wiro.client(socket: true)
        let run = try await client.run(Self.request)
        var seen = 0
        for try await _ in client.events(for: run) {
            seen += 1
            if seen == 3 { break }
        }
        let end = ContinuousClock.now.advanced(by: .seconds(20))
        while !wiro.clientClosedSocket(ofTask: run.taskID), ContinuousClock.now < end { try await Task.sleep(for: .milliseconds(20)) }
        #expect(wiro.clientClosedSocket(ofTask: run.taskID))
    }

    @Test("runAndWait follows on the socket and hands every event to onEvent")
    func runAndWait() async throws {
        let wiro = try FakeWiro()
        let seen = Locked<[WiroTaskEvent]>([])
        let task = try await wiro.client(socket: true).runAndWait(Self.request) { event in seen.withLock { $0.append(event) } }
        #expect(task.isSuccess)
        #expect(seen.withLock { $0 } == Self.successEvents + [.completed(task)])
    }
}

/// A failed expectation on a value a test needs to go on.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

@Test("The fake's handshake answers RFC 6455's example key with the RFC's accept value")
func handshakeVector() {
    #expect(LoopbackWebSocket.acceptValue(for: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
}
