import WiroGenModel
import WiroGenResolve
import WiroGenText

/// What a run of the generator produced, up to the goal it stopped at.
public struct GeneratorOutput: Sendable {
    /// How many documents were given.
    public var documentCount: Int
    /// The spec of every document that reads as a tool, errors or not, sorted by id.
    public var specs: [ToolSpec] = []
    /// The files, sorted by path; none when anything is an error or the goal emits nothing.
    public var files: [GeneratedFile] = []
    /// What became of every rule-like sentence of every tool resolved, in tool, input and
    /// sentence order, then the rules the configuration adds: what `lint` lists.
    public var decisions: [RuleDecision] = []
    /// Every diagnostic of every stage, sorted by file and place.
    public var diagnostics: [Diagnostic] = []
    /// The ids the configuration lists under `tools`, in its order; `nil` when it lists none
    /// (every tool is generated).
    public var configuredToolIDs: [String]?
    /// The tools resolved, in id order (empty for the goals that stop before resolving).
    package var tools: [ResolvedTool] = []

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
