/// One tool as Swift sees it: names, types and defaults decided, ready to print.
struct RequestModel {
    var spec: ToolSpec
    /// The owner's namespace enum (`PixVerse`).
    var namespace: String
    /// The request struct (`TextToVideoV4_5`).
    var typeName: String
    var properties: [PropertyModel]
    var enums: [EnumModel]
    /// Each sample as (property index, Swift expression) pairs, in property order.
    var examples: [[(property: Int, value: String)]]

    /// Where the file goes under the output folder: `Owner/Tool.swift`, or
    /// `Owner/Owner.Tool.swift` when another owner has a tool of the same name, since a
    /// module may not hold two files of one name.
    var relativePath: String { "\(namespace)/\(qualifiesFileName ? namespace + "." : "")\(typeName).swift" }

    /// Whether the file name needs the namespace (see ``relativePath``).
    var qualifiesFileName = false
}

/// One input as a stored property.
struct PropertyModel {
    var input: InputSpec
    /// The identifier, unescaped.
    var name: String
    var type: ValueType
    var isOptional: Bool
    /// The Swift expression of the document's default.
    var defaultValue: String
    /// How the value travels: `.string`, `.number`, `.bool` or `.array`.
    var wireKind: String

    /// The property's Swift type as written in a declaration.
    var swiftType: String { type.swiftName + (isOptional ? "?" : "") }
}

/// The Swift type of an input's value.
indirect enum ValueType {
    case string, int, double, bool, file
    case enumeration(EnumModel)
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
struct EnumModel {
    var name: String
    var input: InputSpec
    /// (case name unescaped, option) in document order.
    var cases: [(name: String, option: OptionSpec)]
}
