import WiroGenText

/// A task status named in the document's "Task Status Information".
public struct TaskStatusSpec: Hashable, Codable, Sendable {
    /// The status string (`task_postprocess_end`).
    public var name: String
    /// What the document says it means.
    public var meaning: String
    /// True for the "Completed Task Statuses (Polling can stop)" group.
    public var isTerminal: Bool

    /// Creates a status.
    public init(name: String, meaning: String, isTerminal: Bool) {
        self.name = name
        self.meaning = meaning
        self.isTerminal = isTerminal
    }
}
