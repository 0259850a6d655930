import WiroGenModel
import WiroGenText

/// What Wiro's structured definition says of one input, as readings beside its help's: the
/// checks Wiro's server makes. Each is one "sentence" in the definition's own words
/// (`Wiro's definition: minimum 1, maximum 500`), so `lint` lists it, a violation quotes it and
/// the configuration's `ignore` can name it like any sentence.
enum DefinitionRules {
    /// The readings of `defined`, stated in the definition at `file`.
    static func readings(of input: InputSpec, _ defined: DefinedInput, file: String) -> [SentenceReading] {
        let place = FileLocation(file: file, location: defined.location)
        func reading(_ words: String, _ verdict: SentenceReading.Verdict) -> SentenceReading {
            SentenceReading(sentence: "Wiro's definition: " + words, input: input.name, verdict: verdict, definedAt: place)
        }
        var readings: [SentenceReading] = []
        if defined.isRequired {
            readings.append(reading("required", .rules([.required(input: input.name)])))
        }
        if defined.minimum != nil || defined.maximum != nil {
            let words = [defined.minimum.map { "minimum \($0.sentenceText)" }, defined.maximum.map { "maximum \($0.sentenceText)" }]
            readings.append(reading(words.compactMap { $0 }.joined(separator: ", "),
                                    .rules([.range(input: input.name, minimum: defined.minimum, maximum: defined.maximum)])))
        }
        if let multiple = defined.multipleOf, multiple != 1 {
            let words = "multiple of \(multiple.sentenceText)"
            if let whole = defined.wholeMultiple {
                readings.append(reading(words, .rules([.arithmetic(input: input.name, multiplier: whole, offset: 0)])))
            } else {
                readings.append(reading(words, .unread("a multiple of a fraction is not checked")))
            }
        }
        if defined.minimumLength != nil || defined.maximumLength != nil {
            let words = [defined.minimumLength.map { "minLength \($0.sentenceText)" }, defined.maximumLength.map { "maxLength \($0.sentenceText)" }]
            readings.append(reading(words.compactMap { $0 }.joined(separator: ", "), .unread(
                "Wiro writes a text input's min and max this way, and whether its server compares the text's length or the number it spells is not known")))
        }
        return readings
    }
}
