@_spi(WiroGen) import WiroRuntime

/// The one list of names the generated code cannot give a declaration of its own: Swift's
/// keywords, the types the generated code refers to, and the members every request type and
/// option enum already has. ``ToolNamer`` and ``MemberNamer`` keep clear of them;
/// ``SwiftName/escaped(_:)`` puts keywords in backticks.
package enum ReservedNames {
    /// Type names the generated code refers to, or that a module holding it already has: a
    /// namespace or a nested type of that name would hide the real one. Names that only
    /// shadow a type generated code never mentions (`Duration` for a duration input) stay
    /// free, since `TextToVideoV4_5.Duration` reads best.
    package static let typeNames: Set<String> = [
        // Swift and Foundation types the generated code names.
        "Swift", "Foundation", "String", "Int", "Double", "Bool", "Array", "Optional", "URL", "Data",
        "Error", "Never", "Any", "AnyObject", "Self", "Type", "Protocol", "Sendable", "Codable", "Hashable",
        "CaseIterable", "Decoder", "Encoder", "CodingKeys", "KeyedEncodingContainer", "KeyedDecodingContainer",
        // WiroRuntime, and the generated module's own names.
        "WiroRuntime", "WiroRequest", "WiroTool", "WiroFile", "WiroViolation", "WiroValidationError",
        "WiroCodingKey", "WiroWireKind", "WiroWireValue", "WiroOption", "WiroSchema", "WiroField", "WiroRule",
        "WiroCondition", "WiroNumeric", "WiroTools", "WiroToolIndex",
    ]

    /// Members every request struct already has (from `WiroRequest`, `Codable`, `Hashable`,
    /// or Swift itself: `self`, `Type` and `Protocol`, which backticks do not free).
    package static let requestMembers: Set<String> = [
        "tool", "schema", "examples", "defaultRequest", "violations", "isValid", "validate", "encode", "hash", "hashValue",
        "self", "Type", "Protocol", "init",
    ]

    /// Members every option enum already has.
    package static let enumMembers: Set<String> = ["rawValue", "allCases", "wireValues", "hashValue", "init", "self", "Type", "wireText"]

    /// Swift's keywords and the words that need backticks as identifiers.
    package static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
        "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "_", "Type", "Protocol", "some", "any", "package",
    ]
}
