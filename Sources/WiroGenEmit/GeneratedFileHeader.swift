import WiroGenText

extension GeneratedFile {
    /// What makes a file, for its header to say how to remake it.
    package enum Maker: Sendable {
        /// `wiro-gen generate` (or the command plugin, which runs it).
        case command
        /// The build plugin, at build time.
        case buildPlugin
    }

    /// The fixed header: names the source and says how to regenerate.
    package static func header(source: String, by maker: Maker = .command) -> String {
        switch maker {
        case .command:
            "\(marker) from \(source).\n// Change the document and run `swift run wiro-gen generate` instead.\n"
        case .buildPlugin:
            "\(marker)'s build plugin from \(source).\n// Change the document instead: the next build remakes this file.\n"
        }
    }
}
