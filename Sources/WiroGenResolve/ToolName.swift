/// A tool's place in the module.
package struct ToolName: Hashable, Sendable {
    /// The owner as the document writes it (`Wan-AI`).
    package var owner: String
    /// The owner's namespace enum (`WanAI`).
    package var namespace: String
    /// The request struct (`Wan2_2TI2V5BImageToVideo`).
    package var typeName: String
    /// Whether the file name needs the namespace: another owner has a type of this name, and a
    /// module may not hold two files of one name.
    package var qualifiesFileName = false

    package init(owner: String, namespace: String, typeName: String, qualifiesFileName: Bool = false) {
        self.owner = owner
        self.namespace = namespace
        self.typeName = typeName
        self.qualifiesFileName = qualifiesFileName
    }

    /// `Namespace.TypeName`.
    package var qualified: String { "\(namespace).\(typeName)" }

    /// Where the tool's file goes under the output folder: `Owner/Tool.swift`, or
    /// `Owner/Owner.Tool.swift` (see ``qualifiesFileName``).
    package var relativePath: String { "\(namespace)/\(qualifiesFileName ? namespace + "." : "")\(typeName).swift" }
}
