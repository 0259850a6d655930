import WiroGenModel

/// Inputs that go together, in either word order: "Must be used together with the mask",
/// "Requires a reference video", "Both start and end frame must be provided", "The mask and the
/// image must be given together, or neither", "Audio is required when the video is set". Each
/// becomes a presence rule with a condition: one input must be given when another is.
/// (That an input "is only used with" another says what the server does, and is advice.)
struct PairingPatterns {
    let conditions: ConditionReader
    let source: InputSpec
    private var words: SentenceWords { conditions.words }
    private var vocabulary: Vocabulary { conditions.vocabulary }

    /// The presence rules the sentence states between inputs.
    func rules() -> [Constraint.Rule] {
        if let both = both() { return both }
        if let with = together() { return [with] }
        if let other = requiredOther() { return [other] }
        return []
    }

    private static let givens = ["provided", "given", "set", "used", "uploaded", "specified", "supplied", "sent", "present", "filled"]
    private static let musts = ["must be", "need to be", "needs to be", "have to be", "has to be", "should be", "are required", "is required"]
        .map(SentenceWords.parts)

    /// "Both A and B must be provided", "A and B must be given together", "… or neither".
    private func both() -> [Constraint.Rule]? {
        let start = words.index(of: "both") ?? 0
        guard let must = Self.musts.compactMap({ words.index(of: $0, from: start) }).min(),
              words.has("both") || words.has("together") || words.has("neither") else { return nil }
        let named = vocabulary.inputs(in: words, start..<must).map(\.input).filter(ConditionReader.canBeEmpty)
        guard named.count == 2, words.slice(must, words.count).contains(where: { Self.givens.contains($0) || $0 == "required" }),
              !words.has("either") || words.has("neither") else { return nil }
        let (first, second) = (named[0].name, named[1].name)
        return [.required(input: second, when: .set(first)), .required(input: first, when: .set(second))]
    }

    private static let withPhrases = [
        "must be used with", "must be used together with", "must be provided with", "must be provided together with",
        "must be given with", "must be combined with", "must be set with", "must be sent with", "should be used with",
        "can only be used with", "only works with", "only work with", "requires", "require", "needs", "need",
        "is required with", "requires a", "requires an", "needs a", "needs an",
    ].map(SentenceWords.parts).sorted { $0.count > $1.count }

    /// "[A] must be used with B", "[A] requires B": B must be given when A is; A is this input
    /// when the words before name no other.
    private func together() -> Constraint.Rule? {
        for phrase in Self.withPhrases {
            guard let at = words.index(of: phrase) else { continue }
            let end = at + phrase.count
            guard let partner = named(in: end..<words.count), vocabulary.values(at: partner.at, in: words).isEmpty,
                  conditions.value(in: end..<words.count) == nil else { return nil }
            let before = vocabulary.inputs(in: words, 0..<at).map(\.input)
            let subject = before.count == 1 ? before[0] : (before.isEmpty ? source : nil)
            guard let subject, subject.name != partner.input.name, ConditionReader.canBeEmpty(subject),
                  ConditionReader.canBeEmpty(partner.input) else { return nil }
            return .required(input: partner.input.name, when: .set(subject.name))
        }
        return nil
    }

    /// "B is required when C" in the help of another input: a presence rule on B.
    private func requiredOther() -> Constraint.Rule? {
        guard let verb = Self.musts.compactMap({ words.index(of: $0) }).min(),
              let connector = (verb..<words.count).first(where: { ["if", "when"].contains(words[$0]) }),
              (verb..<connector).contains(where: { words[$0] == "required" || Self.givens.contains(words[$0]) }) else { return nil }
        let subjects = vocabulary.inputs(in: words, 0..<verb).map(\.input)
        guard subjects.count == 1, subjects[0].name != source.name, ConditionReader.canBeEmpty(subjects[0]),
              let condition = conditions.condition(in: (connector + 1)..<words.count), condition.input != subjects[0].name else { return nil }
        return .required(input: subjects[0].name, when: condition)
    }

    /// The one input the words in `range` name.
    private func named(in range: Range<Int>) -> (input: InputSpec, at: Int)? {
        let found = vocabulary.inputs(in: words, range)
        return found.count == 1 ? found[0] : nil
    }
}
