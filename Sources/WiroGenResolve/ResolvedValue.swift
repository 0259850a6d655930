/// A value of an input's type, parsed from the document's text (a default, a sample, a
/// value a rule names).
package indirect enum ResolvedValue: Hashable, Sendable {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    /// A remote file: a URL or the name of a file Wiro holds.
    case file(String)
    case option(OptionCase)
    case list([ResolvedValue])
}
