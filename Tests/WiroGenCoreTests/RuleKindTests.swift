import Foundation
import Testing
@testable import WiroGenResolve
@testable import WiroGenText

/// The generated checks of every rule kind, compiled and run: presence, conditional presence,
/// counts of a list with a condition, a requirement on a file being given, a range with a
/// sentinel, a multiple, a maximum; each with valid and invalid requests.
@Suite("Generated checks of every rule kind")
struct RuleKindTests {
    static let main = """
        import Foundation
        import WiroRuntime

        typealias Request = Acme.RuleKinds
        let image = WiroFile.url(URL(string: "https://example.com/a.png")!)
        func show(_ name: String, _ request: Request) {
            print(name + ": " + (request.violations.isEmpty ? "valid" : request.violations.map(\\.message).map { $0.components(separatedBy: "): ").last! }.joined(separator: "; ")))
        }
        show("default request", Request.defaultRequest)
        show("prompt only", Request(prompt: "A dog", mode: .std))
        show("nothing to make", Request(prompt: "", mode: .std))
        show("image instead of prompt", Request(inputImage: image, prompt: "", mode: .std))
        show("3 references", Request(prompt: "A dog", references: [image, image, image], mode: .std))
        show("4 references", Request(prompt: "A dog", references: [image, image, image, image], mode: .std))
        show("2 references and a video", Request(prompt: "A dog", references: [image, image], inputVideo: image, mode: .std))
        show("last frame in std", Request(prompt: "A dog", mode: .std, lastFrame: image))
        show("last frame in pro", Request(prompt: "A dog", mode: .pro, lastFrame: image))
        show("multi shot without type", Request(prompt: "A dog", mode: .std, multiShot: true))
        show("multi shot with type", Request(prompt: "A dog", mode: .std, multiShot: true, shotType: .customize))
        show("seed -1, 0, 1000", Request(prompt: "A dog", mode: .std, seed: 1000))
        show("seed 1001", Request(prompt: "A dog", mode: .std, seed: 1001))
        show("seed -2", Request(prompt: "A dog", mode: .std, seed: -2))
        show("width 0", Request(prompt: "A dog", mode: .std, width: 0))
        show("width 1000", Request(prompt: "A dog", mode: .std, width: 1000))
        show("width 32, steps 50", Request(prompt: "A dog", mode: .std, width: 32, steps: 50))
        show("steps 51", Request(prompt: "A dog", mode: .std, steps: 51))
        """

    @Test("Each rule kind's check compiles and accepts valid requests, rejects invalid ones")
    func behave() throws {
        let document = try String(contentsOf: Fixtures.fixtures("Rules/rule-kinds.md"), encoding: .utf8)
        let (files, diagnostics) = Compiler.generate(["acme/rule-kinds.md": document])
        #expect(diagnostics.filter { $0.severity != .note } == [])
        let run = try Compiler.run(files + [GeneratedFile(path: "main.swift", contents: Self.main)])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.split(separator: "\n").map(String.init) == [
            "default request: valid",
            "prompt only: valid",
            "nothing to make: inputImage is required when prompt empty",
            "image instead of prompt: valid",
            "3 references: valid",
            "4 references: references holds at most 3 files when inputVideo empty",
            "2 references and a video: references holds at most 1 file when inputVideo given",
            "last frame in std: lastFrame given needs mode pro",
            "last frame in pro: valid",
            "multi shot without type: shotType is required when multiShot true",
            "multi shot with type: valid",
            "seed -1, 0, 1000: valid",
            "seed 1001: seed must be at least 0 and at most 1000, or -1",
            "seed -2: seed must be at least 0 and at most 1000, or -1",
            "width 0: valid",
            "width 1000: width must be a multiple of 16",
            "width 32, steps 50: valid",
            "steps 51: steps must be at most 50",
        ])
    }

    @Test("Presence in the API: the sample prompt and \"Required\" inputs have no init default, \"Optional\" ones are optionals")
    func presence() throws {
        let spec = try #require(Fixtures.extract(Fixtures.fixtures("Rules/rule-kinds.md")).spec)
        let tool = Fixtures.resolve(spec).tool
        let byName = Dictionary(uniqueKeysWithValues: tool.inputs.map { ($0.spec.name, $0) })
        #expect(byName["prompt"]?.initDefault == .required)
        #expect(byName["mode"]?.initDefault == .required)
        #expect(byName["inputVideo"]?.isOptional == true && byName["inputVideo"]?.initDefault == .document)
        #expect(byName["seed"]?.initDefault == .document && byName["seed"]?.defaultValue == .int(-1))
        #expect(byName["references"]?.isList == true)
    }

    @Test("A rule the Run example breaks is not enforced, and says so")
    func runExampleIsValid() throws {
        let document = try String(contentsOf: Fixtures.fixtures("Rules/rule-kinds.md"), encoding: .utf8)
            .replacingOccurrences(of: "\"steps\": 30", with: "\"steps\": 60")
        let spec = try #require(Fixtures.extract(document, path: "rule-kinds.md").spec)
        let tool = Fixtures.resolve(spec).tool
        #expect(!tool.rules.contains { $0.constraint.sentence == "Maximum: 50, default: 30" })
        #expect(tool.decisions.contains { $0.outcome == RuleDecision.Outcome.notChecked("steps is at most 50: the document's Run example breaks it, so it is not what the document means") })
    }
}
