import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs commands and measures them.
enum Measure {
    struct Run {
        var seconds: Double
        var peakMemoryMiB: Int
    }

    /// Runs a command to its end; its time and its peak resident memory.
    static func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        var status: Int32 = 0
        var usage = rusage()
        wait4(process.processIdentifier, &status, 0, &usage)
        let seconds = Date().timeIntervalSince(start)
        return Run(seconds: seconds, peakMemoryMiB: usage.ru_maxrss / 1024)
    }

    /// `cmark` over the files, 200 to a process, two processes at once (as generate uses both cores).
    static func cmark(_ files: [URL]) throws -> Run {
        let batches = stride(from: 0, to: files.count, by: 200).map { Array(files[$0..<min($0 + 200, files.count)]) }
        let start = Date()
        let peaks = PeakBox()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for batch in batches.enumerated() where batch.offset % 2 == worker {
                let run = try? Measure.run("/usr/bin/cmark", batch.element.map(\.path), in: URL(fileURLWithPath: "/"))
                peaks.record(run?.peakMemoryMiB ?? 0)
            }
        }
        return Run(seconds: Date().timeIntervalSince(start), peakMemoryMiB: peaks.value)
    }

    /// The lines of every Swift file under `folder`.
    static func lines(in folder: URL) throws -> Int {
        var total = 0
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            total += text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        }
        return total
    }

    /// The debug build time of a package holding WiroRuntime and the module of the first
    /// `tools` documents (WiroRuntime built first, so only the generated module is timed).
    static func buildModule(tools: Int, specs: URL, root: URL, work: URL, wiroGen: String) throws -> Double {
        let package = work.appendingPathComponent("Build\(tools)")
        let subset = package.appendingPathComponent("Specs")
        let all = FileManager.default.enumerator(atPath: specs.path)?.allObjects.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted() ?? []
        for relative in all.prefix(tools) {
            let target = subset.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: specs.appendingPathComponent(relative), to: target)
        }
        let sources = package.appendingPathComponent("Sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("Sources/WiroRuntime"), to: sources.appendingPathComponent("WiroRuntime"))
        _ = try run(wiroGen, ["generate", "--specs", subset.path, "--output", sources.appendingPathComponent("Tools").path], in: package)
        try Data("""
            // swift-tools-version: 6.0
            import PackageDescription
            let package = Package(name: "Build", targets: [
                .target(name: "WiroRuntime"),
                .target(name: "Tools", dependencies: ["WiroRuntime"]),
            ], swiftLanguageModes: [.v6])
            """.utf8).write(to: package.appendingPathComponent("Package.swift"))
        let swift = "/usr/bin/env"
        _ = try run(swift, ["swift", "build", "--target", "WiroRuntime"], in: package)
        return try run(swift, ["swift", "build", "--target", "Tools"], in: package).seconds
    }

    static func row(_ label: String, _ seconds: Double, _ note: String) -> String {
        label.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%8.3f s   ", seconds) + note
    }
}

/// The largest value recorded from several threads.
private final class PeakBox: @unchecked Sendable {
    // NSLock guards `peak`; Mutex would need macOS 15.
    private let lock = NSLock()
    private var peak = 0
    var value: Int { lock.withLock { peak } }
    func record(_ value: Int) { lock.withLock { peak = max(peak, value) } }
}
