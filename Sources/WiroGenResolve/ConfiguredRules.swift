import WiroGenText
import WiroGenModel
import WiroGenConfig

/// The configuration's rules for one tool, resolved as the document's own are: sentences
/// it ignores are not read, and rules it adds are checked as if a sentence stated them, its
/// reason quoted by their violations. Where a prose rule the document's requests break is a
/// misreading (not checked), an added rule they break is the user's mistake: an error.
package struct ConfiguredRules {
    package let settings: ToolSettings
    package let resolver: RuleResolver

    /// The document's rules, less the ignored sentences, then the added ones.
    package func resolve(diagnostics: inout DiagnosticCollector) -> (rules: [ResolvedRule], decisions: [RuleDecision]) {
        let ignored = settings.rules?.ignored ?? []
        var used = Set<Int>()
        var (rules, decisions) = resolver.resolve(resolver.spec.readings) { reading in
            let sentence = reading.sentence.collapsingWhitespace()
            guard let index = ignored.firstIndex(where: { $0.value == sentence }) else { return nil }
            used.insert(index)
            return "\(settings.configPath):\(ignored[index].location)"
        }
        reportUnused(ignored, used: used, diagnostics: &diagnostics)
        for added in settings.rules?.added ?? [] {
            let constraint = Constraint(rule: added.rule, sentence: added.reason, source: settings.configName)
            do throws(RuleResolver.Reason) {
                if let rule = try resolver.resolve(constraint) { rules.append(rule) }
                decisions.append(RuleDecision(file: settings.configPath, location: added.location, input: added.rule.fields[0],
                                              sentence: added.reason, outcome: .enforced(added.rule.description), rule: added.rule, isConfigured: true))
            } catch {
                diagnostics.report(.error, .configRuleConflict, "the rule '\(added.rule)' cannot be added to '\(resolver.spec.id)': \(error.text)",
                                   file: settings.configPath, at: added.location)
            }
        }
        return (rules, decisions)
    }

    private func reportUnused(_ ignored: [Located<String>], used: Set<Int>, diagnostics: inout DiagnosticCollector) {
        let sentences = resolver.spec.readings.map { $0.sentence.collapsingWhitespace() }
        for (index, sentence) in ignored.enumerated() where !used.contains(index) {
            let near = Suggestion.nearest(to: sentence.value, in: sentences).map { "; the nearest is \"\($0)\"" } ?? ""
            diagnostics.report(.warning, .unusedConfigIgnore,
                "no rule-like sentence of '\(resolver.spec.id)' reads \"\(sentence.value)\", so nothing is ignored\(near)",
                file: settings.configPath, at: sentence.location)
        }
    }
}
