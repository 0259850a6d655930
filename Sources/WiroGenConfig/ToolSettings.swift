import WiroGenText
import WiroGenModel

/// What the configuration says about one tool: all that Resolve needs of it.
package struct ToolSettings: Sendable {
    /// The configuration file, for diagnostics and for the source of added rules.
    package var configPath: String
    package var names: ToolNameOverrides?
    package var rules: ToolRuleSettings?
    package var access: AccessModifier = .public

    /// The settings of a tool without a configuration.
    package static let none = ToolSettings(configPath: Configuration.fileName)

    /// The configuration file's name, as added rules' violations cite it.
    package var configName: String { configPath.split(separator: "/").last.map(String.init) ?? configPath }
}
