import Foundation

/// A generator and the runtime its code needs: this tree's, or a baseline checked out from git.
struct Variant {
    let name: String
    let generator: URL
    let runtime: URL
    var checkout: URL?

    /// A folder name for this variant's files.
    var folder: String { checkout == nil ? "current" : "baseline" }

    /// Checks `ref` out into a worktree under `work` and builds its generator (release).
    static func baseline(_ ref: String, repository: URL, work: URL) throws -> Variant {
        let checkout = work.appendingPathComponent("baseline-tree")
        try Measure.runChecked("/usr/bin/env", ["git", "worktree", "add", "--detach", "--force", checkout.path, ref], in: repository)
        try Measure.runChecked("/usr/bin/env", ["swift", "build", "-c", "release", "--product", "wiro-gen"], in: checkout)
        return Variant(name: "baseline \(ref)", generator: checkout.appendingPathComponent(".build/release/wiro-gen"),
                       runtime: checkout.appendingPathComponent("Sources/WiroRuntime"), checkout: checkout)
    }

    /// Removes the baseline's worktree.
    func remove(repository: URL) {
        guard let checkout else { return }
        _ = try? Measure.run("/usr/bin/env", ["git", "worktree", "remove", "--force", checkout.path], in: repository)
    }

    /// Generates all documents: a full run, a no-op run and a forced run; and the lines written.
    func generation(specs: URL, work: URL, count: Int) throws -> (generateSeconds: Double, figures: [(row: String, value: String)]) {
        // A package root has a .build folder, where generate keeps what lets a no-op run stop early.
        try FileManager.default.createDirectory(at: work.appendingPathComponent(".build"), withIntermediateDirectories: true)
        let output = work.appendingPathComponent("Generated/Tools")
        let arguments = ["generate", "--specs", specs.path, "--output", output.path]
        let full = try Measure.run(generator.path, arguments, in: work)
        let noop = try Measure.run(generator.path, arguments, in: work)
        let forced = try Measure.run(generator.path, ["generate", "--force"] + arguments.dropFirst(), in: work)
        let lines = try Measure.lines(in: output)
        return (full.seconds, [
            ("generate (release)", Measure.seconds(full.seconds) + ", peak \(full.peakMemoryMiB) MiB"),
            ("generate --force, all unchanged", Measure.seconds(forced.seconds)),
            ("no-op regenerate", Measure.seconds(noop.seconds) + String(format: ", %.0f%% of generate", 100 * noop.seconds / full.seconds)),
            ("generated lines per tool", String(format: "%.1f", Double(lines) / Double(count))),
        ])
    }

    /// Builds the module of the first `tools` documents, debug then release, each after
    /// WiroRuntime so that only the generated module is timed; and its release code and data.
    func builds(tools: Int, specs: URL, work: URL) throws -> [(row: String, value: String)] {
        let package = try ModulePackage.make(tools: tools, specs: specs, runtime: runtime, generator: generator,
                                             at: work.appendingPathComponent("\(folder)-build-\(tools)"))
        let debug = try package.build(configuration: "debug")
        let release = try package.build(configuration: "release")
        let size = try package.releaseObjectBytes()
        return [
            ("debug build, \(tools) tools", Measure.perTool(debug, tools)),
            ("release build, \(tools) tools", Measure.perTool(release, tools)),
            ("release code and data, \(tools) tools", String(format: "%.1f KB per tool", Double(size) / 1000 / Double(tools))),
        ]
    }
}
