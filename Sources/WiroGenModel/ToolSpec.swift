import WiroGenText

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
    /// Wiro's structured definition of the tool, when one was read (beside the document, or
    /// alone): what its server checks.
    public var definition: ToolDefinition?

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
        case runExample, taskStatuses, constraints, readings, source, definition
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
        try container.encodeIfPresent(definition, forKey: .definition)
    }

    /// The input with this wire name.
    public func input(named name: String) -> InputSpec? {
        inputs.first { $0.name == name }
    }
}
