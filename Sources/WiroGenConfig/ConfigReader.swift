import WiroGenText
import WiroGenModel

/// Reads `wiro-gen.json` into a ``Configuration``, reporting every problem it finds at its
/// line and column (unknown keys with the nearest known one, values of the wrong type) and
/// reading on past it, so one run shows them all. What the file says about tools, inputs and
/// options is checked against the documents later, by ``ConfigChecker``.
package struct ConfigReader {
    private let path: String
    private var diagnostics: DiagnosticCollector

    /// The configuration in `file`; problems go to `diagnostics` (any error there means the
    /// configuration must not be used).
    package static func read(_ file: InputFile, diagnostics: inout DiagnosticCollector) -> Configuration {
        var reader = ConfigReader(path: file.path, diagnostics: DiagnosticCollector())
        let configuration = reader.read(file.contents)
        diagnostics.append(contentsOf: reader.diagnostics.all)
        return configuration
    }

    private mutating func read(_ bytes: [UInt8]) -> Configuration {
        var configuration = Configuration()
        configuration.path = path
        let source = SourceText(path: path, bytes: bytes)
        if let offset = UTF8Validation.firstInvalidOffset(in: source.bytes) {
            error(.invalidConfig, "the configuration is not valid UTF-8; save it as UTF-8", at: source.location(ofOffset: offset))
            return configuration
        }
        var parser = JSONParser(source: source, offset: 0)
        let root: JSONNode
        do {
            root = try parser.parseDocument()
        } catch {
            self.error(.invalidConfig, "the configuration is not valid JSON: \(error.message)", at: source.location(ofOffset: error.offset))
            return configuration
        }
        for member in members(of: root, keys: ConfigKeys.root, what: "the configuration") {
            switch member.key {
            case "accessModifier": configuration.accessModifier = accessModifier(member.value) ?? .public
            case "tools":
                configuration.tools = strings(member.value, what: "\"tools\"")
                if case .array(let elements) = member.value.kind, elements.isEmpty {
                    diagnostics.report(.warning, .invalidConfig, "\"tools\" is empty, so no tool is generated; leave the key out to generate every tool",
                                       file: path, at: member.value.location)
                }
            case "names": configuration.names = perTool(member.value, what: "\"names\"") { $0.names($1, $2) }
            case "diagnostics": configuration.silenced = silenced(member.value)
            default: configuration.rules = perTool(member.value, what: "\"rules\"") { $0.rules($1, $2) }
            }
        }
        return configuration
    }

    // MARK: - Keys

    /// `"diagnostics": {"silence": ["unknown-example-input"]}`: the ids whose warnings and
    /// notes are not reported; each must be an id WiroGen reports.
    private mutating func silenced(_ value: JSONNode) -> Set<DiagnosticID> {
        var ids = Set<DiagnosticID>()
        for member in members(of: value, keys: ConfigKeys.diagnostics, what: "\"diagnostics\"") {
            for id in strings(member.value, what: "\"silence\"") ?? [] {
                guard let known = DiagnosticID(rawValue: id.value) else {
                    let all = DiagnosticID.allCases.map(\.rawValue)
                    error(.invalidConfig, "\"silence\" names '\(id.value)', which is no diagnostic of WiroGen" + Suggestion.didYouMean(id.value, in: all),
                          at: id.location)
                    continue
                }
                ids.insert(known)
            }
        }
        return ids
    }

    private mutating func accessModifier(_ value: JSONNode) -> AccessModifier? {
        guard let text = string(value, what: "\"accessModifier\"") else { return nil }
        guard let modifier = AccessModifier(rawValue: text.value) else {
            let known = AccessModifier.allCases.map(\.rawValue)
            error(.invalidConfig, "\"accessModifier\" is '\(text.value)'; it must be one of \(known.map { "'\($0)'" }.joined(separator: ", "))"
                + Suggestion.didYouMean(text.value, in: known), at: value.location)
            return nil
        }
        return modifier
    }

    /// An object keyed by tool id, each member read by `entry`.
    private mutating func perTool<Entry>(
        _ value: JSONNode, what: String, _ entry: (inout ConfigReader, Located<String>, JSONNode) -> Entry
    ) -> [Entry] {
        guard case .object(let members) = value.kind else {
            wrongType(value, "an object keyed by tool id", what: what)
            return []
        }
        reportDuplicates(members, in: what)
        return members.map { entry(&self, Located(value: $0.key, location: $0.keyLocation), $0.value) }
    }

    private mutating func names(_ tool: Located<String>, _ value: JSONNode) -> ToolNameOverrides {
        var overrides = ToolNameOverrides(tool: tool)
        let what = "the names of '\(tool.value)'"
        for member in members(of: value, keys: ConfigKeys.names, what: what) {
            switch member.key {
            case "type": overrides.type = string(member.value, what: "\"type\"")
            case "properties":
                overrides.properties = stringMap(member.value, what: "\"properties\"").map { .init(input: $0.key, name: $0.value) }
            default:
                guard case .object(let inputs) = member.value.kind else {
                    wrongType(member.value, "an object keyed by input name", what: "\"cases\"")
                    continue
                }
                reportDuplicates(inputs, in: "\"cases\"")
                for input in inputs {
                    let name = Located(value: input.key, location: input.keyLocation)
                    overrides.cases += stringMap(input.value, what: "the cases of '\(input.key)'").map {
                        .init(input: name, value: $0.key, name: $0.value)
                    }
                }
            }
        }
        return overrides
    }

    private mutating func rules(_ tool: Located<String>, _ value: JSONNode) -> ToolRuleSettings {
        var settings = ToolRuleSettings(tool: tool)
        for member in members(of: value, keys: ConfigKeys.rules, what: "the rules of '\(tool.value)'") {
            switch member.key {
            case "add":
                guard case .array(let elements) = member.value.kind else {
                    wrongType(member.value, "an array of rules", what: "\"add\"")
                    continue
                }
                settings.added = elements.compactMap { rule($0) }
            default:
                settings.ignored = (strings(member.value, what: "\"ignore\"") ?? []).map {
                    Located(value: $0.value.collapsingWhitespace(), location: $0.location)
                }
            }
        }
        return settings
    }

    // MARK: - Typed values

    /// The members of an object whose keys are known; each unknown or repeated key reported.
    package mutating func members(of value: JSONNode, keys known: [String], what: String) -> [JSONNode.Member] {
        guard case .object(let members) = value.kind else {
            wrongType(value, "an object", what: what)
            return []
        }
        reportDuplicates(members, in: what)
        return members.filter { member in
            guard known.contains(member.key) else {
                let listed = known.map { "'\($0)'" }.joined(separator: ", ")
                error(.unknownConfigKey, "unknown key '\(member.key)' in \(what)" + Suggestion.didYouMean(member.key, in: known)
                    + " (known keys: \(listed))", at: member.keyLocation)
                return false
            }
            return true
        }
    }

    package mutating func string(_ value: JSONNode, what: String) -> Located<String>? {
        guard case .string(let text) = value.kind else {
            wrongType(value, "a string", what: what)
            return nil
        }
        return Located(value: text, location: value.location)
    }

    package mutating func strings(_ value: JSONNode, what: String) -> [Located<String>]? {
        guard case .array(let elements) = value.kind else {
            wrongType(value, "an array of strings", what: what)
            return nil
        }
        return elements.compactMap { string($0, what: "an element of \(what)") }
    }

    /// An object of string values, keys located.
    private mutating func stringMap(_ value: JSONNode, what: String) -> [(key: Located<String>, value: Located<String>)] {
        guard case .object(let members) = value.kind else {
            wrongType(value, "an object of strings", what: what)
            return []
        }
        reportDuplicates(members, in: what)
        return members.compactMap { member in
            string(member.value, what: "'\(member.key)' in \(what)").map { (Located(value: member.key, location: member.keyLocation), $0) }
        }
    }

    package mutating func wrongType(_ value: JSONNode, _ expected: String, what: String) {
        error(.invalidConfig, "\(what) must be \(expected), not \(value.kindName)", at: value.location)
    }

    private mutating func reportDuplicates(_ members: [JSONNode.Member], in what: String) {
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted {
            error(.invalidConfig, "'\(member.key)' appears twice in \(what)", at: member.keyLocation)
        }
    }

    package mutating func error(_ id: DiagnosticID, _ message: String, at location: SourceLocation?) {
        diagnostics.report(.error, id, message, file: path, at: location)
    }
}

/// The keys each object of the file may hold, in the order the README lists them.
package enum ConfigKeys {
    package static let root = ["accessModifier", "tools", "names", "rules", "diagnostics"]
    package static let diagnostics = ["silence"]
    package static let names = ["type", "properties", "cases"]
    package static let rules = ["add", "ignore"]
}
