import Foundation

/// What ``WiroClient/run(_:options:)`` returns: the task Wiro started, and the token that follows it.
public struct WiroRun: Sendable, Hashable, CustomStringConvertible {
    /// The task id (`taskid`).
    public let taskID: String
    /// The socket access token (`socketaccesstoken`), which the socket follows; Task/Detail and
    /// Task/Kill accept it too.
    public let socketAccessToken: String

    /// Creates a run handle.
    public init(taskID: String, socketAccessToken: String) {
        self.taskID = taskID
        self.socketAccessToken = socketAccessToken
    }

    /// `task <id>`.
    public var description: String { "task \(taskID)" }
}

/// A task's status, as Wiro's "Task Status Information" lists them; statuses Wiro adds later
/// arrive as ``unknown(_:)``.
public enum WiroTaskStatus: Sendable, Hashable, CustomStringConvertible {
    case queue, accept, assign, preprocessStart, preprocessEnd, start, output, outputFull, end
    case postprocessStart, postprocessEnd, error, errorFull, cancel
    case unknown(String)

    private static let names: [(WiroTaskStatus, String)] = [
        (.queue, "task_queue"), (.accept, "task_accept"), (.assign, "task_assign"),
        (.preprocessStart, "task_preprocess_start"), (.preprocessEnd, "task_preprocess_end"), (.start, "task_start"),
        (.output, "task_output"), (.outputFull, "task_output_full"), (.end, "task_end"),
        (.postprocessStart, "task_postprocess_start"), (.postprocessEnd, "task_postprocess_end"),
        (.error, "task_error"), (.errorFull, "task_error_full"), (.cancel, "task_cancel"),
    ]

    /// The status for Wiro's string.
    public init(rawValue: String) {
        self = Self.names.first { $0.1 == rawValue }?.0 ?? .unknown(rawValue)
    }

    /// Wiro's string (`task_postprocess_end`).
    public var rawValue: String {
        if case .unknown(let raw) = self { return raw }
        return Self.names.first { $0.0 == self }!.1
    }

    /// Polling can stop: `task_postprocess_end` or `task_cancel` ("Completed Task Statuses").
    public var isTerminal: Bool { self == .postprocessEnd || self == .cancel }

    /// The task completed and post-processing is done.
    public var isSuccess: Bool { self == .postprocessEnd }

    /// Wiro's string.
    public var description: String { rawValue }
}

/// A task as Task/Detail describes it. Numbers Wiro sends as strings (`"elapsedseconds":
/// "6.0000"`) are read as numbers.
public struct WiroTask: Sendable, Hashable {
    /// The task id (`id`).
    public var id: String
    /// The task's UUID.
    public var uuid: String?
    /// The socket access token that follows the task.
    public var socketAccessToken: String?
    /// Where the task is in its lifecycle.
    public var status: WiroTaskStatus
    /// The model's exit code (`pexit`) once it has ended: 0 is success, per Wiro's docs the
    /// most reliable sign of it; `nil` while it runs.
    public var exitCode: Int?
    /// What the model printed (`debugoutput`); for an LLM, its answer as plain text.
    public var debugOutput: String?
    /// What the model wrote to its error log (`debugerror`).
    public var debugError: String?
    /// The output files (or an LLM's raw output), once post-processing is done.
    public var outputs: [WiroOutput]
    /// When the task was created.
    public var createdAt: Date?
    /// When the model started.
    public var startedAt: Date?
    /// When the task ended.
    public var endedAt: Date?
    /// How long the model ran (`elapsedseconds`).
    public var elapsed: Duration?
    /// Cost per second, in US dollars (`cps`).
    public var costPerSecond: Double?
    /// What the task cost in all, in US dollars (`totalcost`).
    public var totalCost: Double?

    /// The task finished well: status `task_postprocess_end` and, when Wiro says, exit code 0.
    public var isSuccess: Bool { status.isSuccess && (exitCode ?? 0) == 0 }
}

/// One output file of a task.
public struct WiroOutput: Sendable, Hashable {
    /// The file's id.
    public var id: String?
    /// The file name (`0.png`).
    public var name: String
    /// The MIME type (`image/png`), or `raw` for an LLM's structured output.
    public var contentType: String?
    /// Where to download the file.
    public var url: URL?
    /// The size in bytes.
    public var size: Int?
    /// When the file was added.
    public var addedAt: Date?
    /// An LLM's structured output, for a `raw` output whose `content` holds its segments.
    public var llm: WiroLLMOutput?
}

extension WiroTask: Decodable {
    private enum Keys: String, CodingKey {
        case id, uuid, socketaccesstoken, status, pexit, debugoutput, debugerror, outputs
        case createtime, starttime, endtime, elapsedseconds, cps, totalcost
    }

    /// Reads a `tasklist` entry.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        guard let id = try c.lenientString(.id) else {
            throw DecodingError.keyNotFound(Keys.id, .init(codingPath: c.codingPath, debugDescription: "a task has no id"))
        }
        self.id = id
        uuid = try c.lenientString(.uuid)
        socketAccessToken = try c.lenientString(.socketaccesstoken)
        status = WiroTaskStatus(rawValue: try c.lenientString(.status) ?? "")
        exitCode = try c.lenientString(.pexit).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        debugOutput = try c.lenientString(.debugoutput)
        debugError = try c.lenientString(.debugerror)
        outputs = try c.decodeIfPresent([WiroOutput].self, forKey: .outputs) ?? []
        createdAt = try c.lenientDate(.createtime)
        startedAt = try c.lenientDate(.starttime)
        endedAt = try c.lenientDate(.endtime)
        elapsed = try c.lenientDouble(.elapsedseconds).map { .milliseconds(Int64(($0 * 1000).rounded())) }
        costPerSecond = try c.lenientDouble(.cps)
        totalCost = try c.lenientDouble(.totalcost)
    }
}

extension WiroOutput: Decodable {
    private enum Keys: String, CodingKey { case id, name, contenttype, url, size, addedtime, content }

    /// Reads an `outputs` entry.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        id = try c.lenientString(.id)
        name = try c.lenientString(.name) ?? ""
        contentType = try c.lenientString(.contenttype)
        url = try c.lenientString(.url).flatMap(URL.init(string:))
        size = try c.lenientDouble(.size).map { Int($0) }
        addedAt = try c.lenientDate(.addedtime)
        llm = try? c.decodeIfPresent(WiroLLMOutput.self, forKey: .content)
    }
}

extension KeyedDecodingContainer {
    /// A string, a number or a bool as text; `nil` for null or absent.
    func lenientString(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let string = try? decode(String.self, forKey: key) { return string }
        if let integer = try? decode(Int64.self, forKey: key) { return String(integer) }
        if let double = try? decode(Double.self, forKey: key) { return String(double) }
        if let flag = try? decode(Bool.self, forKey: key) { return String(flag) }
        throw DecodingError.typeMismatch(String.self, .init(codingPath: codingPath + [key], debugDescription: "expected a string or a number"))
    }

    /// A number sent as a number or as a string; `nil` for null, absent or empty.
    func lenientDouble(_ key: Key) throws -> Double? {
        guard let text = try lenientString(key), !text.isEmpty else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [key], debugDescription: "'\(text)' is not a number"))
        }
        return value
    }

    /// A Unix time in seconds; `0` and empty mean none.
    func lenientDate(_ key: Key) throws -> Date? {
        guard let seconds = try lenientDouble(key), seconds > 0 else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }
}
