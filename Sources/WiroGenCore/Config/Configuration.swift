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
    var tools: [Located<String>]?
    /// Name overrides, one entry per tool id.
    var names: [ToolNameOverrides] = []
    /// Added and ignored rules, one entry per tool id.
    var rules: [ToolRuleSettings] = []

    /// The ids the file lists under `tools`, in its order; `nil` when every tool is generated.
    public var toolIDs: [String]? { tools?.map(\.value) }

    /// Whether the tool of this id is generated.
    func includes(_ id: String) -> Bool {
        tools?.contains { $0.value.lowercased() == id.lowercased() } ?? true
    }

    /// The name overrides of a tool.
    func names(of id: String) -> ToolNameOverrides? {
        names.first { $0.tool.value.lowercased() == id.lowercased() }
    }

    /// The rule settings of a tool.
    func rules(of id: String) -> ToolRuleSettings? {
        rules.first { $0.tool.value.lowercased() == id.lowercased() }
    }

    /// Every tool id the file names, where it names it: what must match a document.
    var toolReferences: [Located<String>] {
        (tools ?? []) + names.map(\.tool) + rules.map(\.tool)
    }
}

/// The access level of the generated declarations.
public enum AccessModifier: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Visible to every module that imports the bindings (the default).
    case `public`
    /// Visible to the modules of the same package only.
    case `package`
    /// Visible inside the module that holds the bindings only.
    case `internal`

    /// The keyword: `public`, `package`, `internal`.
    public var description: String { rawValue }
}

/// A value of the configuration and where the file states it.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var location: SourceLocation
}

/// A tool's names as the user wants them, over the ones WiroGen would choose.
struct ToolNameOverrides: Sendable {
    /// The tool's id, where the file names it.
    var tool: Located<String>
    /// The request type's name (inside its owner's namespace).
    var type: Located<String>?
    /// Property names by input.
    var properties: [PropertyOverride] = []
    /// Case names by input and option value.
    var cases: [CaseOverride] = []

    /// An input's property name.
    struct PropertyOverride: Sendable {
        var input: Located<String>
        var name: Located<String>
    }

    /// An option's case name.
    struct CaseOverride: Sendable {
        var input: Located<String>
        var value: Located<String>
        var name: Located<String>
    }
}

/// The rules a tool gets from the file: added ones, and sentences of its help to ignore.
struct ToolRuleSettings: Sendable {
    var tool: Located<String>
    var added: [ConfiguredRule] = []
    /// Sentences, verbatim (whitespace runs collapsed), that are not read as rules.
    var ignored: [Located<String>] = []
}

/// A rule the file adds to a tool.
struct ConfiguredRule: Sendable {
    var rule: Constraint.Rule
    /// What the rule's violations quote.
    var reason: String
    /// Where the rule's object starts.
    var location: SourceLocation
    /// Every input the rule names and the value it gives it, where the file names them: what
    /// must exist in the tool.
    var references: [Reference]

    /// An input named by a rule, with the option value it tests, if any.
    struct Reference: Sendable {
        var input: Located<String>
        var value: Located<String>?
    }
}

/// What the configuration says about one tool: all that Resolve needs of it.
struct ToolSettings: Sendable {
    /// The configuration file, for diagnostics and for the source of added rules.
    var configPath: String
    var names: ToolNameOverrides?
    var rules: ToolRuleSettings?
    var access: AccessModifier = .public

    /// The settings of a tool without a configuration.
    static let none = ToolSettings(configPath: Configuration.fileName)

    /// The configuration file's name, as added rules' violations cite it.
    var configName: String { configPath.split(separator: "/").last.map(String.init) ?? configPath }
}

extension Configuration {
    /// What the file says about the tool of this id.
    func settings(for id: String) -> ToolSettings {
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
    static func jsonString(_ value: String) -> String {
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
