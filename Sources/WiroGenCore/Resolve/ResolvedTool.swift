import WiroRuntime

/// One tool with every decision made: the model the emitters print, and the last stage
/// `lint` runs. Emitters decide nothing; what they need and cannot find here is a missing
/// decision of Resolve.
struct ResolvedTool: Sendable {
    var spec: ToolSpec
    var name: ToolName
    /// The access level of every declaration of the tool's file.
    var access: AccessModifier
    /// One per input, in document order.
    var inputs: [ResolvedInput]
    /// The option enums, in input order.
    var enums: [OptionEnum]
    /// The rules that are checked, in the order the document states them.
    var rules: [ResolvedRule]
    /// The samples that fit the tool, each as its arguments in input order.
    var examples: [[ExampleArgument]]
    /// What became of every rule-like sentence, in input and sentence order.
    var decisions: [RuleDecision]
}

/// A tool's place in the module.
struct ToolName: Hashable, Sendable {
    /// The owner as the document writes it (`Wan-AI`).
    var owner: String
    /// The owner's namespace enum (`WanAI`).
    var namespace: String
    /// The request struct (`Wan2_2TI2V5BImageToVideo`).
    var typeName: String
    /// Whether the file name needs the namespace: another owner has a type of this name, and a
    /// module may not hold two files of one name.
    var qualifiesFileName = false

    /// `Namespace.TypeName`.
    var qualified: String { "\(namespace).\(typeName)" }

    /// Where the tool's file goes under the output folder: `Owner/Tool.swift`, or
    /// `Owner/Owner.Tool.swift` (see ``qualifiesFileName``).
    var relativePath: String { "\(namespace)/\(qualifiesFileName ? namespace + "." : "")\(typeName).swift" }
}

/// One input as a stored property.
struct ResolvedInput: Sendable {
    var spec: InputSpec
    /// The property's identifier, unescaped.
    var propertyName: String
    var type: ValueType
    /// How the value travels in a JSON body: the JSON kind the document's Run example gives
    /// the key; without one, numbers for numbers and strings for the rest.
    var wireKind: WiroWireKind
    /// How a file input travels in a multipart body (`nil`: not a file input).
    var upload: WiroUpload?
    /// Whether the property is an optional (`nil` sent as `""`).
    var isOptional: Bool
    /// The document's default parsed (what ``ToolEmitter`` gives `defaultRequest`), or `nil`
    /// for `nil`.
    var defaultValue: ResolvedValue?
    /// The `init` argument's default.
    var initDefault: InitDefault = .document
    /// Whether a value of the property can be empty (a text, a file, a list, an optional):
    /// what a presence rule tests.
    var canBeEmpty: Bool {
        if isOptional { return true }
        switch type {
        case .string, .file, .list: return true
        default: return false
        }
    }

    /// What an `init` argument defaults to.
    enum InitDefault: Hashable, Sendable {
        /// The document's default.
        case document
        /// `nil`: content the caller did not choose is not sent.
        case none
        /// No default: the caller passes the value (content, and inputs marked "Required").
        case required
    }

    /// Whether the value is a list (a multiselect, a list of files).
    var isList: Bool {
        if case .list = type { return true }
        return false
    }

    /// The property's Swift type as written in a declaration.
    var swiftType: String { type.swiftName + (isOptional ? "?" : "") }
}

/// The Swift type of an input's value.
indirect enum ValueType: Hashable, Sendable {
    case string, int, double, bool, file
    case enumeration(OptionEnum)
    case list(ValueType)

    var swiftName: String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .file: "WiroFile"
        case .enumeration(let model): model.name
        case .list(let element): "[\(element.swiftName)]"
        }
    }
}

/// The enum of a select's options.
struct OptionEnum: Hashable, Sendable {
    var name: String
    var input: InputSpec
    /// One case per distinct option value, in document order.
    var cases: [OptionCase]
}

/// One option as an enum case.
struct OptionCase: Hashable, Sendable {
    /// The case's identifier, unescaped.
    var name: String
    var option: OptionSpec
}

/// A value of an input's type, parsed from the document's text (a default, a sample, a
/// value a rule names).
indirect enum ResolvedValue: Hashable, Sendable {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    /// A remote file: a URL or the name of a file Wiro holds.
    case file(String)
    case option(OptionCase)
    case list([ResolvedValue])
}

/// A rule the document states, resolved to a check on the inputs' typed values.
struct ResolvedRule: Sendable {
    /// The rule as read from prose (its sentence, the input whose help states it).
    var constraint: Constraint
    var check: Check

    /// What the generated validator tests; inputs are indexes into ``ResolvedTool/inputs``.
    enum Check: Hashable, Sendable {
        /// Both values together break the rule.
        case forbids(ValueTest, ValueTest)
        /// When `condition` holds, an input that is set must hold `requirement`.
        case requires(condition: Test, requirement: ValueTest)
        /// An `Int` input must be `multiplier·n + offset`, n ≥ 0, or one of `except`.
        case arithmetic(input: Int, multiplier: Int, offset: Int, except: [Int])
        /// A numeric input must lie between the bounds, inclusive, or be one of `except`.
        case range(input: Int, minimum: Double?, maximum: Double?, except: [Double])
        /// The input must not be empty (when `when` holds).
        case required(input: Int, when: Test?)
        /// A list input's item count must lie between the bounds (when `when` holds).
        case count(input: Int, minimum: Int?, maximum: Int?, when: Test?)
    }

    /// What a conditional rule depends on.
    enum Test: Hashable, Sendable {
        case value(ValueTest)
        /// The input is not empty.
        case set(Int)
        /// The input is empty.
        case empty(Int)
    }
}

/// An input holding one value.
struct ValueTest: Hashable, Sendable {
    var input: Int
    var value: ResolvedValue
}
