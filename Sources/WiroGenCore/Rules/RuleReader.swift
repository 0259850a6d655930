/// Reads constraints from help sentences, where their words resolve to the tool's own inputs
/// and option values; reports the rule-like sentences it could not resolve.
enum RuleReader {
    /// The constraints of a spec, in input and sentence order; rule-like sentences that yield
    /// none are reported as notes. Whether each constraint can be checked is Resolve's to say.
    static func read(_ spec: ToolSpec, diagnostics: inout DiagnosticCollector) -> [Constraint] {
        var constraints: [Constraint] = []
        for input in spec.inputs {
            for sentence in sentences(of: input.help) {
                let found = SentencePatterns.constraints(in: sentence, source: input, spec: spec)
                if found.isEmpty, SentencePatterns.looksLikeRule(sentence) {
                    diagnostics.report(
                        .note, .uncheckedRule,
                        "not checked: \"\(sentence)\" (help of '\(input.name)') names nothing this tool has, or says it in a way WiroGen does not read",
                        file: spec.source, at: input.location)
                }
                constraints.append(contentsOf: found.filter { !constraints.contains($0) })
            }
        }
        return constraints
    }

    /// Sentences end at `.`, `;`, `!` or `?` followed by a space or the end: `v3.5` stays whole.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if ".;!?".contains(character), next == " " {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        return sentences.map { $0.trimmingWhitespace() }.map { $0.hasSuffix(".") || $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
            .filter { !$0.isEmpty }
    }
}
