/// Text as a typed value: the one parser the generator (a document's defaults, samples and the
/// values its rules name) and the runtime (values decoded from a Run body) share, so the two
/// agree on every value. Numbers follow ``WiroNumberLiteral``.
@_spi(WiroGen) public enum WiroWireText {
    /// A whole number: `5`, and `5.0` or `1e3`, which spell whole numbers too; not `5.5`.
    public static func int(_ text: String) -> Int? {
        WiroNumberLiteral(text)?.wholeValue
    }

    /// A finite number: `5`, `0.25`, `.5`, `1e3`.
    public static func double(_ text: String) -> Double? {
        WiroNumberLiteral(text)?.doubleValue
    }

    /// `true` or `false` (any case), or `1` or `0`, with surrounding whitespace.
    public static func bool(_ text: String) -> Bool? {
        switch trimmed(text).lowercased() {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }

    /// The items of a list written as one text: comma-separated, empty items kept; none for
    /// an empty text (Wiro writes list defaults, samples and multipart fields this way).
    public static func items(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }

    private static func trimmed(_ text: String) -> Substring {
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !$0.isASCIIWhitespace }),
              let last = bytes.lastIndex(where: { !$0.isASCIIWhitespace })
        else { return "" }
        return Substring(text.utf8[first...last])
    }
}
