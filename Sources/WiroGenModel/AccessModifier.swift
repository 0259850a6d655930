/// The access level of the generated declarations.
public enum AccessModifier: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Visible to every module that imports the bindings (the default).
    case `public`
    /// Visible to the modules of the same package only.
    case `package`
    /// Visible inside the module that holds the bindings only.
    case `internal`

    /// The keyword: `public`, `package`, `internal`.
    public var description: String { rawValue }
}
