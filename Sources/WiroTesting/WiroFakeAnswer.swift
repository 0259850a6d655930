import Foundation

/// How the fake Wiro answers one Run: what the task does once started, or a refusal.
public enum WiroFakeAnswer: Sendable, Hashable {
    /// The task runs and succeeds: it prints `lines` (each a `task_output` socket message;
    /// together, as written, its debug output) and ends with `outputs`.
    case succeed(outputs: [WiroFakeOutput] = [.image], lines: [String] = [])
    /// The task runs and fails: each of `errors` is a `task_error` line (its debug error), and it
    /// ends with a non-zero `exitCode`.
    case fail(exitCode: Int = 1, errors: [String] = ["the model failed"])
    /// The task stays queued until it is cancelled or killed.
    case staysQueued
    /// The task starts and runs until it is killed or cancelled.
    case runsUntilKilled
    /// An LLM's task: its answer arrives in `snapshots` (each the whole answer so far), after
    /// `thinking`, as Wiro's socket sends an LLM's progress; the final task holds the last.
    case streamLLM(snapshots: [String], thinking: String = "")
    /// Wiro refuses the Run: nothing starts.
    case refuse(WiroFakeRefusal)

    /// A task that succeeds with one image.
    public static let success = WiroFakeAnswer.succeed()
}

/// A refusal of Wiro's, in its own words and codes.
public enum WiroFakeRefusal: Sendable, Hashable {
    /// Code 96: the project runs as many tasks as its balance allows.
    case concurrentTaskLimit(limit: Int)
    /// Code 97.
    case insufficientBalance
    /// Code 98.
    case signInRequired
    /// Code 0 with Wiro's validation messages, such as `"Request parameter [steps] must be
    /// between 1 and 50"`.
    case invalidInput([String])
    /// Any code and message.
    case other(code: Int, message: String)

    /// Wiro's errors for it: code and message.
    var errors: [(code: Int, message: String)] {
        switch self {
        case .concurrentTaskLimit(let limit):
            [(96, "You have reached your concurrent task limit. With your current balance, you can run up to \(limit) tasks at the same time. Add funds to increase your limit.")]
        case .insufficientBalance: [(97, "Insufficient balance")]
        case .signInRequired: [(98, "You need to sign in to run this tool")]
        case .invalidInput(let messages): messages.map { (0, $0) }
        case .other(let code, let message): [(code, message)]
        }
    }
}

/// One output file of a task that succeeds.
public struct WiroFakeOutput: Sendable, Hashable {
    /// The file's name.
    public var name: String
    /// Its MIME type.
    public var contentType: String
    /// Its size in bytes.
    public var size: Int
    /// Where Wiro serves it.
    public var url: URL

    /// An output file.
    public init(name: String, contentType: String, size: Int = 1024, url: URL? = nil) {
        self.name = name
        self.contentType = contentType
        self.size = size
        self.url = url ?? URL(string: "https://cdn1.wiro.ai/fake/\(name)")!
    }

    /// A PNG image, `0.png`.
    public static let image = WiroFakeOutput(name: "0.png", contentType: "image/png", size: 202_472)
    /// An MP4 video, `0.mp4`.
    public static let video = WiroFakeOutput(name: "0.mp4", contentType: "video/mp4", size: 4_194_304)
}
