import Foundation
import Testing
@_spi(Generated) @_spi(WiroGen) import WiroRuntime
@testable import WiroGenCore
@testable import WiroGenEmit
@testable import WiroGenResolve
@testable import WiroGenText

@Suite("Resolve: every rule checked or reported, one namer")
struct ResolveTests {
    /// The seeds, the corpus (when present) and the fixtures made to hold rules that cannot be
    /// checked and names that clash.
    static var documents: [URL] {
        let corpus = Fixtures.corpusAvailable ? Fixtures.corpusDocuments() : []
        return Fixtures.documents(in: Fixtures.specs) + corpus
            + Fixtures.documents(in: Fixtures.fixtures("Rules")) + Fixtures.documents(in: Fixtures.fixtures("Clashes"))
    }

    @Test("Every rule read gets one decision: emitted as a check, guaranteed by its type, or not checked and why")
    func ruleAccounting() throws {
        var read = 0, emitted = 0, notChecked = 0
        for url in Self.documents {
            var diagnostics = DiagnosticCollector()
            let document = InputFile(path: url.path, contents: Fixtures.bytes(url))
            let spec = try #require(GeneratorPipeline.read(document, diagnostics: &diagnostics), "\(url.lastPathComponent)")
            let tool = Fixtures.resolve(spec).tool
            let files = Fixtures.generate([spec], specsRoot: url.deletingLastPathComponent().path).files
            let file = try #require(files.first { $0.path != "Namespaces.swift" && $0.path != RegistryEmitter.indexFile })
            let checks = file.contents.components(separatedBy: "WiroRule([").count - 1
            let rules = spec.readings.flatMap(\.constraints).count
            let decided = tool.decisions.filter { $0.rule != nil }
            let enforced = decided.filter { if case .enforced = $0.outcome { return true } else { return false } }
            let byType = enforced.filter { decision in !tool.rules.contains { $0.constraint.rule == decision.rule && $0.constraint.sentence == decision.sentence } }
            #expect(decided.count == rules, "\(url.lastPathComponent): \(rules) rules read, \(decided.count) decided")
            #expect(checks == tool.rules.count && checks == enforced.count - byType.count, "\(url.lastPathComponent)")
            #expect(byType.allSatisfy { if case .required? = $0.rule { return true } else { return false } })
            read += rules
            emitted += checks
            notChecked += decided.count - enforced.count
        }
        #expect(emitted > 0 && notChecked > 0 && read >= emitted + notChecked, "the documents hold rules of both ends")
    }

    @Test("A multiple on a number whose default is written 1e3, and a value of a multiselect, are not checked, with why")
    func notEnforced() throws {
        let url = Fixtures.fixtures("Rules/rules-not-enforced.md")
        let spec = try #require(Fixtures.extract(url).spec)
        let (tool, _) = Fixtures.resolve(spec)
        #expect(tool.inputs.map(\.type) == [.double, tool.inputs[1].type, tool.inputs[2].type, tool.inputs[3].type])
        #expect(tool.inputs[0].defaultValue == .double(1000))
        let reasons = tool.decisions.compactMap { decision -> String? in
            if case .notChecked(let why) = decision.outcome { return "\(decision.sentence): \(why)" }
            return nil
        }
        #expect(reasons.count == 3)
        #expect(reasons[0].hasPrefix("must be a multiple of 8") && reasons[0].contains("'1e3'"))
        #expect(reasons[1].hasPrefix("Anime does not support fast") && reasons[1].contains("list"))
        #expect(tool.rules.map(\.constraint.sentence) == ["fast does not support 10s"])
    }

    @Test("Default and sample values are parsed once, by the input's type", arguments: [
        ("5", ValueType.int, ResolvedValue?.some(.int(5))), ("5.0", .int, .int(5)), ("5.5", .int, nil), ("1e3", .double, .double(1000)),
        (".5", .double, .double(0.5)), ("-2", .double, .double(-2)), ("abc", .double, nil), ("True", .bool, .bool(true)),
        ("0", .bool, .bool(false)), ("yes", .bool, nil), ("x.png", .file, .file("x.png")), ("a,b", .list(.string), .list([.string("a"), .string("b")])),
        ("", .list(.int), .list([])), ("1,x", .list(.int), nil),
    ])
    func parsing(_ text: String, _ type: ValueType, _ expected: ResolvedValue?) {
        #expect(ValueParser.parse(text, as: type) == expected)
    }

    @Test("The generator reads a document's value exactly as the runtime decodes it from the wire", arguments: [
        "5", "5.0", "5.5", "-3", "+3", "1e3", "2E-2", ".5", "5.", "007", "0x10", "nan", "inf", "1_000", " 7 ", "", "true", "False", "1", "0",
        "yes", "99999999999999999999", "-0", "1,2", "a,b", ",", "3,x",
    ])
    func oneParser(_ text: String) {
        #expect(ValueParser.parse(text, as: .int) == Int(wireText: text).map(ResolvedValue.int), "Int")
        #expect(ValueParser.parse(text, as: .double) == Double(wireText: text).map(ResolvedValue.double), "Double")
        #expect(ValueParser.parse(text, as: .bool) == Bool(wireText: text).map(ResolvedValue.bool), "Bool")
        #expect(ValueParser.parse(text, as: .string) == String(wireText: text).map(ResolvedValue.string), "String")
        let items = WiroWireText.items(text)
        let runtimeInts = items.map { Int(wireText: $0) }
        let expected: ResolvedValue? = runtimeInts.contains(nil) ? nil : .list(runtimeInts.map { .int($0!) })
        #expect(ValueParser.parse(text, as: .list(.int)) == expected, "[Int]")
    }

    @Test("The one number grammar", arguments: [
        ("5", WiroNumberLiteral?.some(.integer(5))), ("-1", .integer(-1)), ("+3", .integer(3)), ("0.25", .decimal(0.25)),
        (".5", .decimal(0.5)), ("1e3", .decimal(1000)), ("2E-2", .decimal(0.02)), ("5.", nil), ("1e", nil), ("", nil),
        ("-", nil), ("12px", nil), (" 7 ", .integer(7)), ("nan", nil), ("inf", nil),
    ])
    func numbers(_ text: String, _ expected: WiroNumberLiteral?) {
        #expect(WiroNumberLiteral(text) == expected)
    }

    @Test("Wire kinds are the runtime's, taken from the Run example")
    func wireKinds() throws {
        let spec = try #require(Fixtures.extract(Fixtures.fixtures("Rules/rules-not-enforced.md")).spec)
        let kinds = Fixtures.resolve(spec).tool.inputs.map(\.wireKind)
        #expect(kinds == [WiroWireKind.number, .array, .string, .string])
    }

    @Test("Each file input's upload follows its document type; a fileinput's URL goes in its {id}Url input when the document lists one")
    func uploads() throws {
        func input(_ name: String, _ type: String) -> String {
            """
              - name: \(name)
                label: \(name)
                help: An input.
                type: \(type)
                default:
            """
        }
        let inputs = [
            input("inputImage", "fileinput"), input("inputImageUrl", "text"), input("mask", "fileinput"),
            input("documents", "multifileinput"), input("clothes", "combinefileinput"), input("prompt", "textarea"),
        ]
        let spec = try #require(Fixtures.extract(Fixtures.document(inputs: inputs.joined(separator: "\n"))).spec)
        let resolved = Fixtures.resolve(spec).tool.inputs
        #expect(resolved.map(\.spec.name) == ["inputImage", "inputImageUrl", "mask", "documents", "clothes", "prompt"])
        #expect(resolved.map(\.upload) == [.single(urlField: "inputImageUrl"), nil, .single(urlField: nil), .multiple, .combined, nil])

        let files = Fixtures.generate([spec], specsRoot: ".").files
        let tool = try #require(files.first { $0.path == "Test/Tool.swift" })
        let fields = tool.contents.components(separatedBy: "\n").filter { $0.hasPrefix("            .") }
        #expect(fields == [
            #"            .optional("inputImage", \.inputImage, .string, upload: .single(urlField: "inputImageUrl")),"#,
            #"            .optional("inputImageUrl", \.inputImageUrl, .string),"#,
            #"            .optional("mask", \.mask, .string, upload: .single(urlField: nil)),"#,
            #"            .list("documents", \.documents, .string, upload: .multiple),"#,
            #"            .optional("clothes", \.clothes, .string, upload: .combined),"#,
            #"            .optional("prompt", \.prompt, .string),"#,
        ])
        let compiled = try Compiler.typecheck(files)
        #expect(compiled.status == 0, "\(compiled.output)")
    }

    @Test("Names that would hide what generated code refers to get a suffix; Duration stays")
    func reservedNames() throws {
        let specs = Fixtures.documents(in: Fixtures.fixtures("Clashes")).compactMap { Fixtures.extract($0).spec }
        var diagnostics = DiagnosticCollector()
        let names = ToolNamer.toolNames(for: specs, diagnostics: &diagnostics)
        #expect(Set(names.map(\.qualified)) == ["Acme.String_2", "Other.Ovi", "StringTools.Tool", "WanAI.Wan2_2TI2V5BImageToVideo"])
        let string = try #require(specs.first { $0.id == "Acme/String" })
        let tool = Resolver.resolve(string, name: names[specs.firstIndex(of: string)!], diagnostics: &diagnostics)
        #expect(tool.enums.map(\.name) == ["StringOption", "URLOption", "Duration"])
        #expect(tool.inputs.map(\.propertyName) == ["violations_2", "string", "url", "url_2", "duration"])
        #expect(tool.enums[0].cases.map(\.name) == ["aB", "aB_2", "rawValue_2"])
    }

    @Test("The clashing documents, with the seeds, compile with zero warnings")
    func clashesCompile() throws {
        var documents: [String: String] = [:]
        for url in Fixtures.documents(in: Fixtures.fixtures("Clashes")) + Fixtures.documents(in: Fixtures.specs) {
            documents[url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent] = String(decoding: Fixtures.bytes(url), as: UTF8.self)
        }
        let (files, diagnostics) = Compiler.generate(documents)
        #expect(!diagnostics.contains { $0.severity == .error })
        #expect(files.contains { $0.path == "Other/Other.Ovi.swift" } && files.contains { $0.path == "Chetwinlow1/Chetwinlow1.Ovi.swift" })
        let compiled = try Compiler.typecheck(files)
        #expect(compiled.status == 0, "\(compiled.output)")
    }

    @Test("The index names each tool, and reads back exactly")
    func indexRoundTrip() {
        let names = [
            ("PixVerse/text-to-video-v4.5", ToolName(owner: "PixVerse", namespace: "PixVerse", typeName: "TextToVideoV4_5")),
            ("odd/\"quoted\" \\ id\nwith a break", ToolName(owner: "odd", namespace: "Odd", typeName: "QuotedIdWithABreak")),
        ]
        let file = RegistryEmitter.index(names.map { (id: $0.0, name: $0.1) }, access: .public, source: "Specs")
        let read = ToolIndex.names(in: file.contents)
        #expect(read.count == 2)
        for (id, name) in names {
            #expect(read[id]?.qualified == name.qualified)
        }
    }
}
