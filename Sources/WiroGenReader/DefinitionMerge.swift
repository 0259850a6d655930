import WiroGenModel
import WiroGenText

/// A markdown document and Wiro's structured definition beside it (`ovi.md`, `ovi.openapi.json`)
/// made one tool. The document wins on everything it states: its inputs, their text, types,
/// options and defaults, its samples and its Run example's wire encoding. The definition adds
/// what Wiro's server checks for the inputs both describe: required, bounds, multiples. Where the
/// two disagree, each place gets a warning naming the other.
package enum DefinitionMerge {
    /// `document` with `definition`'s checks attached; disagreements go to `diagnostics`.
    package static func merge(_ document: ToolSpec, with definition: ToolSpec, diagnostics: inout DiagnosticCollector) -> ToolSpec {
        guard let defined = definition.definition else { return document }
        var merged = document
        merged.definition = defined
        var report = Disagreements(document: document, definition: defined, diagnostics: diagnostics)
        defer { diagnostics = report.diagnostics }
        if document.id.lowercased() != definition.id.lowercased() {
            report.both(document.source, .start, defined.source, .start,
                        "the document describes '\(document.id)', the definition beside it '\(definition.id)'")
        }
        for input in document.inputs {
            guard let definedInput = defined.input(named: input.name) else {
                report.atDocument(input.location, "input '\(input.name)' is not in Wiro's definition (\(defined.source)); nothing of the definition applies to it")
                continue
            }
            report.compare(input, definedInput)
        }
        for definedInput in defined.inputs where document.input(named: definedInput.name) == nil {
            let refusal = definedInput.isRequired ? ", which requires it: Wiro refuses requests without it (fetch the document again)" : ""
            report.atDefinition(definedInput.location, "input '\(definedInput.name)' is in Wiro's definition but not in the document (\(document.source))\(refusal); the binding leaves it out")
        }
        return merged
    }
}

/// Reports where a document and its definition disagree.
private struct Disagreements {
    let document: ToolSpec
    let definition: ToolDefinition
    var diagnostics: DiagnosticCollector

    /// The options, default and kind of an input both describe.
    mutating func compare(_ input: InputSpec, _ defined: DefinedInput) {
        let declared = defined.declared
        let here = "\(document.source):\(input.location)", there = "\(definition.source):\(defined.location)"
        let values = input.options.map(\.value), definedValues = declared.options.map(\.value)
        if !definedValues.isEmpty, Set(values) != Set(definedValues) {
            let onlyHere = values.filter { !definedValues.contains($0) }, onlyThere = definedValues.filter { !values.contains($0) }
            let words = [Self.listed(onlyHere, "only the document lists"), Self.listed(onlyThere, "only the definition lists")].compactMap { $0 }
            pair(input, defined, "the options of '\(input.name)' differ: \(words.joined(separator: "; "))", here: here, there: there)
        }
        // A definition gives file inputs no default where the document names a sample file.
        if let definedDefault = declared.default, definedDefault != input.default {
            let (ours, theirs) = Self.quotedDifference(input.default, definedDefault)
            pair(input, defined, "the default of '\(input.name)' is \(ours) in the document and \(theirs) in Wiro's definition",
                 here: here, there: there)
        }
        if Self.family(input.kind) != Self.family(declared.kind) {
            pair(input, defined, "'\(input.name)' is a \(input.type) in the document and a \(declared.type) in Wiro's definition", here: here, there: there)
        }
    }

    /// One warning at each place, each naming the other; the document's reading is kept.
    private mutating func pair(_ input: InputSpec, _ defined: DefinedInput, _ what: String, here: String, there: String) {
        diagnostics.report(.warning, .definitionDisagrees, "\(what) (the definition: \(there)); the document's is used", file: document.source, at: input.location)
        diagnostics.report(.warning, .definitionDisagrees, "\(what) (the document: \(here)); the document's is used", file: definition.source, at: defined.location)
    }

    mutating func both(_ file: String, _ at: SourceLocation, _ otherFile: String, _ otherAt: SourceLocation, _ what: String) {
        diagnostics.report(.warning, .definitionDisagrees, "\(what) (\(otherFile):\(otherAt))", file: file, at: at)
        diagnostics.report(.warning, .definitionDisagrees, "\(what) (\(file):\(at))", file: otherFile, at: otherAt)
    }

    mutating func atDocument(_ location: SourceLocation, _ what: String) {
        diagnostics.report(.warning, .definitionDisagrees, what, file: document.source, at: location)
    }

    mutating func atDefinition(_ location: SourceLocation, _ what: String) {
        diagnostics.report(.warning, .definitionDisagrees, what, file: definition.source, at: location)
    }

    /// Kinds a definition can tell apart: it has no `textarea`, and writes floats as numbers.
    private static func family(_ kind: InputKind) -> String {
        switch kind {
        case .text, .textarea, .unknown: "text"
        case .number, .float, .range: "number"
        case .select, .selectwithcover: "select"
        case .multiselect: "multiselect"
        case .checkbox: "checkbox"
        case .fileinput, .multifileinput, .combinefileinput: "file"
        }
    }

    private static func listed(_ values: [String], _ words: String) -> String? {
        values.isEmpty ? nil : "\(words) " + values.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// Two texts quoted where they differ: whole when short, else from a little before the
    /// first character they do not share.
    private static func quotedDifference(_ first: String?, _ second: String) -> (String, String) {
        guard let first else { return ("none", quote(Substring(second))) }
        let shared = zip(first, second).prefix { $0 == $1 }.count
        let start = max(0, shared - 12)
        return (quote(first.dropFirst(start), cut: start > 0), quote(second.dropFirst(start), cut: start > 0))
    }

    private static func quote(_ text: Substring, cut: Bool = false) -> String {
        "'" + (cut ? "..." : "") + (text.count > 40 ? text.prefix(37) + "..." : text) + "'"
    }
}
