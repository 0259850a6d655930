import WiroGenText
import WiroGenResolve
@_spi(WiroGen) import WiroRuntime

/// Emits the module's shared files: the owner namespaces and the index of every tool.
package enum RegistryEmitter {
    /// The name of the index enum; not the module's name, so `WiroTools.PixVerse…` stays a
    /// way to qualify a type.
    package static let indexName = "WiroToolIndex"
    /// The index's file.
    package static let indexFile = indexName + ".swift"

    package static func namespaces(_ names: [ToolName], access: AccessLevel, source: String, by maker: GeneratedFile.Maker = .command) -> GeneratedFile {
        var owners: [String: String] = [:]
        for name in names where owners[name.namespace] == nil { owners[name.namespace] = name.owner }
        var writer = CodeWriter()
        writer.line(GeneratedFile.header(source: source, by: maker))
        for (index, (namespace, owner)) in owners.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { writer.line() }
            writer.doc("Tools published on Wiro by \(owner).")
            writer.line("\(access) enum \(namespace) {}")
        }
        return GeneratedFile(path: "Namespaces.swift", contents: writer.text)
    }

    /// The index: every request type, in tool id order, each with its tool id in a comment,
    /// which is also how the build plugin's per-document commands learn the names the whole
    /// set gave them (``ToolIndex``).
    package static func index(_ tools: [(id: String, name: ToolName)], access: AccessLevel, source: String, by maker: GeneratedFile.Maker = .command) -> GeneratedFile {
        var writer = CodeWriter()
        writer.line(GeneratedFile.header(source: source, by: maker))
        writer.line("import WiroRuntime")
        writer.line()
        writer.doc("Every tool generated into this module.")
        writer.block("\(access) enum \(indexName)") { writer in
            writer.line("/// The request types, sorted by tool id.")
            writer.line("\(access) static let all: [any WiroRequest.Type] = [")
            for tool in tools {
                writer.line("    \(ToolIndex.entry(id: tool.id, name: tool.name))")
            }
            writer.line("]")
            writer.line()
            writer.line("/// The request type of the tool `name` names, if it was generated: its id as the")
            writer.line("/// document writes it (`wiro/Virtual Try-On`) or its slug, the path of its Run endpoint")
            writer.line("/// (`wiro/virtual-try-on`), in any case.")
            writer.block("\(access) static func requestType(for name: String) -> (any WiroRequest.Type)?") { writer in
                writer.line("all.first { $0.tool.answers(to: name) }")
            }
        }
        return GeneratedFile(path: indexFile, contents: writer.text)
    }
}
