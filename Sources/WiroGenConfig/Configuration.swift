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

    /// The ids the file lists under `tools`, in its order; `nil` when every tool is generated.
    public var toolIDs: [String]? { tools?.map(\.value) }

    /// Whether the tool of this id is generated.
    package func includes(_ id: String) -> Bool {
        tools?.contains { $0.value.lowercased() == id.lowercased() } ?? true
    }

    /// The name overrides of a tool.
    package func names(of id: String) -> ToolNameOverrides? {
        names.first { $0.tool.value.lowercased() == id.lowercased() }
    }

    /// The rule settings of a tool.
    package func rules(of id: String) -> ToolRuleSettings? {
        rules.first { $0.tool.value.lowercased() == id.lowercased() }
    }

    /// Every tool id the file names, where it names it: what must match a document.
    package var toolReferences: [Located<String>] {
        (tools ?? []) + names.map(\.tool) + rules.map(\.tool)
    }
}

extension Configuration {
    /// What the file says about the tool of this id.
    package func settings(for id: String) -> ToolSettings {
        ToolSettings(configPath: path ?? Configuration.fileName, names: names(of: id), rules: rules(of: id), access: accessModifier)
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
