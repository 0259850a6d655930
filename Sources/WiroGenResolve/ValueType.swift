@_spi(WiroGen) import WiroRuntime

/// The Swift type of an input's value.
package indirect enum ValueType: Hashable, Sendable {
    case string, int, double, bool, file
    case enumeration(OptionEnum)
    case list(ValueType)

    package var swiftName: String {
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
