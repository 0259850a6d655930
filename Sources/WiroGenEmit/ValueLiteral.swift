import WiroGenText
import WiroGenResolve

/// Swift expressions for resolved values.
package enum ValueLiteral {
    /// The expression of `value`; `nil` is Swift's `nil`.
    package static func swift(_ value: ResolvedValue?) -> String {
        guard let value else { return "nil" }
        switch value {
        case .int(let integer): return String(integer)
        case .double(let double): return "\(double)"
        case .bool(let flag): return flag ? "true" : "false"
        case .string(let string): return SwiftLiteral.string(string)
        case .file(let name): return ".remote(\(SwiftLiteral.string(name)))"
        case .option(let option): return "." + SwiftName.escaped(option.name)
        case .list(let items): return "[" + items.map { swift($0) }.joined(separator: ", ") + "]"
        }
    }

    /// How a value reads in a violation's message: the document's own text.
    package static func text(_ value: ResolvedValue) -> String {
        switch value {
        case .int(let integer): String(integer)
        case .double(let double): "\(double)"
        case .bool(let flag): flag ? "true" : "false"
        case .string(let string), .file(let string): string
        case .option(let option): option.value
        case .list(let items): items.map(text).joined(separator: ",")
        }
    }
}
