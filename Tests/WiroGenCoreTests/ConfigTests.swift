import Foundation
import Testing
@testable import WiroGenConfig
@testable import WiroGenCore
@testable import WiroGenFiles
@testable import WiroGenText

/// A folder holding documents and a `wiro-gen.json`, run through the pipeline as the CLI runs it.
struct ConfiguredFolder {
    let root: URL

    /// The seed documents named (relative to Specs/) and the configuration text.
    init(config: String, seeds: [String] = ["PixVerse/text-to-video-v4.5.md", "chetwinlow1/ovi.md"]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-config-\(UUID().uuidString)")
        for seed in seeds {
            let target = root.appendingPathComponent("Specs/\(seed)")
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Fixtures.seed(seed), to: target)
        }
        try Data(config.utf8).write(to: configURL)
    }

    var configURL: URL { root.appendingPathComponent("wiro-gen.json") }
    var specs: String { root.appendingPathComponent("Specs").path }

    func generate() throws -> GeneratorOutput {
        try Fixtures.generate(paths: [specs], root: specs, config: configURL.path)
    }

    func lint() throws -> GeneratorOutput {
        try Fixtures.lint(paths: [specs], config: configURL.path)
    }

    /// The diagnostics about the configuration, as `line:column: severity: message [id]`.
    func configDiagnostics(_ generation: GeneratorOutput) -> [String] {
        generation.diagnostics.filter { $0.file == configURL.path }.map { String($0.description.dropFirst(configURL.path.count + 1)) }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite("wiro-gen.json")
struct ConfigTests {
    static let tool = "PixVerse/text-to-video-v4.5"

    /// Every key at once: internal access, one tool of two, three name overrides, two added
    /// rules and one ignored sentence.
    static let full = """
        {
          "accessModifier": "internal",
          "tools": ["PixVerse/text-to-video-v4.5"],
          "names": {
            "PixVerse/text-to-video-v4.5": {
              "type": "Video",
              "properties": {"negativePrompt": "avoid"},
              "cases": {"quality": {"1080p": "fullHD"}}
            }
          },
          "rules": {
            "PixVerse/text-to-video-v4.5": {
              "add": [
                {"range": "seed", "min": 0, "max": 1000, "reason": "seeds above 1000 repeat"},
                {"forbids": {"quality": "360p", "duration": 8}, "reason": "Turbo renders 5 s only"},
                {"required": "negativePrompt", "when": {"style": "anime"}, "reason": "anime needs a negative prompt"}
              ],
              "ignore": ["1080p  does not support fast"]
            }
          }
        }
        """

    @Test("Every key shapes the generated module: access, tools, names, added and ignored rules")
    func everyKey() throws {
        let folder = try ConfiguredFolder(config: Self.full)
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(!generation.hasErrors, "\(generation.diagnostics)")
        #expect(generation.files.map(\.path) == ["Namespaces.swift", "PixVerse/Video.swift", "WiroToolIndex.swift"])
        let skipped = generation.diagnostics.filter { $0.id == .notConfigured }
        #expect(skipped.map(\.file) == [folder.specs + "/chetwinlow1/ovi.md"])
        #expect(skipped.first?.severity == .note)
        let code = generation.files.map(\.contents).joined()
        #expect(!code.contains("public "))
        #expect(code.contains("internal struct Video: WiroRequest"))
        #expect(code.contains("internal var avoid: String?"))
        #expect(code.contains("case fullHD"))
        #expect(code.contains("internal static let all"))

        let main = GeneratedFile(path: "main.swift", contents: """
            import WiroRuntime
            func show(_ name: String, _ request: PixVerse.Video) {
                print(name + ": " + (request.violations.isEmpty ? "valid" : request.violations.map(\\.message).joined(separator: "; ")))
            }
            var request = PixVerse.Video.defaultRequest
            show("default", request)
            request.seed = 1001
            show("seed 1001", request)
            request = .defaultRequest
            request.quality = ._360p
            request.duration = ._8
            show("360p for 8 s", request)
            request = .defaultRequest
            request.quality = .fullHD
            request.motionMode = .fast
            show("1080p fast (sentence ignored)", request)
            request.quality = .fullHD
            request.motionMode = .normal
            request.duration = ._8
            show("1080p for 8 s (the document's rule)", request)
            request = .defaultRequest
            request.style = .anime
            show("anime without negative prompt", request)
            request.avoid = "blur"
            show("anime with negative prompt", request)
            """)
        let run = try Compiler.run(generation.files + [main])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.split(separator: "\n").map(String.init) == [
            "default: valid",
            #"seed 1001: "seeds above 1000 repeat" (wiro-gen.json): seed must be at least 0 and at most 1000"#,
            #"360p for 8 s: "Turbo renders 5 s only" (wiro-gen.json): quality 360p cannot go with duration 8"#,
            "1080p fast (sentence ignored): valid",
            #"1080p for 8 s (the document's rule): "1080p does not support 8s" (duration): quality 1080p cannot go with duration 8"#,
            #"anime without negative prompt: "anime needs a negative prompt" (wiro-gen.json): negativePrompt is required when style anime"#,
            "anime with negative prompt: valid",
        ])
    }

    @Test("lint lists ignored sentences with the place that ignores them, and the added rules")
    func lintListsConfiguredRules() throws {
        let folder = try ConfiguredFolder(config: Self.full)
        defer { folder.remove() }
        let lines = try folder.lint().decisions.map(\.description)
        let place = "\(folder.configURL.path):18:"
        #expect(lines.contains { $0.contains("ignored by config: \(place)") && $0.hasSuffix(#""1080p does not support fast" (help of 'motionMode')"#) })
        #expect(lines.contains("\(folder.configURL.path):14:9: enforced: seed is between 0 and 1000 — \"seeds above 1000 repeat\" (added by the configuration)"))
        #expect(!lines.contains { $0.contains("enforced: quality 1080p forbids motionMode fast") })
    }

    @Test("package access is written as such and type-checks in a package")
    func packageAccess() throws {
        let folder = try ConfiguredFolder(config: #"{"accessModifier": "package"}"#)
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(generation.files.count == 4)
        #expect(generation.files.allSatisfy { !$0.contents.contains("public ") && !$0.contents.contains("internal ") })
        #expect(generation.files.contains { $0.contents.contains("package struct TextToVideoV4_5: WiroRequest") })
        let check = try Compiler.typecheck(generation.files, extraArguments: ["-package-name", "Demo"])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test("No configuration and an empty one give the same module")
    func emptyIsNone() throws {
        let folder = try ConfiguredFolder(config: "{}")
        defer { folder.remove() }
        let configured = try folder.generate()
        let plain = try Fixtures.generate(paths: [folder.specs], root: folder.specs)
        #expect(configured.files == plain.files)
        #expect(configured.diagnostics == plain.diagnostics)
    }

    @Test("init's starting file lists the tools found and reads back cleanly")
    func starter() throws {
        let text = Configuration.starter(toolIDs: ["b/two", "a/one\"quoted\""])
        #expect(text == """
            {
              "accessModifier": "public",
              "tools": [
                "a/one\\"quoted\\"",
                "b/two"
              ]
            }

            """)
        #expect(Configuration.starter(toolIDs: []) == "{\n  \"accessModifier\": \"public\"\n}\n")
        let folder = try ConfiguredFolder(config: Configuration.starter(toolIDs: [Self.tool, "chetwinlow1/ovi"]))
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(generation.diagnostics.filter { $0.file == folder.configURL.path } == [])
        #expect(generation.files.count == 4)
    }

    @Test("The README's example configuration is clean over Specs/, and every key it documents is one the reader knows")
    func readmeExample() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Configuration (wiro-gen.json)").dropFirst().first)
        let example = try #require(section.components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "```").first)
        let folder = try ConfiguredFolder(config: example)
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(!generation.hasErrors, "\(generation.diagnostics)")
        #expect(folder.configDiagnostics(generation) == [])
        #expect(generation.files.contains { $0.contents.contains("internal struct PixVerseVideo: WiroRequest") })
        for key in ConfigKeys.root + ConfigKeys.names + ConfigKeys.rules + ConfigKeys.diagnostics + ConfigReader.ruleKinds.map(\.key) {
            #expect(section.contains("\"\(key)\""), "the README's Configuration section shows \(key)")
        }
    }

    // MARK: - Bad configurations

    @Test("A malformed file is an error at its line and column, and nothing is generated", arguments: [
        (#"{"tools": ["a",]}"#, "1:16: error: the configuration is not valid JSON: expected a JSON value [invalid-config]"),
        ("{\n  \"acessModifier\": \"internal\"\n}", "2:3: error: unknown key 'acessModifier' in the configuration; did you mean 'accessModifier'? (known keys: 'accessModifier', 'tools', 'names', 'rules', 'diagnostics') [unknown-config-key]"),
        (#"{"accessModifier": "open"}"#, "1:20: error: \"accessModifier\" is 'open'; it must be one of 'public', 'package', 'internal' [invalid-config]"),
        (#"{"accessModifier": "publc"}"#, "1:20: error: \"accessModifier\" is 'publc'; it must be one of 'public', 'package', 'internal'; did you mean 'public'? [invalid-config]"),
        (#"{"tools": "PixVerse/text-to-video-v4.5"}"#, "1:11: error: \"tools\" must be an array of strings, not a string [invalid-config]"),
        (#"{"tools": [3]}"#, "1:12: error: an element of \"tools\" must be a string, not a number [invalid-config]"),
        (#"{"tools": ["chetwinlow1/ovi"], "tools": ["chetwinlow1/ovi"]}"#, "1:32: error: 'tools' appears twice in the configuration [invalid-config]"),
        (#"{"names": {"PixVerse/text-to-video-v4.5": {"typ": "A"}}}"#, "1:44: error: unknown key 'typ' in the names of 'PixVerse/text-to-video-v4.5'; did you mean 'type'? (known keys: 'type', 'properties', 'cases') [unknown-config-key]"),
        (#"{"names": {"PixVerse/text-to-video-v4.5": {"properties": {"seed": 1}}}}"#, "1:67: error: 'seed' in \"properties\" must be a string, not a number [invalid-config]"),
        (#"[]"#, "1:1: error: the configuration must be an object, not an array [invalid-config]"),
        ("", "1:1: error: the configuration is not valid JSON: the JSON ends early [invalid-config]"),
    ])
    func malformed(_ config: String, _ expected: String) throws {
        try expectOnly(config, expected)
    }

    @Test("A malformed rule is an error at its place", arguments: [
        (#"{"range": "seed", "maximum": 3, "reason": "r"}"#, "unknown key 'maximum' in a rule; did you mean 'max'?"),
        (#"{"range": "seed", "max": 3}"#, "the 'range' rule needs a \"reason\": the words its violations quote"),
        (#"{"range": "seed", "max": 3, "reason": " "}"#, "\"reason\" is empty; say why the rule holds: its violations quote it"),
        (#"{"range": "seed", "of": 3, "reason": "r"}"#, "'of' does not go with a 'range' rule, which takes 'min', 'max', 'except', 'reason'"),
        (#"{"range": "seed", "reason": "r"}"#, "the 'range' rule needs \"min\" or \"max\""),
        (#"{"range": "seed", "required": "seed", "max": 1, "reason": "r"}"#, "a rule has one kind; this one is 'range' already, so 'required' is a second"),
        (#"{"max": 1, "reason": "r"}"#, "a rule needs one of 'forbids', 'requires', 'range', 'multiple', 'count', 'required'"),
        (#"{"forbids": {"quality": "1080p"}, "reason": "r"}"#, "\"forbids\" must be an object of 2 inputs and their values"),
        (#"{"requires": {"duration": "5"}, "reason": "r"}"#, "the 'requires' rule needs a condition: \"when\", \"whenSet\" or \"whenEmpty\""),
        (#"{"required": "prompt", "whenSet": "style", "whenEmpty": "style", "reason": "r"}"#, "a rule has one condition; 'whenSet' is given already"),
        (#"{"multiple": "seed", "of": 0, "reason": "r"}"#, "\"of\" must be a whole number of at least 1"),
        (#"{"count": "seed", "min": "1", "reason": "r"}"#, "\"min\" must be a whole number of at least 0"),
        (#"{"range": "seed", "max": "3", "reason": "r"}"#, "\"max\" must be a number, not a string"),
        (#"{"range": "seed", "max": 3, "except": [true], "reason": "r"}"#, "an element of \"except\" must be a number, not a boolean"),
    ])
    func malformedRule(_ rule: String, _ expected: String) throws {
        try expectOnly(#"{"rules": {"PixVerse/text-to-video-v4.5": {"add": [\#(rule)]}}}"#, expected, errorsOnly: true)
    }

    @Test("Names that match nothing in the documents are errors with the nearest that exists", arguments: [
        (#"{"tools": ["PixVerse/text-to-video-v45"]}"#, "1:12: error: no document describes a tool 'PixVerse/text-to-video-v45'; did you mean 'PixVerse/text-to-video-v4.5'? [unknown-config-reference]"),
        (#"{"names": {"Nobody/nothing": {"type": "A"}}}"#, "1:12: error: no document describes a tool 'Nobody/nothing' [unknown-config-reference]"),
        (#"{"names": {"PixVerse/text-to-video-v4.5": {"properties": {"negative_prompt": "avoid"}}}}"#, "1:59: error: 'PixVerse/text-to-video-v4.5' has no input 'negative_prompt'; did you mean 'negativePrompt'? [unknown-config-reference]"),
        (#"{"names": {"PixVerse/text-to-video-v4.5": {"cases": {"quality": {"1080": "full"}}}}}"#, "1:66: error: '1080' is not an option of 'quality' (its options: '360p', '540p', '720p', '1080p'); did you mean '1080p'? [unknown-config-reference]"),
        (#"{"rules": {"PixVerse/text-to-video-v4.5": {"add": [{"forbids": {"quality": "1080p", "duration": "10"}, "reason": "r"}]}}}"#, "1:97: error: '10' is not an option of 'duration' (its options: '5', '8') [unknown-config-reference]"),
        (#"{"rules": {"PixVerse/text-to-video-v4.5": {"add": [{"required": "promt", "reason": "r"}]}}}"#, "1:65: error: 'PixVerse/text-to-video-v4.5' has no input 'promt'; did you mean 'prompt'? [unknown-config-reference]"),
    ])
    func unknownReferences(_ config: String, _ expected: String) throws {
        try expectOnly(config, expected)
    }

    @Test("A rule the document's own requests break, or that cannot be checked, is an error", arguments: [
        (#"{"forbids": {"quality": "540p", "duration": "5"}, "reason": "r"}"#, "1:52: error: the rule 'quality 540p forbids duration 5' cannot be added to 'PixVerse/text-to-video-v4.5': the document's default request breaks it [config-rule-conflict]"),
        (#"{"range": "seed", "min": 1, "reason": "r"}"#, "1:52: error: the rule 'seed is at least 1' cannot be added to 'PixVerse/text-to-video-v4.5': the document's default request breaks it [config-rule-conflict]"),
        (#"{"range": "quality", "min": 1, "reason": "r"}"#, "1:52: error: the rule 'quality is at least 1' cannot be added to 'PixVerse/text-to-video-v4.5': 'quality' holds Quality values, not numbers [config-rule-conflict]"),
    ])
    func conflictingRules(_ rule: String, _ expected: String) throws {
        try expectOnly(#"{"rules": {"PixVerse/text-to-video-v4.5": {"add": [\#(rule)]}}}"#, expected)
    }

    @Test("A name override that is no identifier or is taken is an error", arguments: [
        (#"{"type": "2Video"}"#, "the type of 'PixVerse/text-to-video-v4.5' cannot be named '2Video': it is not a Swift identifier (letters, digits and _, not starting with a digit)"),
        (#"{"type": "WiroRequest"}"#, "the type of 'PixVerse/text-to-video-v4.5' cannot be named 'WiroRequest': the generated code needs 'WiroRequest' for itself"),
        (#"{"properties": {"seed": "schema"}}"#, "the property of 'seed' in 'PixVerse/text-to-video-v4.5' cannot be named 'schema': every generated type has a 'schema' already"),
        (#"{"properties": {"seed": "prompt", "prompt": "prompt"}}"#, "the property of 'prompt' in 'PixVerse/text-to-video-v4.5' cannot be named 'prompt': this file gives 'prompt' to another one already"),
        (#"{"cases": {"quality": {"1080p": "full hd"}}}"#, "the case of 'quality' value '1080p' in 'PixVerse/text-to-video-v4.5' cannot be named 'full hd': it is not a Swift identifier (letters, digits and _, not starting with a digit)"),
    ])
    func invalidNames(_ names: String, _ expected: String) throws {
        try expectOnly(#"{"names": {"PixVerse/text-to-video-v4.5": \#(names)}}"#, expected, errorsOnly: true)
    }

    @Test("A name override taking a name the document gives another input renames that one")
    func overrideTakesPrecedence() throws {
        let folder = try ConfiguredFolder(config: #"{"names": {"PixVerse/text-to-video-v4.5": {"properties": {"seed": "prompt"}}}}"#)
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(!generation.hasErrors)
        let code = try #require(generation.files.first { $0.path == "PixVerse/TextToVideoV4_5.swift" }?.contents)
        #expect(code.contains("public var prompt: Int"))
        #expect(code.contains("public var prompt_2: String"))
        #expect(generation.diagnostics.contains { $0.id == .renamed && $0.message.contains("'prompt_2'") })
    }

    @Test("A tool is named in the configuration by its id or its slug (its Run endpoint's path), in any case")
    func slugs() throws {
        let folder = try ConfiguredFolder(config: """
            {"tools": ["pixverse/TEXT-TO-VIDEO-V4.5"], "names": {"pixverse/text-to-video-v4.5": {"type": "Video"}}}
            """)
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(folder.configDiagnostics(generation) == [])
        let files = generation.files.map(\.path)
        #expect(files.contains { $0.hasSuffix("Video.swift") } && !files.contains { $0.hasSuffix("Ovi.swift") }, "\(files)")
    }

    @Test("diagnostics.silence drops the warnings of its ids, never an error; an unknown id is an error with the nearest")
    func silence() throws {
        let quiet = try ConfiguredFolder(config: #"{"diagnostics": {"silence": ["unknown-example-input"]}}"#)
        defer { quiet.remove() }
        let loud = try ConfiguredFolder(config: "{}")
        defer { loud.remove() }
        let (silenced, all) = (try quiet.generate(), try loud.generate())
        #expect(all.diagnostics.contains { $0.id == .unknownExampleInput }, "the seeds have such warnings")
        #expect(!silenced.diagnostics.contains { $0.id == .unknownExampleInput })
        #expect(silenced.diagnostics.count == all.diagnostics.filter { $0.id != .unknownExampleInput }.count)

        let typo = try ConfiguredFolder(config: #"{"diagnostics": {"silence": ["unknown-example-inputs"]}}"#)
        defer { typo.remove() }
        let diagnostics = typo.configDiagnostics(try typo.generate())
        #expect(diagnostics == [
            "1:30: error: \"silence\" names 'unknown-example-inputs', which is no diagnostic of WiroGen; did you mean 'unknown-example-input'? [invalid-config]",
        ])
    }

    @Test("An empty tools list generates nothing, and says so")
    func emptyTools() throws {
        let folder = try ConfiguredFolder(config: #"{"tools": []}"#)
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(!generation.hasErrors)
        #expect(generation.files.isEmpty)
        #expect(folder.configDiagnostics(generation) == [
            #"1:11: warning: "tools" is empty, so no tool is generated; leave the key out to generate every tool [invalid-config]"#,
        ])
    }

    @Test("An ignored sentence no help holds is a warning naming the nearest one")
    func unusedIgnore() throws {
        let folder = try ConfiguredFolder(config: #"{"rules": {"PixVerse/text-to-video-v4.5": {"ignore": ["1080p does not support 8 s"]}}}"#)
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(!generation.hasErrors)
        #expect(folder.configDiagnostics(generation) == [
            #"1:55: warning: no rule-like sentence of 'PixVerse/text-to-video-v4.5' reads "1080p does not support 8 s", so nothing is ignored; the nearest is "1080p does not support 8s" [unused-config-ignore]"#,
        ])
        #expect(generation.files.contains { $0.contents.contains("1080p does not support 8s") })
    }

    @Test("Every problem of a file is reported in one run")
    func allAtOnce() throws {
        let folder = try ConfiguredFolder(config: """
            {"accessModifier": "private", "tool": [],
             "rules": {"PixVerse/text-to-video-v4.5": {"add": [{"range": "sed", "max": 1, "reason": "r"}]}}}
            """)
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(generation.files.isEmpty)
        #expect(folder.configDiagnostics(generation).map { $0.prefix(4) } == ["1:20", "1:31", "2:62"])
    }

    @Test("Any one-byte damage to a configuration is reported inside the file, never crashes, never half-applies")
    func damaged() throws {
        let folder = try ConfiguredFolder(config: Self.full)
        defer { folder.remove() }
        let original = Array(Self.full.utf8)
        let source = SourceText(path: "c", bytes: original)
        let replacements: [UInt8] = Array("{}[]\",: x1-".utf8)
        var errors = 0
        for offset in stride(from: 0, to: original.count, by: 7) {
            var bytes = original
            bytes[offset] = replacements[offset % replacements.count]
            try Data(bytes).write(to: folder.configURL)
            var diagnostics = DiagnosticCollector()
            _ = ConfigReader.read(try #require(SourceFiles.load(folder.configURL.path)), diagnostics: &diagnostics)
            for diagnostic in diagnostics.all {
                let location = try #require(diagnostic.location)
                #expect(source.offset(of: location) != nil, "\(diagnostic)")
            }
            guard bytes != original, diagnostics.hasErrors else { continue }
            errors += 1
            #expect(try folder.generate().files.isEmpty, "byte \(offset)")
        }
        #expect(errors > 20)
    }

    /// Runs the configuration over the seeds: no files, and exactly `expected` (the whole line
    /// after the file), or with `errorsOnly`, only errors, `expected` the message of one of them.
    private func expectOnly(_ config: String, _ expected: String, errorsOnly: Bool = false) throws {
        let folder = try ConfiguredFolder(config: config)
        defer { folder.remove() }
        let generation = try folder.generate()
        #expect(generation.files.isEmpty)
        let found = folder.configDiagnostics(generation).filter { !errorsOnly || $0.contains(": error: ") }
        if errorsOnly {
            #expect(found.contains { $0.contains(": error: \(expected)") }, "\(found)")
            #expect(found.count == folder.configDiagnostics(generation).count, "\(found)")
        } else {
            #expect(found == [expected])
        }
    }
}
