import Foundation

/// A package holding WiroRuntime and the generated module of some documents: what a user's
/// build compiles.
struct ModulePackage {
    let folder: URL

    /// Copies the first `tools` documents and the runtime, generates the module, and writes
    /// the manifest.
    static func make(tools: Int, specs: URL, runtime: URL, generator: URL, at folder: URL) throws -> ModulePackage {
        let subset = folder.appendingPathComponent("Specs")
        let all = FileManager.default.enumerator(atPath: specs.path)?.allObjects.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted() ?? []
        for relative in all.prefix(tools) {
            let target = subset.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: specs.appendingPathComponent(relative), to: target)
        }
        let sources = folder.appendingPathComponent("Sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: runtime, to: sources.appendingPathComponent("WiroRuntime"))
        try Measure.runChecked(generator.path, ["generate", "--specs", subset.path, "--output", sources.appendingPathComponent("Tools").path], in: folder)
        try Data("""
            // swift-tools-version: 6.0
            import PackageDescription
            let package = Package(name: "Build", targets: [
                .target(name: "WiroRuntime"),
                .target(name: "Tools", dependencies: ["WiroRuntime"]),
            ], swiftLanguageModes: [.v6])
            """.utf8).write(to: folder.appendingPathComponent("Package.swift"))
        return ModulePackage(folder: folder)
    }

    /// Builds WiroRuntime, then times the build of the generated module alone.
    func build(configuration: String) throws -> Measure.Run {
        try Measure.runChecked("/usr/bin/env", ["swift", "build", "-c", configuration, "--target", "WiroRuntime"], in: folder)
        return try Measure.runChecked("/usr/bin/env", ["swift", "build", "-c", configuration, "--target", "Tools"], in: folder)
    }

    /// The code and data (text and data sections) of the generated module's release objects.
    func releaseObjectBytes() throws -> Int {
        let objects = folder.appendingPathComponent(".build/release/Tools.build")
        let names = try FileManager.default.contentsOfDirectory(atPath: objects.path).filter { $0.hasSuffix(".o") }
        return try names.reduce(0) { total, name in
            total + (try Measure.codeAndData(of: objects.appendingPathComponent(name)))
        }
    }
}
