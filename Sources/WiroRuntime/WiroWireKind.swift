/// How a value travels in a Run request's JSON body: the JSON kind the tool's own example
/// uses for that key (`"duration": "5"` is a string, `"seed": 0` a number).
public enum WiroWireKind: Sendable {
    case string, number, bool
    /// A JSON array of strings (lists only; a list sent as a string is comma-separated).
    case array
}
