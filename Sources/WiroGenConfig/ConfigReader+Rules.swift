import WiroGenText
import WiroGenModel

/// Reads the rules of a tool's `"add"` list. Each is one object naming its kind by one key
/// (`forbids`, `requires`, `range`, `multiple`, `count`, `required`) and giving a `reason`,
/// the words its violations quote:
///
/// ```json
/// {"forbids": {"quality": "1080p", "duration": "8"}, "reason": "1080p videos are 5 s long"}
/// {"requires": {"duration": "5"}, "when": {"motion_mode": "fast"}, "reason": "…"}
/// {"range": "seed", "min": 0, "max": 2147483647, "except": [-1], "reason": "…"}
/// {"multiple": "width", "of": 16, "plus": 0, "reason": "…"}
/// {"count": "images", "min": 1, "max": 4, "whenEmpty": "video", "reason": "…"}
/// {"required": "prompt", "whenEmpty": "image", "reason": "…"}
/// ```
extension ConfigReader {
    /// The keys that name a rule's kind, and the other keys each kind takes.
    package static let ruleKinds: KeyValuePairs<String, [String]> = [
        "forbids": [],
        "requires": conditions,
        "range": ["min", "max", "except"],
        "multiple": ["of", "plus", "except"],
        "count": ["min", "max"] + conditions,
        "required": conditions,
    ]
    private static let conditions = ["when", "whenSet", "whenEmpty"]
    private static let ruleKeys: [String] = {
        var keys = ruleKinds.map(\.key) + ["reason"]
        for (_, others) in ruleKinds { keys += others.filter { !keys.contains($0) } }
        return keys
    }()

    /// One rule, or `nil` (reported) when it is not one.
    package mutating func rule(_ value: JSONNode) -> ConfiguredRule? {
        let members = members(of: value, keys: Self.ruleKeys, what: "a rule")
        let kinds = members.filter { member in Self.ruleKinds.contains { $0.key == member.key } }
        guard let kind = kinds.first else {
            if case .object = value.kind {
                error(.invalidConfig, "a rule needs one of \(Self.ruleKinds.map { "'\($0.key)'" }.joined(separator: ", "))", at: value.location)
            }
            return nil
        }
        for extra in kinds.dropFirst() {
            error(.invalidConfig, "a rule has one kind; this one is '\(kind.key)' already, so '\(extra.key)' is a second", at: extra.keyLocation)
        }
        let allowed = Self.ruleKinds.first { $0.key == kind.key }!.value + ["reason"]
        var keys: [String: JSONNode.Member] = [:]
        for member in members where !kinds.contains(where: { $0.key == member.key }) {
            guard allowed.contains(member.key) else {
                error(.invalidConfig, "'\(member.key)' does not go with a '\(kind.key)' rule, which takes \(allowed.map { "'\($0)'" }.joined(separator: ", "))", at: member.keyLocation)
                continue
            }
            keys[member.key] = member
        }
        var rule = RuleParts(reader: self, kind: kind, keys: keys, location: value.location)
        let read = rule.read()
        self = rule.reader
        return read
    }
}

/// One rule's members, read into a ``ConfiguredRule``.
private struct RuleParts {
    var reader: ConfigReader
    let kind: JSONNode.Member
    let keys: [String: JSONNode.Member]
    let location: SourceLocation
    var references: [ConfiguredRule.Reference] = []

    init(reader: ConfigReader, kind: JSONNode.Member, keys: [String: JSONNode.Member], location: SourceLocation) {
        self.reader = reader
        self.kind = kind
        self.keys = keys
        self.location = location
    }

    mutating func read() -> ConfiguredRule? {
        let reason = keys["reason"].flatMap { reader.string($0.value, what: "\"reason\"") }
        if keys["reason"] == nil {
            reader.error(.invalidConfig, "the '\(kind.key)' rule needs a \"reason\": the words its violations quote", at: location)
        } else if reason?.value.trimmingWhitespace().isEmpty == true {
            reader.error(.invalidConfig, "\"reason\" is empty; say why the rule holds: its violations quote it", at: reason!.location)
        }
        guard let rule = body(), let reason, !reason.value.trimmingWhitespace().isEmpty else { return nil }
        return ConfiguredRule(rule: rule, reason: reason.value.collapsingWhitespace(), location: location, references: references)
    }

    private mutating func body() -> Constraint.Rule? {
        let value = kind.value
        switch kind.key {
        case "forbids":
            let pairs = pairs(value, count: 2, what: "\"forbids\"")
            guard pairs.count == 2 else { return nil }
            return .forbids(first: pairs[0], second: pairs[1])
        case "requires":
            let pairs = pairs(value, count: 1, what: "\"requires\"")
            let condition = condition(required: true)
            guard let requirement = pairs.first, let condition else { return nil }
            return .requires(condition: condition, requirement: requirement)
        case "range":
            let input = input(value)
            let minimum = number("min"), maximum = number("max")
            if keys["min"] == nil, keys["max"] == nil { missing("\"min\" or \"max\"") }
            let except = numbers("except")
            guard let input, minimum != nil || maximum != nil else { return nil }
            return .range(input: input, minimum: minimum, maximum: maximum, except: except)
        case "multiple":
            let input = input(value)
            let multiplier = integer("of", from: 1)
            if keys["of"] == nil { missing("\"of\"") }
            let offset = integer("plus", from: 0) ?? 0
            let except = numbers("except")
            if except.contains(where: { $0.rounded() != $0 }) { reader.error(.invalidConfig, "\"except\" of a 'multiple' rule holds whole numbers", at: keys["except"]!.value.location) }
            guard let input, let multiplier else { return nil }
            return .arithmetic(input: input, multiplier: multiplier, offset: offset, except: except)
        case "count":
            let input = input(value)
            let minimum = integer("min", from: 0), maximum = integer("max", from: 0)
            if keys["min"] == nil, keys["max"] == nil { missing("\"min\" or \"max\"") }
            let condition = condition(required: false)
            guard let input, minimum != nil || maximum != nil else { return nil }
            return .count(input: input, minimum: minimum, maximum: maximum, when: condition)
        default:
            let input = input(value)
            let condition = condition(required: false)
            guard let input else { return nil }
            return .required(input: input, when: condition)
        }
    }

    private mutating func missing(_ what: String) {
        reader.error(.invalidConfig, "the '\(kind.key)' rule needs \(what)", at: location)
    }

    /// An input named by a string.
    private mutating func input(_ value: JSONNode) -> String? {
        guard let name = reader.string(value, what: "\"\(kind.key)\"") else { return nil }
        references.append(.init(input: name, value: nil))
        return name.value
    }

    /// `{"input": value, …}`: exactly `count` inputs, each with a value.
    private mutating func pairs(_ value: JSONNode, count: Int, what: String) -> [InputValue] {
        guard case .object(let members) = value.kind, members.count == count else {
            let shape = count == 1 ? "an object of one input and its value" : "an object of \(count) inputs and their values"
            reader.error(.invalidConfig, "\(what) must be \(shape)" + (value.kindName == "an object" ? "" : ", not \(value.kindName)"), at: value.location)
            return []
        }
        return members.compactMap { member in
            guard let text = optionValue(member.value, what: "the value of '\(member.key)'") else { return nil }
            let input = Located(value: member.key, location: member.keyLocation)
            references.append(.init(input: input, value: Located(value: text, location: member.value.location)))
            return InputValue(input: member.key, value: text)
        }
    }

    /// An option value: a string, or a number or boolean written bare.
    private mutating func optionValue(_ value: JSONNode, what: String) -> String? {
        switch value.kind {
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        default:
            reader.wrongType(value, "a string, number or boolean", what: what)
            return nil
        }
    }

    /// The rule's condition: `when` (an input holding a value), `whenSet` or `whenEmpty` (an
    /// input given or left empty).
    private mutating func condition(required: Bool) -> Condition? {
        let given = ["when", "whenSet", "whenEmpty"].compactMap { keys[$0] }.sorted { $0.keyLocation < $1.keyLocation }
        guard let member = given.first else {
            if required { missing("a condition: \"when\", \"whenSet\" or \"whenEmpty\"") }
            return nil
        }
        for extra in given.dropFirst() {
            reader.error(.invalidConfig, "a rule has one condition; '\(member.key)' is given already", at: extra.keyLocation)
        }
        guard member.key == "when" else {
            guard let name = reader.string(member.value, what: "\"\(member.key)\"") else { return nil }
            references.append(.init(input: name, value: nil))
            return member.key == "whenSet" ? .set(name.value) : .empty(name.value)
        }
        return pairs(member.value, count: 1, what: "\"when\"").first.map(Condition.value)
    }

    private mutating func number(_ key: String) -> Double? {
        guard let member = keys[key] else { return nil }
        guard case .number(let text) = member.value.kind, let number = Double(text) else {
            reader.wrongType(member.value, "a number", what: "\"\(key)\"")
            return nil
        }
        return number
    }

    private mutating func integer(_ key: String, from lowest: Int) -> Int? {
        guard let member = keys[key] else { return nil }
        guard case .number(let text) = member.value.kind, let integer = Int(text), integer >= lowest else {
            reader.error(.invalidConfig, "\"\(key)\" must be a whole number of at least \(lowest)", at: member.value.location)
            return nil
        }
        return integer
    }

    private mutating func numbers(_ key: String) -> [Double] {
        guard let member = keys[key] else { return [] }
        guard case .array(let elements) = member.value.kind else {
            reader.wrongType(member.value, "an array of numbers", what: "\"\(key)\"")
            return []
        }
        return elements.compactMap { element in
            guard case .number(let text) = element.kind, let number = Double(text) else {
                reader.wrongType(element, "a number", what: "an element of \"\(key)\"")
                return nil
            }
            return number
        }
    }
}
