import Foundation

/// A task the fake started: what Wiro's socket says of it, step by step, and what Task/Detail
/// reports. Each poll of Task/Detail moves it one status on; the socket plays every step left
/// at once. A task that waits for a kill stops at its hold until it gets one.
struct FakeTask {
    /// One socket message.
    enum Step: Equatable {
        /// `{"type": status}`: the task moved on.
        case status(String)
        /// `{"type": "task_output", "message": …}`, the message as JSON text.
        case output(String)
        /// `{"type": "task_error", "message": line}`.
        case log(String)
    }

    let id: String
    let token: String
    private(set) var steps: [Step]
    /// Steps played so far.
    private(set) var played = 0
    /// Where the task waits for a cancel or a kill; `nil` when it runs to its end.
    private var hold: Int?
    var exitCode: Int
    var debugOutput: String
    var debugError: String
    /// The final `outputs`, as JSON.
    var outputs: String

    init(id: String, answer: WiroFakeAnswer) {
        self.id = id
        token = "fake-token-\(id)"
        exitCode = 0
        debugOutput = ""
        debugError = ""
        outputs = "[]"
        let start: [Step] = [.status("task_queue"), .status("task_accept"), .status("task_start")]
        let end: [Step] = [.status("task_output_full"), .status("task_end"), .status("task_postprocess_start"), .status("task_postprocess_end")]
        switch answer {
        case .succeed(let files, let lines):
            steps = start + lines.map { .output(Self.quoted($0)) } + end
            debugOutput = lines.joined()
            outputs = "[" + files.map(Self.output).joined(separator: ", ") + "]"
        case .fail(let code, let errors):
            steps = start + errors.map { .log($0) } + end
            exitCode = code
            debugError = errors.joined(separator: "\n")
        case .staysQueued:
            steps = [.status("task_queue")]
            hold = 1
        case .runsUntilKilled:
            steps = start
            hold = 3
        case .streamLLM(let snapshots, let thinking):
            steps = start + snapshots.map { .output(Self.llm(thinking: thinking, answer: $0)) } + end
            debugOutput = snapshots.last ?? ""
            let last = Self.llm(thinking: thinking, answer: snapshots.last ?? "")
            outputs = #"[{"name": "", "contenttype": "raw", "content": \#(last)}]"#
        case .refuse:
            steps = []
        }
    }

    /// The status the task is in: the last one played.
    var status: String {
        steps[..<played].reversed().lazy.compactMap { if case .status(let status) = $0 { status } else { nil } }.first ?? "task_queue"
    }

    var isOver: Bool { status == "task_postprocess_end" || status == "task_cancel" }

    /// Plays the next step that is a status (Task/Detail was asked), unless the task holds.
    mutating func poll() {
        while played < limit {
            played += 1
            if case .status = steps[played - 1] { return }
        }
    }

    /// Plays every step left, up to the hold (the socket listens); returns them.
    mutating func playAll() -> ArraySlice<Step> {
        let from = played
        played = limit
        return steps[from..<played]
    }

    /// A cancel or a kill: a task not over ends cancelled. Returns the steps it adds.
    mutating func stop() -> ArraySlice<Step> {
        guard !isOver else { return [] }
        steps = Array(steps[..<played]) + [.status("task_cancel")]
        hold = nil
        return playAll()
    }

    private var limit: Int { min(hold ?? steps.count, steps.count) }

    /// The socket frame of a step.
    func frame(_ step: Step) -> String {
        switch step {
        case .status(let status): #"{"type": "\#(status)", "tasktoken": "\#(token)"}"#
        case .output(let json): #"{"type": "task_output", "tasktoken": "\#(token)", "message": \#(json)}"#
        case .log(let line): #"{"type": "task_error", "tasktoken": "\#(token)", "message": \#(Self.quoted(line))}"#
        }
    }

    /// Task/Detail's answer, numbers in strings as Wiro sends them.
    var detail: String {
        let over = isOver
        return #"""
            {"total": "1", "errors": [], "result": true, "tasklist": [{"id": "\#(id)", "uuid": "fake-\#(id)",
             "socketaccesstoken": "\#(token)", "parameters": {}, "status": "\#(status)",
             "debugoutput": \#(Self.quoted(over ? debugOutput : "")), "debugerror": \#(Self.quoted(over ? debugError : "")),
             "pexit": "\#(over ? String(exitCode) : "")", "createtime": "1734513807", "starttime": "1734513809",
             "endtime": "\#(over ? "1734513813" : "0")", "elapsedseconds": "\#(over ? "4.0000" : "0")",
             "cps": "0.000585000000", "totalcost": "\#(over ? "0.002340000000" : "0")", "canceltime": "0",
             "outputs": \#(status == "task_postprocess_end" ? outputs : "[]")}]}
            """#
    }

    private static func output(_ file: WiroFakeOutput) -> String {
        #"{"id": "\#(UUID().uuidString)", "name": \#(quoted(file.name)), "contenttype": \#(quoted(file.contentType)), "size": "\#(file.size)", "url": \#(quoted(file.url.absoluteString))}"#
    }

    /// An LLM snapshot as Wiro's socket sends it: thinking and answer segments.
    private static func llm(thinking: String, answer: String) -> String {
        var segments: [String] = []
        if !thinking.isEmpty { segments.append(#"{"type": "thinking", "text": \#(quoted(thinking))}"#) }
        segments.append(#"{"type": "answer", "text": \#(quoted(answer))}"#)
        return #"{"type": "progressGenerate", "isThinking": false, "segments": [\#(segments.joined(separator: ", "))]}"#
    }

    /// `text` as a JSON string.
    static func quoted(_ text: String) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}
