import Foundation
import WiroGenText

/// The generated files' folder: compares it with what should be there, and brings it up to date
/// touching only what changed and only files the generator wrote.
public struct OutputFolder {
    /// How a folder differs from what the generator would write.
    public struct Differences: Equatable, Sendable {
        /// Files that should exist and do not.
        public var missing: [String] = []
        /// Generated files whose bytes differ from what the generator would write.
        public var stale: [String] = []
        /// Generated files (they carry the header) that no document produces any more.
        public var extra: [String] = []
        /// Files already as they should be.
        public var unchanged: [String] = []

        /// True when nothing needs writing or removing.
        public var isFresh: Bool { missing.isEmpty && stale.isEmpty && extra.isEmpty }
    }

    /// The folder's path.
    public let path: String

    /// A folder at `path` (which need not exist yet).
    public init(path: String) { self.path = path }

    /// How the folder differs from `files`. Reads, never writes.
    public func differences(from files: [GeneratedFile]) -> Differences {
        var result = Differences()
        let wanted = Set(files.map(\.path))
        for file in files {
            let url = fileURL(file.path)
            guard let existing = FileManager.default.contents(atPath: url.path) else {
                result.missing.append(file.path)
                continue
            }
            if existing == Data(file.contents.utf8) { result.unchanged.append(file.path) } else { result.stale.append(file.path) }
        }
        result.extra = generatedFiles().filter { !wanted.contains($0) }
        return result
    }

    /// Writes missing and stale files (each through a temporary file and a rename, so none is
    /// ever half-written) and removes extra generated files; returns what it found.
    @discardableResult
    public func update(to files: [GeneratedFile]) throws -> Differences {
        let differences = differences(from: files)
        let changed = Set(differences.missing + differences.stale)
        for file in files where changed.contains(file.path) {
            try Self.write(file.contents, to: fileURL(file.path))
        }
        for extra in differences.extra {
            let url = fileURL(extra)
            try FileManager.default.removeItem(at: url)
            removeEmptyFolders(from: url.deletingLastPathComponent())
        }
        return differences
    }

    /// Writes `contents` to `url` through a temporary file and a rename, unless the file
    /// already holds exactly those bytes; true when it wrote.
    @discardableResult
    public static func write(_ contents: String, to url: URL) throws -> Bool {
        try write(Data(contents.utf8), to: url)
    }

    /// Writes `data` to `url` through a temporary file and a rename, unless the file already
    /// holds exactly those bytes; true when it wrote.
    @discardableResult
    public static func write(_ data: Data, to url: URL) throws -> Bool {
        if FileManager.default.contents(atPath: url.path) == data { return false }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        return true
    }

    private func fileURL(_ relative: String) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(relative)
    }

    /// The `.swift` files under the folder whose first line is the generator's header.
    private func generatedFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var found: [String] = []
        let marker = Data(GeneratedFile.marker.utf8)
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift"), let handle = FileHandle(forReadingAtPath: fileURL(relative).path) else { continue }
            let head = handle.readData(ofLength: marker.count)
            try? handle.close()
            if head == marker { found.append(relative) }
        }
        return found.sorted()
    }

    private func removeEmptyFolders(from folder: URL) {
        var current = folder.standardizedFileURL
        let root = URL(fileURLWithPath: path).standardizedFileURL
        while current.path.hasPrefix(root.path + "/"),
              let contents = try? FileManager.default.contentsOfDirectory(atPath: current.path), contents.isEmpty {
            try? FileManager.default.removeItem(at: current)
            current = current.deletingLastPathComponent()
        }
    }
}
