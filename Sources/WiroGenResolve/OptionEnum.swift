import WiroGenModel

/// The enum of a select's options.
package struct OptionEnum: Hashable, Sendable {
    package var name: String
    package var input: InputSpec
    /// One case per distinct option value, in document order.
    package var cases: [OptionCase]
}

/// One option as an enum case.
package struct OptionCase: Hashable, Sendable {
    /// The case's identifier, unescaped.
    package var name: String
    package var option: OptionSpec

    /// The option value, verbatim.
    package var value: String { option.value }
    /// The label people see.
    package var label: String { option.label }
}

extension OptionEnum {
    /// The wire name of the input whose options these are.
    package var inputName: String { input.name }
    /// The label of that input.
    package var inputLabel: String { input.label }
}
