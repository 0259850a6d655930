import Foundation
import WiroGenMarkdown
#if canImport(Glibc)
import Glibc
#endif

/// Runs commands and measures them.
enum Measure {
    struct Run {
        var seconds: Double
        var peakMemoryMiB: Int
        var status: Int32
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs a command to its end; its time, CPU time and peak resident memory.
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
        return Run(seconds: seconds, peakMemoryMiB: usage.ru_maxrss / 1024, status: (status >> 8) & 0xFF)
    }

    /// Runs a command that must succeed.
    @discardableResult
    static func runChecked(_ executable: String, _ arguments: [String], in directory: URL) throws -> Run {
        let run = try run(executable, arguments, in: directory)
        guard run.status == 0 else {
            throw Failure(description: "\(([executable] + arguments).joined(separator: " ")) failed (exit \(run.status)) in \(directory.path)")
        }
        return run
    }

    /// What Debian's `cmark` command does with every file (read, parse, render HTML, free),
    /// done in-process by libcmark on two threads, as generate uses both cores: the command
    /// itself is not installed where only libcmark-dev is.
    static func cmark(_ files: [URL]) throws -> Run {
        let start = Date()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in stride(from: worker, to: files.count, by: 2) {
                guard let text = try? Data(contentsOf: files[index]) else { continue }
                text.withUnsafeBytes(CmarkBaseline.renderHTML)
            }
        }
        return Run(seconds: Date().timeIntervalSince(start), peakMemoryMiB: 0, status: 0)
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

    /// The text and data bytes of an object file, as `size` counts them.
    static func codeAndData(of object: URL) throws -> Int {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["size", object.path]
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Berkeley format: a header line, then "text data bss dec hex filename".
        guard let row = output.split(separator: "\n").dropFirst().first else { throw Failure(description: "size printed nothing for \(object.path)") }
        let numbers = row.split(separator: " ", omittingEmptySubsequences: true).prefix(2).compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return numbers.reduce(0, +)
    }

    static func seconds(_ value: Double) -> String {
        String(format: "%.3f s", value)
    }

    /// Wall time per tool, and the build's wall time.
    static func perTool(_ run: Run, _ tools: Int) -> String {
        String(format: "%.1f ms/tool (%.1f s)", 1000 * run.seconds / Double(tools), run.seconds)
    }
}
