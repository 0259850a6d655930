import Foundation
import Testing
@testable import WiroGenFiles
@testable import WiroGenResolve
@testable import WiroGenText

/// Runs generated code: for every corpus document, line-broken and flattened, decoding its Run
/// example into the generated type and encoding it again must give the same JSON, key for key
/// and kind for kind (callbackUrl aside).
@Suite("Corpus Run examples round-trip through the generated types", .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
struct CorpusRoundTripTests {
    @Test("Every corpus document's body survives decode and encode")
    func roundTrip() throws {
        var documents: [String: String] = [:]
        for url in Fixtures.corpusDocuments() {
            let text = String(decoding: Fixtures.bytes(url), as: UTF8.self)
            documents["wiro/" + url.lastPathComponent] = text
            documents["flat/" + url.lastPathComponent] = String(decoding: Fixtures.flattened(Array(text.utf8)), as: UTF8.self)
                .replacingOccurrences(of: "name: wiro/", with: "name: flat/")
        }
        let specs = documents.sorted { $0.key < $1.key }.compactMap { Fixtures.extract($0.value, path: "Docs/\($0.key)").spec }
        #expect(specs.count == 12)
        let (files, _) = Compiler.generate(documents)
        #expect(files.contains { $0.path == "Wiro/Wiro.AvatarMotion.swift" } && files.contains { $0.path == "Flat/Flat.AvatarMotion.swift" },
                "two owners with a tool of one name get files of different names")
        #expect(files.contains { $0.path == "Wiro/Cartoonify.swift" } == false && files.contains { $0.path == "Wiro/Wiro.Cartoonify.swift" })
        var ignored = DiagnosticCollector()
        let named = Array(zip(specs, ToolNamer.toolNames(for: specs, diagnostics: &ignored)))
        var main = """
            import Foundation
            import WiroRuntime

            func canonical(_ data: Data) -> String {
                var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
                object["callbackUrl"] = nil
                let again = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
                return String(decoding: again, as: UTF8.self)
            }

            func check<T: WiroRequest>(_ type: T.Type, _ body: String) -> Bool {
                let original = Data(body.utf8)
                let request: T, encoded: Data
                do {
                    request = try JSONDecoder().decode(T.self, from: original)
                    encoded = try JSONEncoder().encode(request)
                } catch {
                    print("FAIL \\(T.tool.id): \\(error)")
                    return false
                }
                guard canonical(encoded) == canonical(original) else {
                    print("FAIL \\(T.tool.id):\\n  \\(canonical(original))\\n  \\(canonical(encoded))")
                    return false
                }
                return true
            }

            var passed = 0

            """
        for (spec, name) in named {
            let body = String(decoding: try JSONEncoder().encode(try #require(spec.runExample)), as: UTF8.self)
            main += "if check(\(name.namespace).\(name.typeName).self, \(SwiftLiteral.string(body))) { passed += 1 }\n"
        }
        main += "print(\"round trips: \\(passed) of \(named.count)\")\n"
        let run = try Compiler.run(files + [GeneratedFile(path: "main.swift", contents: main)])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("round trips: 12 of 12"), "\(run.output)")
    }
}

extension Compiler {
    /// Compiles the files into an executable against the built WiroRuntime (its module and
    /// objects), runs it, and returns its status and output.
    static func run(_ files: [GeneratedFile]) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).update(to: files)
        let objectsFolder = modules.deletingLastPathComponent().appendingPathComponent("WiroRuntime.build")
        let objects = try FileManager.default.contentsOfDirectory(atPath: objectsFolder.path).filter { $0.hasSuffix(".o") }
            .map { objectsFolder.appendingPathComponent($0).path }
        let executable = folder.appendingPathComponent("program").path
        // Under `swift test --sanitize=…` (Tests/Sanitizers/run.sh) WiroRuntime's objects need that runtime too.
        let sanitizer = ProcessInfo.processInfo.environment["WIROGEN_SANITIZER"].map { ["-sanitize=\($0)"] } ?? []
        let build = try shell(["swiftc", "-swift-version", "6", "-I", modules.path, "-module-name", "Program", "-o", executable] + sanitizer
            + files.map { folder.appendingPathComponent($0.path).path } + objects)
        guard build.status == 0 else { return build }
        return try shell([executable])
    }

    private static func shell(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
