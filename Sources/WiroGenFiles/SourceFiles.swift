import Foundation
import WiroGenCore
import WiroGenText

/// A path given on the command line that does not exist.
public struct MissingPath: Error, CustomStringConvertible {
    /// The path as given.
    public var path: String
    /// `<path>: no such file or directory`.
    public var description: String { "\(path): no such file or directory" }
}

/// Loads what the generator reads from the file system: tool documents (files, or folders
/// searched for `*.md`) and single files such as the configuration. The generator itself only
/// sees the ``InputFile``s.
public enum SourceFiles {
    /// How the names of the files the generator reads end: markdown documents, and Wiro's
    /// structured definitions of tools.
    public static let documentSuffixes = [".md", InputFile.definitionSuffix]

    /// The documents under `paths`: files as given, folders searched recursively for `*.md`
    /// and `*.openapi.json`, each once, in a stable order.
    public static func documentPaths(at paths: [String]) throws(MissingPath) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw MissingPath(path: path) }
            found += isDirectory.boolValue ? documentFiles(in: path) : [path]
        }
        guard paths.count > 1 else { return found }
        var seen = Set<String>()
        return found.filter { seen.insert(($0 as NSString).standardizingPath).inserted }
    }

    /// The generator's input for the documents under `paths` and the configuration at
    /// `configuration`. Headers name each document from the folder `root` (see
    /// ``displayName(of:root:rootName:)``), or by its path as given without one; a folder among
    /// `paths` makes the documents a whole set.
    public static func input(
        documents paths: [String], configuration: String?, namedFrom root: String? = nil, rootName: String? = nil
    ) throws(MissingPath) -> GeneratorInput {
        let setRoot = root ?? paths.first ?? "."
        let rootName = rootName ?? (setRoot as NSString).lastPathComponent
        var problems: [Diagnostic] = []
        let loaded = Parallel.map(try documentPaths(at: paths)) { path in (path, FileManager.default.contents(atPath: path)) }
        let documents = loaded.compactMap { path, data in
            load(path, data, problems: &problems, what: "the document").map {
                InputFile(path: path, displayName: root.map { displayName(of: path, root: $0, rootName: rootName) }, contents: $0)
            }
        }
        let config = try configuration.flatMap { path throws(MissingPath) in
            guard FileManager.default.fileExists(atPath: path) else { throw MissingPath(path: path) }
            return load(path, FileManager.default.contents(atPath: path), problems: &problems, what: "the configuration").map { InputFile(path: path, contents: $0) }
        }
        return GeneratorInput(documents: documents, configuration: config, isWholeSet: paths.contains(where: isFolder),
                              root: setRoot, setName: rootName, loadingDiagnostics: problems)
    }

    /// The file at `path`; `nil` when there is none.
    public static func load(_ path: String) -> InputFile? {
        FileManager.default.contents(atPath: path).map { InputFile(path: path, contents: [UInt8]($0)) }
    }

    /// How a generated file's header names a document: its path from its folder's parent
    /// (`Specs/PixVerse/text-to-video-v4.5.md` for a document under `Specs`, whatever folder
    /// the command ran in), the folder called `rootName`; a document outside `root` by its
    /// file name. The one place that decides it, for `generate` and the build plugin alike.
    public static func displayName(of path: String, root: String, rootName: String) -> String {
        let folder = root.hasSuffix("/") ? root : root + "/"
        if path.hasPrefix(folder) { return rootName + "/" + path.dropFirst(folder.count) }
        let standardRoot = (root as NSString).standardizingPath
        let standardPath = (path as NSString).standardizingPath
        if standardPath.hasPrefix(standardRoot + "/") {
            return rootName + "/" + standardPath.dropFirst(standardRoot.count + 1)
        }
        return (path as NSString).lastPathComponent
    }

    private static func documentFiles(in folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            guard documentSuffixes.contains(where: relative.hasSuffix) else { continue }
            var nested: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + relative, isDirectory: &nested), !nested.boolValue { found.append(base + relative) }
        }
        return found.sorted()
    }

    private static func load(_ path: String, _ data: Data?, problems: inout [Diagnostic], what: String) -> [UInt8]? {
        guard let data else {
            problems.append(Diagnostic(.error, .unreadableFile, "\(what) cannot be read", file: path, at: nil))
            return nil
        }
        return [UInt8](data)
    }

    /// Whether a path is a folder: only a whole folder of documents shows that a tool the
    /// configuration names is missing.
    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
