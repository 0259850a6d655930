import WiroGenText
import WiroGenModel
import WiroGenConfig

/// Names the members of one request type: its properties, its option enums and their cases.
/// Properties are named first, all of them, so that an enum never takes a property's name.
package struct MemberNamer {
    private let spec: ToolSpec
    private let settings: ToolSettings
    private var properties = ReservedNames.requestMembers
    private var types: Set<String>

    package init(spec: ToolSpec, name: ToolName, settings: ToolSettings = .none) {
        self.spec = spec
        self.settings = settings
        types = ReservedNames.typeNames.union([name.typeName, name.namespace])
    }

    /// The property of every input, in input order; the configuration's names first.
    package mutating func propertyNames(diagnostics: inout DiagnosticCollector) -> [String] {
        var chosen: [String: String] = [:]
        for override in settings.names?.properties ?? [] where spec.input(named: override.input.value) != nil {
            if claim(override.name, in: &properties, reserved: ReservedNames.requestMembers, what: "the property of '\(override.input.value)'", diagnostics: &diagnostics) {
                chosen[override.input.value] = override.name.value
            }
        }
        let names = spec.inputs.map { input in
            chosen[input.name]
                ?? unique(SwiftName.propertyName(input.name), in: &properties, what: "property for input '\(input.name)'", at: input, diagnostics: &diagnostics)
        }
        types.formUnion(names)
        return names
    }

    /// The enum of a select's options, its cases named from its distinct values.
    package mutating func optionEnum(for input: InputSpec, diagnostics: inout DiagnosticCollector) -> OptionEnum {
        let name = unique(SwiftName.typeName(input.name), in: &types, what: "option enum of '\(input.name)'", at: input, suffix: "Option", diagnostics: &diagnostics)
        var used = ReservedNames.enumMembers
        var chosen: [String: String] = [:]
        for override in settings.names?.cases ?? [] where override.input.value == input.name && input.options.contains(where: { $0.value == override.value.value }) {
            if claim(override.name, in: &used, reserved: ReservedNames.enumMembers, what: "the case of '\(input.name)' value '\(override.value.value)'", diagnostics: &diagnostics) {
                chosen[override.value.value] = override.name.value
            }
        }
        var seenValues = Set<String>()
        var cases: [OptionCase] = []
        for option in input.options where seenValues.insert(option.value).inserted {
            let caseName = chosen[option.value] ?? unique(SwiftName.caseName(option.value, label: option.label), in: &used,
                                  what: "case for option '\(option.value)' of '\(input.name)'", at: input, diagnostics: &diagnostics)
            cases.append(OptionCase(name: caseName, option: option))
        }
        return OptionEnum(name: name, input: input, cases: cases)
    }

    /// Takes a name the configuration chose, or reports why it cannot be had.
    private func claim(
        _ name: Located<String>, in used: inout Set<String>, reserved: Set<String>, what: String, diagnostics: inout DiagnosticCollector
    ) -> Bool {
        let problem: String? =
            if let problem = SwiftName.identifierProblem(name.value) { problem }
            else if reserved.contains(name.value) { "every generated type has a '\(name.value)' already" }
            else if used.contains(name.value) { "this file gives '\(name.value)' to another one already" }
            else { nil }
        if let problem {
            diagnostics.report(.error, .invalidConfigName, "\(what) in '\(spec.id)' cannot be named '\(name.value)': \(problem)",
                               file: settings.configPath, at: name.location)
            return false
        }
        used.insert(name.value)
        return true
    }

    /// `name`, or `name` with a suffix (then a number) when it is taken; a rename is reported.
    private func unique(
        _ name: String, in used: inout Set<String>, what: String, at input: InputSpec, suffix: String = "",
        diagnostics: inout DiagnosticCollector
    ) -> String {
        var candidate = name
        if used.contains(candidate), !suffix.isEmpty { candidate = name + suffix }
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(name)\(suffix)_\(counter)"
            counter += 1
        }
        if candidate != name {
            diagnostics.report(.warning, .renamed, "the \(what) is named '\(candidate)': '\(name)' is taken", file: spec.source, at: input.location)
        }
        used.insert(candidate)
        return candidate
    }
}
