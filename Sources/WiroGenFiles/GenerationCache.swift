import Foundation
import WiroGenText
import WiroGenCore

/// What the last `generate` read and wrote, so that a run with nothing changed can stop after
/// comparing digests instead of reading every document through cmark again.
///
/// It lives under `.build/wiro-gen/` of the working directory (never in the output, whose bytes
/// must not depend on the machine) and names the generator binary by path, size and date: a
/// rebuilt generator, an edited document, an edited, missing or extra output file each make
/// the next run a full one. `check` never uses it.
public struct GenerationCache: Codable, Equatable, Sendable {
    /// The generator binary that wrote the output.
    public var generator: String
    /// Each document's path and digest.
    public var documents: [String: String]
    /// Each output file's path under the output folder, and digest.
    public var outputs: [String: String]
    /// The diagnostics the run printed, replayed when the cache is used.
    public var diagnostics: [String]

    /// Creates a cache record.
    public init(generator: String, documents: [String: String], outputs: [String: String], diagnostics: [String]) {
        self.generator = generator
        self.documents = documents
        self.outputs = outputs
        self.diagnostics = diagnostics
    }

    /// Where the cache of an output folder lives, or `nil` when the working directory has no
    /// `.build` folder (then there is no cache).
    public static func location(forOutput output: String) -> URL? {
        let build = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build")
        guard FileManager.default.fileExists(atPath: build.path) else { return nil }
        let key = FNV1a.hex(Array(URL(fileURLWithPath: output).standardizedFileURL.path.utf8))
        return build.appendingPathComponent("wiro-gen").appendingPathComponent("cache-\(key).json")
    }

    /// The running generator: its executable's path, size and modification date.
    public static var currentGenerator: String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = attributes[.size] as? Int ?? 0
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(date)"
    }

    /// The digests of the files a run reads (documents and configuration), on all cores.
    public static func digests(of input: GeneratorInput) -> [String: String] {
        let files = input.documents + (input.configuration.map { [$0] } ?? [])
        let pairs = Parallel.map(files) { ($0.path, FNV1a.hex($0.contents)) }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// The digests of the generated files (they carry the header) under `output`.
    public static func outputDigests(in output: String) -> [String: String] {
        let marker = Array(GeneratedFile.marker.utf8)
        let files = (FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        let pairs = Parallel.map(files) { relative -> (String, String)? in
            guard let data = FileManager.default.contents(atPath: output + "/" + relative) else { return nil }
            let bytes = Array(data)
            return bytes.starts(with: marker) ? (relative, FNV1a.hex(bytes)) : nil
        }
        return Dictionary(pairs.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// The digests of files about to be written.
    public static func digests(of files: [GeneratedFile]) -> [String: String] {
        Dictionary(files.map { ($0.path, FNV1a.hex(Array($0.contents.utf8))) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads a cache; `nil` when there is none or it cannot be read.
    public static func load(from url: URL) -> GenerationCache? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(GenerationCache.self, from: data)
    }

    /// Writes the cache; a cache that cannot be written only costs the next run its shortcut.
    public func save(to url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        if let data = try? encoder.encode(self) { try? data.write(to: url, options: .atomic) }
    }
}
