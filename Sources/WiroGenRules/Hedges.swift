import WiroGenModel
import WiroGenText

/// Sentences that advise or describe rather than demand: what is recommended, what the
/// server does by itself, what a model accepts. They never become rules: a misread rule
/// rejects valid requests, an unread one costs one server-side error.
enum Hedges {
    private static let phrases = [
        "recommend", "typically", "usually", "generally", "ideally", "suggested", "best results", "works best", "work best",
        "ignored", "ignores", "will be", "it will", "by default", "take effect", "does not effect", "doesn't effect",
        "no effect", "tend to", "can help", "may result", "for example", "e.g", "default is", "depending on",
        "according to", "automatically", "only apply", "only applies", "is determined", "are determined", "will try",
        "if lower", "if higher", "for backwards compatibility", "prefer ", "can leave", "leave it", "leave blank",
        "leave empty", "can be left", "can be ", "not used", "is used as", "picks", "means", "choose between",
        "good starting", "can include", "work well", "works well", "good results", "for best", "ideal",
    ]

    private static let phraseBytes = phrases.map { Array($0.utf8) }

    /// Why the sentence is advice (it hedges, or says what the server does), or `nil`.
    static func hedge(_ words: SentenceWords) -> String? {
        // Byte search: Foundation's `contains` goes through NSString, and was a sixth of generate's time.
        let text = Array(words.text.utf8)
        return phraseBytes.firstIndex { text.firstIndex(of: $0, in: 0..<text.count) != nil }.map { phrases[$0] }.map {
            "it is hedged or describes what the server does (\"\($0.trimmingWhitespace())\")"
        }
    }

    /// Why the sentence is advice ("Flux accepts between 64 and 2048" describes the model, not
    /// the input), or `nil`.
    static func description(_ words: SentenceWords, source: InputSpec, vocabulary: Vocabulary) -> String? {
        if let verb = words.words.firstIndex(where: { ["accepts", "accept"].contains($0) }), verb > 0 {
            let subject = words.slice(0, verb)
            let aboutInput = subject.contains { ["it", "this", "field", "input", "parameter", "value"].contains($0) }
                || vocabulary.inputs(in: words, 0..<verb).contains { $0.input.name == source.name }
            if !aboutInput { return "it describes what \(subject.joined(separator: " ")) accepts, not what this input takes" }
        }
        return nil
    }
}
