import WiroGenText
import WiroGenModel

/// `wiro-gen.json`: what a user decides that the documents cannot: the access level of the
/// bindings, which tools to generate, names, and rules the prose lacks or gets wrong. Every
/// key is optional; ``none`` (no file) is WiroGen's behaviour without one.
public struct Configuration: Sendable {
    /// The file's name, looked for in the package root (CLI, command plugin) and in the
    /// target's folder (build plugin).
    public static let fileName = "wiro-gen.json"

    /// No file: every tool, public, named and ruled by the documents alone.
    public static let none = Configuration()

    /// The file it was read from; `nil` for ``none``.
    public var path: String?
    /// The access level of every generated declaration.
    public var accessModifier: AccessModifier = .public
    /// The ids of the tools to generate, or `nil` for every tool found.
    package var tools: [Located<String>]?
    /// Name overrides, one entry per tool id.
    package var names: [ToolNameOverrides] = []
    /// Added and ignored rules, one entry per tool id.
    package var rules: [ToolRuleSettings] = []
    /// The diagnostics whose warnings and notes are not reported (`"diagnostics": {"silence": […]}`);
    /// an error is always reported.
    package var silenced: Set<DiagnosticID> = []

    /// The ids the file lists under `tools`, in its order; `nil` when every tool is generated.
    public var toolIDs: [String]? { tools?.map(\.value) }

    /// Whether the tool of this id is generated.
    package func includes(_ tool: ToolSpec) -> Bool {
        tools?.contains { tool.answers(to: $0.value) } ?? true
    }

    /// The name overrides of a tool, named by its id or its slug.
    package func names(of tool: ToolSpec) -> ToolNameOverrides? {
        names.first { tool.answers(to: $0.tool.value) }
    }

    /// The rule settings of a tool, named by its id or its slug.
    package func rules(of tool: ToolSpec) -> ToolRuleSettings? {
        rules.first { tool.answers(to: $0.tool.value) }
    }

    /// Every tool id the file names, where it names it: what must match a document.
    package var toolReferences: [Located<String>] {
        (tools ?? []) + names.map(\.tool) + rules.map(\.tool)
    }
}

extension Configuration {
    /// What the file says about this tool.
    package func settings(for tool: ToolSpec) -> ToolSettings {
        ToolSettings(configPath: path ?? Configuration.fileName, names: names(of: tool), rules: rules(of: tool), access: accessModifier)
    }
}

extension Configuration {
    /// The smallest useful configuration, what `wiro-gen init` writes: the default access
    /// level, spelled out so it can be changed, and the tools found (so that a document added
    /// later is generated only once it is listed). Without tools, no list: an empty one would
    /// generate nothing.
    public static func starter(toolIDs: [String]) -> String {
        var lines = ["{", "  \"accessModifier\": \"public\"\(toolIDs.isEmpty ? "" : ",")"]
        if !toolIDs.isEmpty {
            lines.append("  \"tools\": [")
            let sorted = toolIDs.sorted()
            lines += sorted.enumerated().map { "    \(jsonString($1))\($0 + 1 < sorted.count ? "," : "")" }
            lines.append("  ]")
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    package static func jsonString(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"", "\\": result += "\\" + String(scalar)
            case _ where scalar.value < 0x20: result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
