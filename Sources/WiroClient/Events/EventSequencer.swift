import Foundation

/// Turns what the socket and Task/Detail say into events, so that each status is reported once
/// and in lifecycle order whichever of them says it first, and the text events add up to the
/// task's text.
struct EventSequencer {
    private let emit: (WiroTaskEvent) -> Void
    private var reported: Set<WiroTaskStatus> = []
    private var lastRank = -1
    /// The text reported so far, and whether it is an LLM's answer or printed lines.
    private var text = ""
    private var textKind: TextKind?

    private enum TextKind { case llm, lines }

    init(emit: @escaping (WiroTaskEvent) -> Void) {
        self.emit = emit
    }

    /// The last status reported.
    private(set) var status: WiroTaskStatus?

    /// Reports `status` unless it was reported already or comes before one that was.
    mutating func report(_ status: WiroTaskStatus) {
        guard !reported.contains(status) else { return }
        if let rank = status.lifecycleRank {
            guard rank >= lastRank else { return }
            lastRank = rank
        }
        reported.insert(status)
        self.status = status
        emit(.status(status))
    }

    /// Reports one socket message.
    mutating func report(_ message: SocketMessage) {
        switch message.type {
        case "task_output":
            report(.output)
            output(message)
        case "task_error":
            if let line = message.body as? String { emit(.log(line)) } else { emit(.message(type: message.type, json: message.bodyJSON)) }
        default:
            let status = WiroTaskStatus(rawValue: message.type)
            if case .unknown = status {
                emit(.message(type: message.type, json: message.bodyJSON))
            } else {
                report(status)
            }
        }
    }

    private mutating func output(_ message: SocketMessage) {
        if let line = message.body as? String {
            textKind = .lines
            append(line)
        } else if let llm = message.llmOutput {
            textKind = .llm
            emit(.llm(llm))
            advance(to: llm.answer)
        } else {
            emit(.message(type: message.type, json: message.bodyJSON))
        }
    }

    /// Reports the final task: the text the socket did not deliver (it dropped, or never
    /// connected), then ``WiroTaskEvent/completed(_:)``.
    mutating func finish(_ task: WiroTask) {
        report(task.status)
        if let final = finalText(of: task) { advance(to: final) }
        emit(.completed(task))
    }

    /// An LLM's answer from its raw output; printed lines from `debugoutput`, when the socket
    /// showed the task prints its text.
    private func finalText(of task: WiroTask) -> String? {
        if let llm = task.outputs.lazy.compactMap(\.llm).first { return llm.answer }
        return textKind == .lines ? task.debugOutput : nil
    }

    /// Reports what `snapshot` adds to the text so far, compared byte by byte (a chunk may end
    /// inside a grapheme: `e` then a combining accent). A snapshot that does not extend the
    /// text (the model's output was rewritten) adds nothing: text reported cannot be taken back.
    private mutating func advance(to snapshot: String) {
        guard snapshot.utf8.count > text.utf8.count, snapshot.utf8.starts(with: text.utf8) else { return }
        append(String(decoding: snapshot.utf8.dropFirst(text.utf8.count), as: UTF8.self))
    }

    private mutating func append(_ piece: String) {
        guard !piece.isEmpty else { return }
        text += piece
        emit(.text(piece))
    }
}

extension WiroTaskStatus {
    /// The place of the status in Wiro's lifecycle ("Task Statuses": queue → accept →
    /// preprocess → assign → start → output → end → postprocess); `nil` for statuses that
    /// can come at any point (`task_error`) or that the client does not know.
    var lifecycleRank: Int? {
        switch self {
        case .queue: 0
        case .accept: 1
        case .preprocessStart: 2
        case .preprocessEnd: 3
        case .assign: 4
        case .start: 5
        case .output: 6
        case .outputFull, .errorFull: 7
        case .end: 8
        case .postprocessStart: 9
        case .postprocessEnd, .cancel: 10
        case .error, .unknown: nil
        }
    }
}
