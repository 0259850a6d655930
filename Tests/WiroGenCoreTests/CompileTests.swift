import Foundation
import Testing
@testable import WiroGenFiles
@testable import WiroGenModel
@testable import WiroGenReader
@testable import WiroGenRules
@testable import WiroGenText

/// Type-checks generated files with the real compiler against the built WiroRuntime.
enum Compiler {
    static var modules: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("Modules")
        }
        #endif
        return Bundle.main.bundleURL.appendingPathComponent("Modules")
    }

    /// Writes the files to a fresh folder and type-checks them in Swift 6 mode with warnings as
    /// errors; returns the compiler's exit status and output.
    static func typecheck(_ files: [GeneratedFile], extraArguments: [String] = []) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-compile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).update(to: files)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-swift-version", "6", "-warnings-as-errors", "-I", modules.path,
                             "-module-name", "Checked"] + extraArguments + files.map { folder.appendingPathComponent($0.path).path }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func generate(_ documents: [String: String]) -> (files: [GeneratedFile], diagnostics: [Diagnostic]) {
        var specs: [ToolSpec] = []
        var diagnostics: [Diagnostic] = []
        for (path, text) in documents.sorted(by: { $0.key < $1.key }) {
            let result = MarkdownToolReader.extract(Array(text.utf8), path: "Docs/\(path)")
            diagnostics += result.diagnostics
            if var spec = result.spec {
                spec.readings = RuleReader.read(spec)
                specs.append(spec)
            }
        }
        let generated = Fixtures.generate(specs, specsRoot: "Docs")
        return (generated.files, diagnostics + generated.diagnostics)
    }
}

@Suite("Generated code compiles, whatever the documents hold")
struct CompileTests {
    /// A document whose every text is hostile to a code generator.
    static let hostile = Fixtures.document(inputs: #"""
      - name: default
        label: """ */ /* \(x) #" \ 🎉
        help: Ends with a backslash \ and holds "quotes", \(interpolation), """triple""", #"raw"#, */ and /*. Between 1 and 3.
        type: number
        default: 2

      - name: class
        label: Class
        help: The number should be 4n+1
        type: number
        default: 5

      - name: Default
        label: Collides with default after naming
        help: 
        type: text
        default: \(x) "quoted" \\ back

      - name: 3dModel
        label: Leading digit
        help: Leading digit.
        type: select
        default: 1080p
        options:
          - value: "1080p"
            label: 1080p
          - value: "a-b"
            label: a-b
          - value: "a_b"
            label: a_b
          - value: "a b"
            label: a b
          - value: ""
            label: 
          - value: "true"
            label: true
          - value: "rawValue"
            label: rawValue
          - value: "default"
            label: default
          - value: "self"
            label: self
          - value: "Type"
            label: Type
          - value: "--only_base_model"
            label: flag
          - value: "832*480"
            label: 832*480
          - value: "🎉"
            label: party

      - name: string
        label: String
        help: 1080p does not support flag
        type: select
        default: 
        options:
          - value: "flag"
            label: flag
          - value: "other"
            label: other

      - name: violations
        label: Violations
        help: Reserved name.
        type: checkbox
        default: true

      - name: tool
        label: Tool
        help: Reserved name.
        type: multiselect
        default: x,y
        options:
          - value: "x"
            label: x
          - value: "y"
            label: y

      - name: files
        label: Files
        help: Several.
        type: multifileinput
        default: a.png,b.png

      - name: ratio
        label: Ratio
        help: Range: 0.5-2.5
        type: float
        default: 1.5

      - name: self
        label: Self
        help: A keyword.
        type: fileinput
        default:

      - name: Type
        label: Type
        help: Minimum: 1, maximum: 10
        type: range
        default: 

    ## Tool Parameter Inspires:

      - default: 3
      - 3dModel: a-b
      - class: 9

      - default: 7
    """#, body: #"{"default": 2, "class": 5, "Default": "", "3dModel": "1080p", "string": "", "violations": "true", "tool": ["x"], "files": "a.png,b.png", "ratio": "1.5", "self": "", "Type": ""}"#)
        .replacingOccurrences(of: "Tool name: Test/tool", with: "Tool name: string/class-2.0 \"\"\" */")

    @Test("A hostile document generates code that type-checks with zero warnings")
    func hostileDocument() throws {
        let (files, diagnostics) = Compiler.generate(["string/hostile.md": Self.hostile])
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.filter { $0.severity == .error })")
        let tool = try #require(files.first { $0.path.hasPrefix("StringTools/") })
        #expect(tool.path == "StringTools/Class2_0.swift")
        #expect(tool.contents.contains("case onlyBaseModel\n") && tool.contents.contains("case aB_2\n"))
        // Values in case order: a-b, a_b and "a b" keep their own cases; "" is a case, not dropped.
        #expect(tool.contents.contains(#"wireValues: String { "1080p\na-b\na_b\na b\n\ntrue\nrawValue\ndefault\nself\nType\n--only_base_model\n"#))
        #expect(tool.contents.contains("public var `default`: Int"))
        #expect(tool.contents.contains("public var default_2: String"))
        #expect(tool.contents.contains("public enum StringOption:"))
        #expect(tool.contents.contains("Self(default: 3, class: 9, default_2: \"\\\\(x) \\\"quoted\\\" \\\\\\\\ back\", _3dModel: .aB, files: [.remote(\"a.png\"), .remote(\"b.png\")])"))
        #expect(!tool.contents.contains("Self(`default`: 7)"), "7 breaks 'Between 1 and 3' and is left out")
        #expect(diagnostics.contains { $0.id == .renamed })
        let compiled = try Compiler.typecheck(files)
        #expect(compiled.status == 0, "\(compiled.output)")
    }

    @Test("Strings with newlines, control characters and every escape compile to the same text")
    func literals() throws {
        let nasty = "line\nbreak\r\ttab \u{0} \u{7F} \u{2028} \\(x) \"\"\" #\"raw\"# */ /* 🎉 \\"
        var spec = try #require(Fixtures.extract(Fixtures.document(inputs: """
          - name: prompt
            label: Prompt
            help: Help.
            type: text
            default: x
        """)).spec)
        spec.inputs[0].default = nasty
        spec.inputs[0].help = nasty
        spec.inputs[0].label = nasty
        spec.description = nasty
        let files = Fixtures.generate([spec], specsRoot: "Specs").files
        let compiled = try Compiler.typecheck(files)
        #expect(compiled.status == 0, "\(compiled.output)")
        #expect(SwiftLiteral.string(nasty) == ##""line\nbreak\r\ttab \u{0} \u{7f} \u{2028} \\(x) \"\"\" #\"raw\"# */ /* 🎉 \\""##)
    }

    @Test("A user of WiroRuntime sees no plumbing: no members on standard types, no field or rule factories")
    func hiddenPlumbing() throws {
        let uses = [
            "let _ = 5.wireText", "let _ = Int(wireText: \"5\")", "let _ = 2.5.wiroNumber", "let _ = Optional<Int>.none.wiroNumber",
            "let _ = WiroField<S>.value(\"x\", \\S.x, .number)", "let _ = WiroRule<S>([], \"m\", brokenWhen: [])",
            "let _ = WiroNumberLiteral(\"5\")", "let _ = WiroSchema<S>.self; let _ = WiroSchema<S>(tool: WiroTool(id: \"a\", endpoint: \"b\", title: \"c\"), defaultRequest: S(), fields: [])",
        ]
        func typecheck(_ use: String, importing: String) throws -> (status: Int32, output: String) {
            try Compiler.typecheck([GeneratedFile(path: "User.swift", contents: "\(importing)\nstruct S: Sendable { var x = 1 }\n\(use)\n")])
        }
        for use in uses {
            let user = try typecheck(use, importing: "import WiroRuntime")
            #expect(user.status != 0, "\(use) must not compile for a user")
            let plumbing = try typecheck(use, importing: "@_spi(Generated) @_spi(WiroGen) import WiroRuntime")
            #expect(plumbing.status == 0, "\(use) compiles with the SPI, so the user's failure is the SPI's: \(plumbing.output)")
        }
    }

    @Test("The checked-in seeds' module type-checks", .enabled(if: true))
    func seeds() throws {
        let generation = try Fixtures.generate(paths: [Fixtures.specs.path], root: Fixtures.specs.path)
        #expect(generation.files.count == 7)
        let compiled = try Compiler.typecheck(generation.files)
        #expect(compiled.status == 0, "\(compiled.output)")
    }

    @Test("The corpus, line-broken and flattened, generates code that type-checks",
          .enabled(if: Fixtures.corpusAvailable, Comment(rawValue: Fixtures.corpusSkipMessage)))
    func corpus() throws {
        var documents: [String: String] = [:]
        for url in Fixtures.corpusDocuments() {
            documents["wiro/" + url.lastPathComponent] = String(decoding: Fixtures.bytes(url), as: UTF8.self)
        }
        let (files, diagnostics) = Compiler.generate(documents)
        #expect(!diagnostics.contains { $0.severity == .error })
        let compiled = try Compiler.typecheck(files)
        #expect(compiled.status == 0, "\(compiled.output)")
        let flattened = Compiler.generate(documents.mapValues { String(decoding: Fixtures.flattened(Array($0.utf8)), as: UTF8.self) })
        #expect(flattened.files == files, "flattening changes no generated byte")
    }
}
