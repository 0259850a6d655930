import Foundation
#if canImport(Glibc)
import Glibc
#endif

// The generator's benchmark: synthesizes N tool documents and prints, in one run, the time of
// `wiro-gen generate` (release), of Debian's `cmark` over the same files (the floor: parsing is
// the irreducible part) and their ratio, peak memory, a no-op regenerate, generated lines per
// tool, and the debug build time of the generated module at N = 100 and N = 1000.
//
//     swift run -c release wiro-gen-benchmark [N] [--skip-build]

let arguments = CommandLine.arguments.dropFirst()
let count = arguments.compactMap { Int($0) }.first ?? 1000
let skipBuild = arguments.contains("--skip-build")
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let work = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-benchmark-\(getpid())")
defer { if ProcessInfo.processInfo.environment["WIROGEN_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(at: work) } }

let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/llms")
let synthesizer = try Synthesizer(
    specs: root.appendingPathComponent("Specs"),
    corpus: FileManager.default.fileExists(atPath: corpus.path) ? corpus : nil)
let specs = work.appendingPathComponent("Specs")
// A package root has a .build folder, where generate keeps what lets a no-op run stop early.
try FileManager.default.createDirectory(at: work.appendingPathComponent(".build"), withIntermediateDirectories: true)
let files = try synthesizer.write(count: count, into: specs)
let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
print("documents: \(count), synthesized from \(synthesizer.bases.count) real ones, \(bytes / 1024) KiB, \(ProcessInfo.processInfo.activeProcessorCount) cores")

let wiroGen = root.appendingPathComponent(".build/release/wiro-gen").path
let output = work.appendingPathComponent("Generated/Tools")
let full = try Measure.run(wiroGen, ["generate", "--specs", specs.path, "--output", output.path], in: work)
let noop = try Measure.run(wiroGen, ["generate", "--specs", specs.path, "--output", output.path], in: work)
let forced = try Measure.run(wiroGen, ["generate", "--force", "--specs", specs.path, "--output", output.path], in: work)
let cmark = try Measure.cmark(files)
let lines = try Measure.lines(in: output)

print(Measure.row("wiro-gen generate (release)", full.seconds, "peak \(full.peakMemoryMiB) MiB"))
print(Measure.row("wiro-gen generate --force, all unchanged", forced.seconds, "peak \(forced.peakMemoryMiB) MiB"))
print(Measure.row("cmark over the same files", cmark.seconds, "peak \(cmark.peakMemoryMiB) MiB"))
print("ratio generate / cmark".padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%8.2fx", full.seconds / cmark.seconds))
print(Measure.row("no-op regenerate", noop.seconds, String(format: "%.0f%% of a full generate", 100 * noop.seconds / full.seconds)))
print("generated lines per tool".padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%8.1f", Double(lines) / Double(count)))

if !skipBuild {
    for size in [100, 1000] where size <= count {
        let build = try Measure.buildModule(tools: size, specs: specs, root: root, work: work, wiroGen: wiroGen)
        print(Measure.row("debug build of \(size) tools", build, String(format: "%.1f ms per tool", 1000 * build / Double(size))))
    }
}
