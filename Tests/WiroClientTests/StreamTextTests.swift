import Foundation
import TestSupport
import Testing
import WiroRuntime
import WiroTools
@testable import WiroClient

/// LLM output streamed over the fake Wiro's socket: snapshots in, new text out.
@Suite("events(for:).text: an LLM's answer as it arrives", .serialized)
struct StreamTextTests {
    /// The answer, ending in a combining accent sent apart from its letter and an emoji.
    static let answer = "Hello, world! e\u{301} 🦊"

    /// Wiro's `segments` snapshots: each holds the whole output so far.
    static func segments(thinking: String, answer: String?) -> String {
        var items = [#"{"type": "thinking", "text": \#(FakeWiro.quoted(thinking))}"#]
        if let answer { items.append(#"{"type": "answer", "text": \#(FakeWiro.quoted(answer))}"#) }
        return #"{"type": "progressGenerate", "isThinking": \#(answer == nil), "segments": [\#(items.joined(separator: ", "))]}"#
    }

    static let segmentSnapshots = [
        segments(thinking: "Let me", answer: nil),
        segments(thinking: "Let me greet.", answer: "Hel"),
        segments(thinking: "Let me greet.", answer: "Hello, wor"),
        segments(thinking: "Let me greet.", answer: "Hello, world! e"),
        segments(thinking: "Let me greet.", answer: answer),
    ]

    /// The older form: growing `thinking` and `answer` arrays.
    static let arraySnapshots = [
        #"{"raw": "", "thinking": ["Hmm"], "answer": [], "isThinking": true}"#,
        #"{"raw": "Hel", "thinking": ["Hmm"], "answer": ["Hel"], "isThinking": false}"#,
        #"{"raw": "Hello, wor", "thinking": ["Hmm"], "answer": ["Hello, wor"], "isThinking": false}"#,
        #"{"raw": "Hello, world! e", "thinking": ["Hmm"], "answer": ["Hello, world! e"], "isThinking": false}"#,
        #"{"raw": "", "thinking": ["Hmm"], "answer": [\#(FakeWiro.quoted(answer))], "isThinking": false}"#,
    ]

    static func script(_ snapshots: [String]) -> FakeWiro.Script {
        let final = #"[{"name": "", "contenttype": "raw", "content": \#(segments(thinking: "Let me greet.", answer: answer))}]"#
        return FakeWiro.Script(
            steps: [.status("task_queue"), .status("task_start")] + snapshots.map { .output($0) } + [.status("task_end"), .status("task_postprocess_end")],
            debugOutput: answer, outputs: final)
    }

    private func stream(_ wiro: FakeWiro) async throws -> [String] {
        let client = wiro.client(socket: true)
        let run = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest)
        var chunks: [String] = []
        for try await chunk in client.events(for: run).text { chunks.append(chunk) }
        return chunks
    }

    @Test("Each snapshot yields what it adds; together they are the answer, byte for byte", arguments: [segmentSnapshots, arraySnapshots])
    func chunks(snapshots: [String]) async throws {
        let chunks = try await stream(try FakeWiro(script: Self.script(snapshots)))
        #expect(chunks == ["Hel", "lo, wor", "ld! e", "\u{301} 🦊"])
        #expect(Array(chunks.joined().utf8) == Array(Self.answer.utf8))
    }

    @Test("The socket drops mid-answer: the rest comes from the final task, nothing repeated")
    func dropped() async throws {
        let wiro = try FakeWiro(faults: .init(socketDropAfter: 5), script: Self.script(Self.segmentSnapshots))
        let chunks = try await stream(wiro)
        #expect(chunks == ["Hel", "lo, wor", "ld! e\u{301} 🦊"])
        #expect(Array(chunks.joined().utf8) == Array(Self.answer.utf8))
    }

    @Test("The events carry each snapshot, and the final task its structured answer")
    func events() async throws {
        let wiro = try FakeWiro(script: Self.script(Self.segmentSnapshots))
        let client = wiro.client(socket: true)
        let run = try await client.run(PixVerse.TextToVideoV4_5.defaultRequest)
        var snapshots: [WiroLLMOutput] = []
        var final: WiroTask?
        for try await event in client.events(for: run) {
            if case .llm(let output) = event { snapshots.append(output) }
            if case .completed(let task) = event { final = task }
        }
        #expect(snapshots.map(\.answer) == ["", "Hel", "Hello, wor", "Hello, world! e", Self.answer])
        #expect(snapshots.first?.isThinking == true && snapshots.first?.thinking == "Let me")
        #expect(final?.outputs.first?.llm?.answer == Self.answer)
    }

    @Test("Snapshot readers: segments in order, tool calls kept, a plain progress object is not an LLM's")
    func reading() throws {
        let json = #"{"segments": [{"type": "answer", "text": "A"}, {"type": "thinking", "text": "t"}, {"type": "answer", "text": "B"},"#
            + #" {"type": "function_call", "arguments": "{\"x\":1}"}], "finishreason": "tool_calls"}"#
        let output = try JSONDecoder().decode(WiroLLMOutput.self, from: Data(json.utf8))
        #expect(output.answer == "AB" && output.thinking == "t" && output.finishReason == "tool_calls")
        #expect(output.segments.last == .init(type: "function_call", text: #"{"x":1}"#))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WiroLLMOutput.self, from: Data(#"{"type": "progress", "percent": 5}"#.utf8)) }
        let message = try #require(SocketMessage(text: #"{"type": "task_output", "message": {"type": "progress", "percent": 5}}"#))
        var events: [WiroTaskEvent] = []
        var sequencer = EventSequencer { events.append($0) }
        sequencer.report(message)
        sequencer.report(.queue)
        #expect(events == [.status(.output), .message(type: "task_output", json: #"{"percent":5,"type":"progress"}"#)],
                "a status earlier than one reported is not reported")
    }
}
