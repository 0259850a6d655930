import WiroRuntime

/// Emits `init(from:)` and `encode(to:)`: every input under its wire name, each encoded as the
/// document's Run example encodes it.
enum CodingEmitter {
    static func emit(_ tool: ResolvedTool, _ writer: inout CodeWriter) {
        writer.line("/// Reads a Run body; an absent key takes the document's default.")
        writer.block("public init(from decoder: any Decoder) throws") { writer in
            guard !tool.inputs.isEmpty else {
                writer.line("self.init()")
                return
            }
            writer.line("let container = try decoder.container(keyedBy: WiroCodingKey.self)")
            writer.line("let defaults = Self.defaultRequest")
            for input in tool.inputs {
                writer.line("self.\(input.propertyName) = try container.decodeWire(\(input.swiftType).self, "
                    + "forKey: \(SwiftLiteral.string(input.spec.name)), default: defaults.\(input.propertyName))")
            }
        }
        writer.line()
        writer.line("/// Writes the Run body: every input, under its wire name.")
        writer.block("public func encode(to encoder: any Encoder) throws") { writer in
            guard !tool.inputs.isEmpty else {
                writer.line("_ = encoder.container(keyedBy: WiroCodingKey.self)")
                return
            }
            writer.line("var container = encoder.container(keyedBy: WiroCodingKey.self)")
            for input in tool.inputs {
                writer.line("try container.encodeWire(self.\(input.propertyName), forKey: \(SwiftLiteral.string(input.spec.name)), as: .\(name(of: input.wireKind)))")
            }
        }
    }

    /// The case of `WiroWireKind` as written in Swift.
    private static func name(of kind: WiroWireKind) -> String {
        switch kind {
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .array: "array"
        }
    }
}
