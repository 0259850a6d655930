import WiroGenModel

/// The access level of generated declarations, as the resolved model carries it.
package typealias AccessLevel = AccessModifier

/// One tool with every decision made: the model the emitters print, and the last stage
/// `lint` runs. Emitters decide nothing; what they need and cannot find here is a missing
/// decision of Resolve.
package struct ResolvedTool: Sendable {
    /// The spec it was resolved from: for the stages after Resolve that compare documents
    /// (diff) and report on them (lint), never for the emitters, which read the fields below.
    package var spec: ToolSpec
    package var name: ToolName
    /// The access level of every declaration of the tool's file.
    package var access: AccessLevel
    /// One per input, in document order.
    package var inputs: [ResolvedInput]
    /// The option enums, in input order.
    package var enums: [OptionEnum]
    /// The rules that are checked, in the order the document states them.
    package var rules: [ResolvedRule]
    /// The samples that fit the tool, each as its arguments in input order.
    package var examples: [[ExampleArgument]]
    /// What became of every rule-like sentence, in input and sentence order.
    package var decisions: [RuleDecision]
}

extension ResolvedTool {
    /// `Owner/tool`, as the document writes it.
    package var id: String { spec.id }
    /// The Run endpoint, as the document writes it.
    package var endpoint: String { spec.endpoint }
    /// The tool part of the id.
    package var title: String { spec.title }
    /// The document's one-paragraph description, when it has one.
    package var summary: String? { spec.description }
    /// The categories, in document order.
    package var categories: [String] { spec.categories }
}
