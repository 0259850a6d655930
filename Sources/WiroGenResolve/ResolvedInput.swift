import WiroGenModel
import WiroRuntime

/// One input as a stored property.
package struct ResolvedInput: Sendable {
    /// The input as the document declares it: for Resolve itself and the stages that compare or
    /// report; emitters read the fields below.
    package var spec: InputSpec
    /// The property's identifier, unescaped.
    package var propertyName: String
    package var type: ValueType
    /// How the value travels in a JSON body: the JSON kind the document's Run example gives
    /// the key; without one, numbers for numbers and strings for the rest.
    package var wireKind: WiroWireKind
    /// How a file input travels in a multipart body (`nil`: not a file input).
    package var upload: WiroUpload?
    /// Whether the property is an optional (`nil` sent as `""`).
    package var isOptional: Bool
    /// The document's default parsed (what ``ToolEmitter`` gives `defaultRequest`), or `nil`
    /// for `nil`.
    package var defaultValue: ResolvedValue?
    /// The `init` argument's default.
    package var initDefault: InitDefault = .document
    /// Whether a value of the property can be empty (a text, a file, a list, an optional):
    /// what a presence rule tests.
    package var canBeEmpty: Bool {
        if isOptional { return true }
        switch type {
        case .string, .file, .list: return true
        default: return false
        }
    }

    /// What an `init` argument defaults to.
    package enum InitDefault: Hashable, Sendable {
        /// The document's default.
        case document
        /// `nil`: content the caller did not choose is not sent.
        case none
        /// No default: the caller passes the value (content, and inputs marked "Required").
        case required
    }

    /// Whether the value is a list (a multiselect, a list of files).
    package var isList: Bool {
        if case .list = type { return true }
        return false
    }

    /// The property's Swift type as written in a declaration.
    package var swiftType: String { type.swiftName + (isOptional ? "?" : "") }
}

extension ResolvedInput {
    /// The wire name: the key of the Run body.
    package var wireName: String { spec.name }
    /// The label people see.
    package var label: String { spec.label }
    /// The help text.
    package var help: String { spec.help }
    /// The `type:` as the document writes it.
    package var documentType: String { spec.type }
    /// The default as the document writes it, or `nil` when it gives none.
    package var documentDefault: String? { spec.default }
}
