import Foundation
#if canImport(Glibc)
import Glibc
#endif

// The generator's benchmark. It synthesizes N tool documents and prints, in one run:
// - `wiro-gen generate` (release): time, peak memory, a no-op regenerate;
// - what Debian's `cmark` command does with the same files (read, parse, render), in-process on
//   both cores (the floor: parsing is the irreducible part), and generate ÷ cmark;
// - generated lines per tool;
// - for 100 and 1000 tools (those ≤ N): the debug and the release build time of the generated
//   module alone (WiroRuntime is built first), and its release code and data per tool.
// With `--baseline REF`, the same figures for the generator and runtime at git revision REF,
// side by side: both run on the same documents, builds alternating.
//
//     swift build -c release --product wiro-gen
//     swift run -c release wiro-gen-benchmark [N] [--skip-build] [--baseline REF]

let arguments = Array(CommandLine.arguments.dropFirst())
let count = arguments.compactMap { Int($0) }.first ?? 1000
let skipBuild = arguments.contains("--skip-build")
let baselineRef = arguments.firstIndex(of: "--baseline").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let work = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-benchmark-\(getpid())")
defer { if ProcessInfo.processInfo.environment["WIROGEN_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(at: work) } }

let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/llms")
let synthesizer = try Synthesizer(
    specs: root.appendingPathComponent("Specs"),
    corpus: FileManager.default.fileExists(atPath: corpus.path) ? corpus : nil)
let specs = work.appendingPathComponent("Specs")
let files = try synthesizer.write(count: count, into: specs)
let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
print("documents: \(count), synthesized from \(synthesizer.bases.count) real ones, \(bytes / 1024) KiB, \(ProcessInfo.processInfo.activeProcessorCount) cores")

var variants = [Variant(name: "this tree", generator: root.appendingPathComponent(".build/release/wiro-gen"),
                        runtime: root.appendingPathComponent("Sources/WiroRuntime"))]
if let baselineRef {
    print("building the baseline \(baselineRef)…")
    variants.append(try Variant.baseline(baselineRef, repository: root, work: work))
}
defer { variants.dropFirst().forEach { $0.remove(repository: root) } }

var table = FigureTable(columns: variants.map(\.name))
let cmark = try Measure.cmark(files)
for variant in variants {
    let figures = try variant.generation(specs: specs, work: work.appendingPathComponent(variant.folder), count: count)
    table.add(variant.name, figures.figures)
    table.add(variant.name, [("generate ÷ cmark", String(format: "%.1f×", figures.generateSeconds / cmark.seconds))])
}
table.shared["cmark over the same files (libcmark, 2 threads)"] = Measure.seconds(cmark.seconds)
if !skipBuild {
    for size in [100, 1000] where size <= count {
        for variant in variants {
            table.add(variant.name, try variant.builds(tools: size, specs: specs, work: work))
        }
    }
}
print(table.text)
