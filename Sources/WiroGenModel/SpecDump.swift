import Foundation

/// Renders specs as the JSON that `wiro-gen dump` prints.
public enum SpecDump {
    /// The user-info key that, set to `false`, leaves source locations out of the JSON.
    public static let includeLocationsKey = CodingUserInfoKey(rawValue: "WiroGen.includeLocations")!

    /// A JSON array of the specs, keys sorted, pretty-printed, ending in a newline.
    public static func json(_ specs: [ToolSpec], includeLocations: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[includeLocationsKey] = includeLocations
        return String(decoding: try encoder.encode(specs), as: UTF8.self) + "\n"
    }
}

extension Encoder {
    /// False when the encoding was asked to leave source locations out.
    package var includesLocations: Bool { userInfo[SpecDump.includeLocationsKey] as? Bool ?? true }
}
