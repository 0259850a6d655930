import WiroGenModel
import WiroGenResolve

/// The output of naming: the tools to generate, each with its namespace and type in the
/// module, named over the whole set at once so that no two clash.
struct NamedToolSet: Sendable {
    /// One tool: its spec and its name.
    struct Tool: Sendable {
        var spec: ToolSpec
        var name: ToolName
    }

    /// The tools, in id order.
    var tools: [Tool]
    /// The access level of every declaration of the module.
    var access: AccessModifier
}
