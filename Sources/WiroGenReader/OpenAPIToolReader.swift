import WiroGenModel
import WiroGenText

/// Reads Wiro's structured definition of a tool, the OpenAPI document that Tool/DetailOpenAPI
/// returns (`<tool>.openapi.json`), into the same IR a markdown document gives, the definition
/// attached: the tool id and endpoint from its `/Run/<owner>/<tool>` path, the inputs from its
/// `RunToolSchema` in order, what the server checks (`required`, `minimum`, `maximum`,
/// `multipleOf`) per input. `callbackUrl` is a run option, not an input. Every problem is
/// reported at its line and column in the file.
package enum OpenAPIToolReader {
    /// Wiro's Run base, for a definition that names no server.
    static let defaultServer = "https://api.wiro.ai/v1"

    /// The spec of the definition in `file`, or `nil` when it describes no tool.
    package static func read(_ file: InputFile, diagnostics: inout DiagnosticCollector) -> ToolSpec? {
        let source = SourceText(path: file.path, bytes: file.contents)
        if let unreadable = source.unreadableReasons() {
            diagnostics.append(unreadable)
            return nil
        }
        var parser = JSONParser(source: source, offset: 0)
        let root: JSONNode
        do {
            root = try parser.parseDocument()
        } catch {
            diagnostics.report(.error, .invalidDefinition, "the definition is not valid JSON: \(error.message)",
                               file: file.path, at: source.location(ofOffset: error.offset))
            return nil
        }
        var reading = DefinitionReading(root: root, path: file.path, diagnostics: diagnostics)
        defer { diagnostics = reading.diagnostics }
        return reading.spec()
    }
}

/// One definition being read: the tool, then each input.
private struct DefinitionReading {
    let root: JSONNode
    let path: String
    var diagnostics: DiagnosticCollector

    mutating func spec() -> ToolSpec? {
        guard let (runPath, operation) = runOperation() else { return nil }
        let id = String(runPath.key.dropFirst("/Run/".count))
        if id.split(separator: "/", omittingEmptySubsequences: false).count != 2 {
            report(.warning, .malformedID, "the Run path '\(runPath.key)' does not name a tool as /Run/<owner>/<tool>", at: runPath.keyLocation)
        }
        guard let schema = runSchema(operation, at: runPath.keyLocation) else { return nil }
        let required = Set(schema["required"]?.elements?.compactMap(\.string) ?? [])
        var inputs: [DefinedInput] = []
        for property in schema["properties"]?.members ?? [] where property.key != "callbackUrl" {
            if let input = definedInput(property, required: required.contains(property.key)) { inputs.append(input) }
        }
        let server = root["servers"]?.elements?.first?["url"]?.string ?? OpenAPIToolReader.defaultServer
        var spec = ToolSpec(
            id: id, endpoint: server + runPath.key, title: String(id.split(separator: "/").last ?? Substring(id)),
            description: summary(operation), cover: nil, categories: [], tags: [], inputs: inputs.map(\.declared), examples: [],
            runExample: .object(inputs.compactMap(Self.exampleMember)), taskStatuses: statuses(), source: path)
        spec.definition = ToolDefinition(source: path, inputs: inputs)
        return spec
    }

    /// The `/Run/<owner>/<tool>` path and its POST operation.
    private mutating func runOperation() -> (JSONNode.Member, JSONNode)? {
        guard let paths = root["paths"]?.members else {
            report(.error, .invalidDefinition, "this is not a Wiro tool definition: it has no \"paths\"", at: root.location)
            return nil
        }
        let runs = paths.filter { $0.key.hasPrefix("/Run/") }
        guard let run = runs.first else {
            report(.error, .invalidDefinition, "the definition has no Run path (\"/Run/<owner>/<tool>\") among its \"paths\"",
                   at: root["paths"]?.location ?? .start)
            return nil
        }
        for extra in runs.dropFirst() {
            report(.warning, .invalidDefinition, "a second Run path, '\(extra.key)', is ignored: a definition describes one tool", at: extra.keyLocation)
        }
        return (run, run.value["post"] ?? run.value)
    }

    /// The Run request's schema: the one its JSON body refers to, else `RunToolSchema`.
    private mutating func runSchema(_ operation: JSONNode, at location: SourceLocation) -> JSONNode? {
        let schemas = root["components"]?["schemas"]
        let reference = operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.string
        let name = reference.map { String($0.split(separator: "/").last ?? "") } ?? "RunToolSchema"
        guard let schema = schemas?[name], schema["properties"]?.members != nil else {
            report(.error, .invalidDefinition, "the definition has no '\(name)' schema with \"properties\" for the Run request", at: location)
            return nil
        }
        return schema
    }

    /// The operation's description without its "Processing Time" line.
    private func summary(_ operation: JSONNode) -> String? {
        guard let text = operation["description"]?.string ?? operation["summary"]?.string else { return nil }
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("**Processing Time:**") }
        let description = kept.joined(separator: " ").collapsingWhitespace()
        return description.isEmpty ? nil : description
    }

    /// `x-task-status-info`'s completed and running statuses.
    private func statuses() -> [TaskStatusSpec] {
        let info = root["x-task-status-info"]
        return [("completed_statuses", true), ("running_statuses", false)].flatMap { key, terminal in
            (info?[key]?["values"]?.elements ?? []).compactMap { value -> TaskStatusSpec? in
                guard let status = value["status"]?.string else { return nil }
                return TaskStatusSpec(name: status, meaning: value["description"]?.string ?? "", isTerminal: terminal)
            }
        }
    }

    private mutating func definedInput(_ property: JSONNode.Member, required: Bool) -> DefinedInput? {
        let node = property.value
        guard node.members != nil else {
            report(.error, .invalidDefinition, "input '\(property.key)' is \(node.kindName), not an object describing it", at: node.location)
            return nil
        }
        guard let type = inputType(property) else { return nil }
        let kind = InputKind(typeString: type)
        if case .unknown = kind {
            report(.warning, .unknownType, "input '\(property.key)' has unknown type '\(type)'; it is read as text", at: property.keyLocation)
        }
        let options = Self.options(node)
        let declared = InputSpec(
            name: property.key, label: node["x-label"]?.string ?? node["title"]?.string ?? property.key,
            help: (node["x-help"]?.string ?? node["description"]?.string ?? "").collapsingWhitespace(), type: type, kind: kind,
            default: node["default"].flatMap(Self.text).flatMap { $0.isEmpty ? nil : $0 }, options: options, location: property.keyLocation)
        if kind.takesOptions, options.isEmpty {
            // Wiro's definitions leave some selects empty (a user's own models, filled in by its site).
            report(.note, .selectWithoutOptions, "\(kind) input '\(property.key)' lists no options (\"enum\" or \"x-options\"); it is read as text",
                   at: property.keyLocation)
        }
        return DefinedInput(
            name: property.key, isRequired: required, minimum: node["minimum"]?.number, maximum: node["maximum"]?.number,
            multipleOf: node["multipleOf"]?.number, minimumLength: node["minLength"]?.number, maximumLength: node["maxLength"]?.number,
            declared: declared, location: property.keyLocation)
    }

    /// The input's type as a document would write it: `x-input-type`, else one its JSON type
    /// and format say (a `uri` string is a file, an `enum` a select). A JSON type a request
    /// cannot send is an error.
    private mutating func inputType(_ property: JSONNode.Member) -> String? {
        let node = property.value
        if let type = node["x-input-type"]?.string { return type }
        let hasOptions = node["enum"] != nil || node["x-options"] != nil
        switch node["type"]?.string {
        case "string"?, nil:
            if node["format"]?.string == "uri" { return "fileinput" }
            return hasOptions ? "select" : "text"
        case "number"?, "integer"?: return "number"
        case "boolean"?: return "checkbox"
        case "array"?:
            let items = node["items"]
            if items?["enum"] != nil || items?["x-options"] != nil { return "multiselect" }
            if items?["format"]?.string == "uri" { return "multifileinput" }
            report(.error, .invalidDefinition, "input '\(property.key)' is a list of values a request cannot send (only options or files)",
                   at: property.keyLocation)
            return nil
        case let type?:
            report(.error, .invalidDefinition, "input '\(property.key)' has JSON type '\(type)', which a request cannot send",
                   at: node["type"]?.location ?? property.keyLocation)
            return nil
        }
    }

    /// `x-options` (values and labels), else `enum` (values as their own labels).
    private static func options(_ node: JSONNode) -> [OptionSpec] {
        if let options = node["x-options"]?.elements ?? node["items"]?["x-options"]?.elements {
            return options.compactMap { option in
                guard let value = option["value"].flatMap(text) else { return nil }
                return OptionSpec(value: value, label: option["label"].flatMap(text) ?? value, location: option.location)
            }
        }
        let values = node["enum"]?.elements ?? node["items"]?["enum"]?.elements ?? []
        return values.compactMap { value in text(value).map { OptionSpec(value: $0, label: $0, location: value.location) } }
    }

    /// A JSON value as a document writes it: a string's text, a number as written, `true`.
    private static func text(_ node: JSONNode) -> String? {
        switch node.kind {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null, .array, .object: nil
        }
    }

    /// The input's member of the Run example the definition implies: its default, in the JSON
    /// kind the definition gives it (so the binding sends what Wiro's schema types), or an empty
    /// text for a text without one.
    private static func exampleMember(_ input: DefinedInput) -> JSONMember? {
        let declared = input.declared
        let value: JSONValue
        switch (declared.kind, declared.default) {
        case (.number, let text?), (.float, let text?), (.range, let text?): value = .number(text)
        case (.checkbox, let text?): value = .bool(text == "true")
        case (_, let text?): value = .string(text)
        case (.number, nil), (.float, nil), (.range, nil), (.checkbox, nil): return nil
        case (_, nil): value = .string("")
        }
        return JSONMember(key: input.name, value: value, location: input.location)
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ id: DiagnosticID, _ message: String, at location: SourceLocation) {
        diagnostics.report(severity, id, message, file: path, at: location)
    }
}
