import Foundation
import PackagePlugin

/// What both plugins need: which files are tool documents, and where their output goes.
/// Kept in one folder that each plugin links to; plugins cannot share a module.
enum WiroDocuments {
    /// The `*.md` files among a target's files, sorted by path.
    static func documents(in files: [URL]) -> [URL] {
        files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
    }

    /// A document's path inside `directory`, `/`-separated (`PixVerse/text-to-video-v4.5.md`): what
    /// names the build command and its output file. (How the generated file's header names the
    /// document is `wiro-gen`'s to decide, from `--root` and `--root-name`.)
    static func relativePath(of file: URL, in directory: URL) -> String {
        let base = directory.standardizedFileURL.path + "/"
        let path = file.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : file.lastPathComponent
    }

    /// The generated file's name for a document: its relative path made one file name, so
    /// documents of the same name in different folders stay apart.
    static func outputName(forRelativePath relative: String) -> String {
        String(relative.dropLast(".md".count)).replacingOccurrences(of: "/", with: "_") + ".swift"
    }
}

extension WiroDocuments {
    /// The configuration file in a folder, if there is one.
    static func configuration(in folder: URL) -> URL? {
        let file = folder.appendingPathComponent("wiro-gen.json")
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    /// `--config <file>` for wiro-gen, or nothing.
    static func configArguments(_ file: URL?) -> [String] {
        file.map { ["--config", $0.path] } ?? []
    }
}

/// A plugin failure with a message SwiftPM shows as it is.
struct WiroPluginError: Error, CustomStringConvertible {
    var description: String
}
