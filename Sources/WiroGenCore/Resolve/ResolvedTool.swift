import WiroRuntime

/// One tool with every decision made: the model the emitters print, and the last stage
/// `lint` runs. Emitters decide nothing; what they need and cannot find here is a missing
/// decision of Resolve.
struct ResolvedTool: Sendable {
    var spec: ToolSpec
    var name: ToolName
    /// One per input, in document order.
    var inputs: [ResolvedInput]
    /// The option enums, in input order.
    var enums: [OptionEnum]
    /// The rules that are checked, in the order the document states them.
    var rules: [ResolvedRule]
    /// The samples that fit the tool, each as its arguments in input order.
    var examples: [[ExampleArgument]]
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
    /// Whether the property is an optional (`nil` sent as `""`).
    var isOptional: Bool
    /// The `init` default: the document's default parsed, or `nil` for `nil`.
    var defaultValue: ResolvedValue?

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
        case requires(condition: ValueTest, requirement: ValueTest)
        /// An `Int` input must be `multiplier·n + offset`, n ≥ 0.
        case arithmetic(input: Int, multiplier: Int, offset: Int)
        /// A numeric input must lie between the bounds, inclusive.
        case range(input: Int, minimum: Double?, maximum: Double?)
    }
}

/// An input holding one value.
struct ValueTest: Hashable, Sendable {
    var input: Int
    var value: ResolvedValue
}
