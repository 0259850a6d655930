import WiroGenText

/// What kind of value a tool input takes, decided from the document's `type:` string.
///
/// Wiro adds types from time to time; an unrecognised one becomes ``unknown(_:)`` so that a
/// single new type never blocks reading the rest of a document.
public enum InputKind: Hashable, Sendable, Codable, CustomStringConvertible {
    case text, textarea, select, multiselect, selectwithcover
    case number, float, range, checkbox
    case fileinput, multifileinput, combinefileinput
    /// A type string WiroGen does not know, kept verbatim.
    case unknown(String)

    /// Every kind WiroGen knows, in the order of the design's type table.
    public static let known: [InputKind] = [
        .text, .textarea, .select, .multiselect, .selectwithcover,
        .number, .float, .range, .checkbox,
        .fileinput, .multifileinput, .combinefileinput,
    ]

    /// The kind for a document's `type:` string; matching ignores case and surrounding space.
    public init(typeString: String) {
        let key = typeString.trimmingWhitespace().lowercased()
        self = Self.known.first { $0.description == key } ?? .unknown(typeString)
    }

    /// The type string as Wiro writes it (for ``unknown(_:)``, the document's own string).
    public var description: String {
        switch self {
        case .text: "text"
        case .textarea: "textarea"
        case .select: "select"
        case .multiselect: "multiselect"
        case .selectwithcover: "selectwithcover"
        case .number: "number"
        case .float: "float"
        case .range: "range"
        case .checkbox: "checkbox"
        case .fileinput: "fileinput"
        case .multifileinput: "multifileinput"
        case .combinefileinput: "combinefileinput"
        case .unknown(let type): type
        }
    }

    /// True for the kinds whose values come from a list of options.
    public var takesOptions: Bool {
        switch self {
        case .select, .multiselect, .selectwithcover: true
        default: false
        }
    }

    /// Encoded as its type string, with `unknown` kinds spelled `unknown(<type>)`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if case .unknown(let type) = self {
            try container.encode("unknown(\(type))")
        } else {
            try container.encode(description)
        }
    }

    public init(from decoder: any Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        if string.hasPrefix("unknown("), string.hasSuffix(")") {
            self = .unknown(String(string.dropFirst("unknown(".count).dropLast()))
        } else {
            self = InputKind(typeString: string)
        }
    }
}
