import WiroGenText

extension GeneratedFile {
    /// The fixed header: names the source and says how to regenerate.
    package static func header(source: String) -> String {
        "\(marker) from \(source).\n// Change the document and run `swift run wiro-gen generate` instead.\n"
    }
}
