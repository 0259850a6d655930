@_spi(Generated) import WiroRuntime

/// A request type written as WiroGen writes one, for a tool with every kind of file input:
/// a `fileinput` whose document lists its `{id}Url` input, a `multifileinput`, a required
/// prompt and a bounded number, as Wiro's structured definition states them.
struct PhotoEdit: WiroRequest {
    var inputImage: WiroFile
    var inputImageUrl: String?
    var references: [WiroFile]
    var prompt: String
    var steps: Int

    init(inputImage: WiroFile = .remote(""), inputImageUrl: String? = nil, references: [WiroFile] = [], prompt: String, steps: Int = 20) {
        self.inputImage = inputImage
        self.inputImageUrl = inputImageUrl
        self.references = references
        self.prompt = prompt
        self.steps = steps
    }

    static let schema: WiroSchema<Self> = WiroSchema(
        tool: WiroTool(id: "test/Photo Edit", endpoint: "https://api.wiro.ai/v1/Run/test/photo-edit", title: "photo-edit"),
        defaultRequest: Self(prompt: "a red fox"),
        fields: [
            .value("inputImage", \.inputImage, .string, upload: .single(urlField: "inputImageUrl")),
            .optional("inputImageUrl", \.inputImageUrl, .string),
            .list("references", \.references, .string, upload: .multiple),
            .value("prompt", \.prompt, .string),
            .value("steps", \.steps, .number),
        ],
        rules: [
            WiroRule(["prompt"], "Wiro's definition: required (prompt): prompt is required", brokenWhen: [.empty(\.prompt)]),
            WiroRule(["steps"], "Wiro's definition: minimum 1, maximum 50 (steps): steps must be at least 1 and at most 50", brokenWhen: [.outside(\.steps, minimum: 1, maximum: 50)]),
        ]
    )
}
