/// Emits the module's shared files: the owner namespaces and the registry of every tool.
enum RegistryEmitter {
    static func namespaces(_ owners: [(name: String, owner: String)], source: String) -> GeneratedFile {
        var writer = CodeWriter()
        writer.line(GeneratedFile.header(source: source))
        for (index, owner) in owners.enumerated() {
            if index > 0 { writer.line() }
            writer.doc("Tools published on Wiro by \(owner.owner).")
            writer.line("public enum \(owner.name) {}")
        }
        return GeneratedFile(path: "Namespaces.swift", contents: writer.text)
    }

    static func registry(_ typeNames: [String], source: String) -> GeneratedFile {
        var writer = CodeWriter()
        writer.line(GeneratedFile.header(source: source))
        writer.line("import WiroRuntime")
        writer.line()
        writer.doc("Every tool generated into this module.")
        writer.block("public enum WiroTools") { writer in
            writer.line("/// The request types, sorted by tool id.")
            writer.line("public static let all: [any WiroRequest.Type] = [")
            for typeName in typeNames {
                writer.line("    \(typeName).self,")
            }
            writer.line("]")
            writer.line()
            writer.line("/// The request type of the tool with this id (`Owner/tool`), if it was generated.")
            writer.block("public static func requestType(for id: String) -> (any WiroRequest.Type)?") { writer in
                writer.line("all.first { $0.tool.id == id }")
            }
        }
        return GeneratedFile(path: "WiroTools.swift", contents: writer.text)
    }
}
