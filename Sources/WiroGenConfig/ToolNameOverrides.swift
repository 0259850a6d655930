import WiroGenText
import WiroGenModel

/// A tool's names as the user wants them, over the ones WiroGen would choose.
package struct ToolNameOverrides: Sendable {
    /// The tool's id, where the file names it.
    package var tool: Located<String>
    /// The request type's name (inside its owner's namespace).
    package var type: Located<String>?
    /// Property names by input.
    package var properties: [PropertyOverride] = []
    /// Case names by input and option value.
    package var cases: [CaseOverride] = []

    /// An input's property name.
    package struct PropertyOverride: Sendable {
        package var input: Located<String>
        package var name: Located<String>
    }

    /// An option's case name.
    package struct CaseOverride: Sendable {
        package var input: Located<String>
        package var value: Located<String>
        package var name: Located<String>
    }
}
