/// Everything WiroGen knows about one tool: the typed form of its document.
public struct ToolSpec: Hashable, Encodable, Sendable {
    /// `Owner/tool`, as the document writes it.
    public var id: String
    /// The Run endpoint, exactly as the document writes it.
    public var endpoint: String
    /// The tool part of the id (`text-to-video-v4.5`).
    public var title: String
    /// The one-paragraph description, when the document has one.
    public var description: String?
    /// The cover image or video URL, when the document has one.
    public var cover: String?
    /// The categories, in document order.
    public var categories: [String]
    /// The tags, in document order.
    public var tags: [String]
    /// The inputs, in document order.
    public var inputs: [InputSpec]
    /// The sample inputs ("Parameter Inspires"), in document order.
    public var examples: [ToolExample]
    /// The JSON body of the document's Run example, `callbackUrl` included, or `nil`.
    public var runExample: JSONValue?
    /// The task statuses the document lists.
    public var taskStatuses: [TaskStatusSpec]
    /// What the rule reader made of each rule-like sentence, in input and sentence order.
    public var readings: [SentenceReading] = []
    /// The rules read from the inputs' help, in input order.
    public var constraints: [Constraint] {
        var found: [Constraint] = []
        for constraint in readings.flatMap(\.constraints) where !found.contains(constraint) { found.append(constraint) }
        return found
    }
    /// The path of the document the spec was read from, as it was given.
    public var source: String

    /// Creates a tool spec.
    public init(
        id: String, endpoint: String, title: String, description: String?, cover: String?,
        categories: [String], tags: [String], inputs: [InputSpec], examples: [ToolExample],
        runExample: JSONValue?, taskStatuses: [TaskStatusSpec], source: String
    ) {
        self.id = id
        self.endpoint = endpoint
        self.title = title
        self.description = description
        self.cover = cover
        self.categories = categories
        self.tags = tags
        self.inputs = inputs
        self.examples = examples
        self.runExample = runExample
        self.taskStatuses = taskStatuses
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, endpoint, title, description, cover, categories, tags, inputs, examples
        case runExample, taskStatuses, constraints, readings, source
    }

    /// Encodes every key, absent values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(endpoint, forKey: .endpoint)
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        try container.encode(cover, forKey: .cover)
        try container.encode(categories, forKey: .categories)
        try container.encode(tags, forKey: .tags)
        try container.encode(inputs, forKey: .inputs)
        try container.encode(examples, forKey: .examples)
        try container.encode(runExample, forKey: .runExample)
        try container.encode(taskStatuses, forKey: .taskStatuses)
        try container.encode(constraints, forKey: .constraints)
        try container.encode(readings, forKey: .readings)
        try container.encode(source, forKey: .source)
    }

    /// The input with this wire name.
    public func input(named name: String) -> InputSpec? {
        inputs.first { $0.name == name }
    }
}

/// One sample input set from the document's "Parameter Inspires" section.
public struct ToolExample: Hashable, Sendable {
    /// The sample's values, in document order.
    public var values: [ExampleValue]
    /// Where the sample's first entry stands.
    public var location: SourceLocation

    /// Creates a sample.
    public init(values: [ExampleValue], location: SourceLocation) {
        self.values = values
        self.location = location
    }
}

extension ToolExample: Codable {
    /// A sample is a JSON object, input name to value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        for value in values {
            try container.encode(value.value, forKey: DynamicKey(value.name))
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicKey.self)
        values = try container.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
            ExampleValue(name: $0.stringValue, value: try container.decode(String.self, forKey: $0), location: .start)
        }
        location = .start
    }
}

/// One `name: value` entry of a sample.
public struct ExampleValue: Hashable, Codable, Sendable {
    /// The input name the entry gives a value for.
    public var name: String
    /// The value as written.
    public var value: String
    /// Where the entry stands.
    public var location: SourceLocation

    /// Creates an entry.
    public init(name: String, value: String, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}

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

/// A coding key made from any string.
struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
