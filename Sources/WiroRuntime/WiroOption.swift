/// The options of a select input: a generated enum whose cases are the options, in document
/// order, and whose raw values are the option values exactly as the document lists them.
///
/// The raw values live in one string, ``wireValues``, instead of one `case x = "…"` each: the
/// compiler then synthesizes no `rawValue` switch and no `init(rawValue:)` string comparisons per
/// enum, which is most of what an option enum costs to compile. `allCases` is the compiler's own,
/// so a case's position in `allCases` is its position in ``wireValues``.
public protocol WiroOption: RawRepresentable, CaseIterable, WiroWireValue where RawValue == String, AllCases == [Self] {
    /// The option values, one per case in declaration order, separated by newlines (an option
    /// value is one line of its document).
    static var wireValues: String { get }
}

extension WiroOption {
    /// The option value exactly as the document lists it.
    public var rawValue: String {
        // Every case has its value: the generator writes both lists from the same options.
        String(Self.values[Self.allCases.firstIndex(of: self)!])
    }

    /// The option whose value is `rawValue`, or `nil` when the document lists no such option.
    public init?(rawValue: String) {
        guard let index = Self.values.firstIndex(where: { $0 == rawValue }), index < Self.allCases.count else { return nil }
        self = Self.allCases[index]
    }

    /// ``wireValues``, one per case; an empty line is an empty value.
    private static var values: [Substring] {
        wireValues.split(separator: "\n", omittingEmptySubsequences: false)
    }
}

extension WiroOption {
    /// The same case. Compares the cases' stored tags: the standard library's `==` for
    /// raw-representable types compares raw values, which here are found through `==`.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        withUnsafeBytes(of: lhs) { left in withUnsafeBytes(of: rhs) { right in left.elementsEqual(right) } }
    }

    /// Hashes the case's stored tag (see ``==(_:_:)``).
    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
    }
}
