import Foundation
import PackagePlugin

/// What both plugins need: which files are tool documents, and where their output goes.
/// Kept in one folder that each plugin links to; plugins cannot share a module.
enum WiroDocuments {
    /// How the names of the files `wiro-gen` reads end: tool documents, and Wiro's structured
    /// definitions of tools.
    static let suffixes = [".md", ".openapi.json"]

    /// The tool documents and definitions among a target's files, sorted by path.
    static func documents(in files: [URL]) -> [URL] {
        files.filter { file in suffixes.contains { file.lastPathComponent.hasSuffix($0) } }.sorted { $0.path < $1.path }
    }

    /// The files of each tool: a document and the definition beside it (same folder and stem)
    /// are one tool's; a lone one is a tool of its own. In the order of their first file.
    static func tools(in documents: [URL]) -> [[URL]] {
        var order: [String] = []
        var files: [String: [URL]] = [:]
        for document in documents {
            let path = document.path
            let stem = suffixes.first { path.hasSuffix($0) }.map { String(path.dropLast($0.count)) } ?? path
            if files[stem] == nil { order.append(stem) }
            files[stem, default: []].append(document)
        }
        return order.map { files[$0]! }
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
        let stem = suffixes.first { relative.hasSuffix($0) }.map { String(relative.dropLast($0.count)) } ?? relative
        return stem.replacingOccurrences(of: "/", with: "_") + ".swift"
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
