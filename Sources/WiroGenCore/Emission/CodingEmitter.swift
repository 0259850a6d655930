/// Emits `init(from:)` and `encode(to:)`: every input under its wire name, each encoded as the
/// document's Run example encodes it.
enum CodingEmitter {
    static func emit(_ model: RequestModel, _ writer: inout CodeWriter) {
        writer.line("/// Reads a Run body; an absent key takes the document's default.")
        writer.block("public init(from decoder: any Decoder) throws") { writer in
            guard !model.properties.isEmpty else {
                writer.line("self.init()")
                return
            }
            writer.line("let container = try decoder.container(keyedBy: WiroCodingKey.self)")
            writer.line("let defaults = Self()")
            for property in model.properties {
                writer.line("self.\(property.name) = try container.decodeWire(\(property.swiftType).self, "
                    + "forKey: \(SwiftLiteral.string(property.input.name)), default: defaults.\(property.name))")
            }
        }
        writer.line()
        writer.line("/// Writes the Run body: every input, under its wire name.")
        writer.block("public func encode(to encoder: any Encoder) throws") { writer in
            guard !model.properties.isEmpty else {
                writer.line("_ = encoder.container(keyedBy: WiroCodingKey.self)")
                return
            }
            writer.line("var container = encoder.container(keyedBy: WiroCodingKey.self)")
            for property in model.properties {
                writer.line("try container.encodeWire(self.\(property.name), forKey: \(SwiftLiteral.string(property.input.name)), as: .\(property.wireKind))")
            }
        }
    }
}
