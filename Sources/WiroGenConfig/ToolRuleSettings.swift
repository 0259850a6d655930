import WiroGenText
import WiroGenModel

/// The rules a tool gets from the file: added ones, and sentences of its help to ignore.
package struct ToolRuleSettings: Sendable {
    package var tool: Located<String>
    package var added: [ConfiguredRule] = []
    /// Sentences, verbatim (whitespace runs collapsed), that are not read as rules.
    package var ignored: [Located<String>] = []
}

/// A rule the file adds to a tool.
package struct ConfiguredRule: Sendable {
    package var rule: Constraint.Rule
    /// What the rule's violations quote.
    package var reason: String
    /// Where the rule's object starts.
    package var location: SourceLocation
    /// Every input the rule names and the value it gives it, where the file names them: what
    /// must exist in the tool.
    package var references: [Reference]

    /// An input named by a rule, with the option value it tests, if any.
    package struct Reference: Sendable {
        package var input: Located<String>
        package var value: Located<String>?
    }
}
