import Foundation
import Testing

/// The generator's targets follow its flow, and every import says so: a stage imports only the
/// targets Package.swift gives it, and those all come earlier in the flow. SwiftPM lets a
/// target import what a dependency depends on, so this reads the sources themselves.
@Suite("Architecture: the generator's stages depend one way")
struct ArchitectureTests {
    /// The generator's targets in the order of its flow.
    static let flow = [
        "WiroGenText", "WiroGenModel", "WiroGenMarkdown", "WiroGenReader", "WiroGenRules", "WiroGenConfig", "WiroGenResolve",
        "WiroGenEmit", "WiroGenCore", "WiroGenDiff", "WiroGenFiles", "WiroCatalog",
    ]

    /// Modules of the package itself that are not stages: anyone in the flow may import them.
    static let foundations: Set<String> = ["WiroRuntime", "WiroHTTP", "CCmark"]

    /// Each `generatorTarget("Name", [dependencies])` of Package.swift.
    static func declaredTargets() throws -> [String: [String]] {
        let manifest = try String(contentsOf: Fixtures.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var targets: [String: [String]] = [:]
        var rest = Substring(manifest)
        while let call = rest.range(of: "generatorTarget(\"") {
            let afterName = rest[call.upperBound...]
            guard let nameEnd = afterName.firstIndex(of: "\""), let open = afterName.firstIndex(of: "["),
                  let close = afterName[open...].firstIndex(of: "]") else { break }
            let dependencies = afterName[afterName.index(after: open)..<close].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                .filter { !$0.isEmpty }
            targets[String(afterName[..<nameEnd])] = dependencies
            rest = afterName[close...]
        }
        return targets
    }

    /// The modules a target's sources import, with the files that import each.
    static func imports(of target: String) -> [String: [String]] {
        let folder = Fixtures.root.appendingPathComponent("Sources").appendingPathComponent(target)
        var found: [String: [String]] = [:]
        for file in Fixtures.files(in: folder, ending: ".swift") {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
                guard words.count == 2, words[0] == "import" else { continue }
                found[String(words[1]), default: []].append(file.lastPathComponent)
            }
        }
        return found
    }

    @Test("Package.swift declares every stage of the flow, each depending on earlier stages only")
    func declaredFlow() throws {
        let targets = try Self.declaredTargets()
        #expect(Set(targets.keys) == Set(Self.flow), "the flow above and Package.swift's generatorTarget lines name the same targets")
        for (target, dependencies) in targets {
            let position = try #require(Self.flow.firstIndex(of: target))
            for dependency in dependencies where !Self.foundations.contains(dependency) {
                let dependencyPosition = try #require(Self.flow.firstIndex(of: dependency), "\(target) depends on \(dependency), which is no stage")
                #expect(dependencyPosition < position, "\(target) depends on \(dependency), a later stage")
            }
        }
    }

    @Test("Every stage imports only what Package.swift gives it", arguments: flow)
    func importsFollowDeclarations(_ target: String) throws {
        let declared = Set(try #require(try Self.declaredTargets()[target]))
        let local = Set(Self.flow).union(Self.foundations)
        for (module, files) in Self.imports(of: target) where local.contains(module) {
            #expect(declared.contains(module), "\(target) imports \(module) (\(files.joined(separator: ", "))) without depending on it")
        }
    }

    @Test("Only the markdown stage touches cmark; emitters never see the spec or the configuration")
    func boundaries() {
        let sources = Fixtures.root.appendingPathComponent("Sources")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []
        for folder in folders where folder != "WiroGenMarkdown" && folder != "CCmark" {
            #expect(Self.imports(of: folder)["CCmark"] == nil, "\(folder) imports CCmark")
        }
        let emitter = Self.imports(of: "WiroGenEmit")
        #expect(emitter["WiroGenModel"] == nil && emitter["WiroGenConfig"] == nil, "emitters read the resolved model only")
    }
}
