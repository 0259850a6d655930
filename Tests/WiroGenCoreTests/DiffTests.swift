import Foundation
import Testing
@testable import WiroGenDiff
@testable import WiroGenFiles
@testable import WiroGenModel
@testable import WiroGenText

/// A small line-broken tool document in the form of the corpus's llms.txt, built from parts so
/// that the two versions a test compares differ in one thing. It also says on which line it
/// wrote each thing, found by searching its text: the oracle for the places a change names.
struct DiffDocument {
    struct Input {
        var name: String
        var label: String
        var help: String
        var type: String
        var `default`: String
        var options: [(value: String, label: String)] = []
    }

    var id = "Test/tool"
    var endpoint = "https://api.wiro.ai/v1/Run/Test/tool"
    var description = "A tool for tests."
    var categories = ["tool", "text-to-video"]
    var inputs: [Input] = [
        Input(name: "prompt", label: "Prompt", help: "The prompt to generate the video.", type: "textarea", default: "a cat in a hat"),
        Input(name: "negativePrompt", label: "Negative Prompt", help: "What to leave out.", type: "text", default: ""),
        Input(name: "duration", label: "Duration", help: "Length of the video in seconds.", type: "select", default: "5",
              options: [("5", "5"), ("8", "8"), ("10", "10")]),
        Input(name: "quality", label: "Quality", help: "Quality of the video. 1080p does not support 8s", type: "select", default: "540p",
              options: [("540p", "540p"), ("720p", "720p"), ("1080p", "1080p")]),
        Input(name: "seed", label: "Seed", help: "The random seed.", type: "number", default: "0"),
        Input(name: "image", label: "Image", help: "An image to start from.", type: "fileinput", default: "https://cdn.wiro.ai/a.png"),
    ]
    var callbackUrl = "x"
    var samples: [[(name: String, value: String)]] = [
        [("prompt", "a dog on a bike"), ("duration", "5")],
        [("prompt", "a fox in the snow"), ("quality", "720p")],
    ]

    /// The document with `edit` applied.
    func with(_ edit: (inout DiffDocument) -> Void) -> DiffDocument {
        var copy = self
        edit(&copy)
        return copy
    }

    /// The document with the input named `name` edited.
    func with(input name: String, _ edit: (inout Input) -> Void) -> DiffDocument {
        with { document in edit(&document.inputs[document.inputs.firstIndex { $0.name == name }!]) }
    }

    var text: String {
        var lines = ["## Basic tool info", "", "Tool name: \(id)", "Tool description: \(description)", "Tool categories:"]
        lines += categories.map { "  - \($0)" }
        lines += ["", "Run Task Endpoint (POST):", endpoint, "", "## Tool Inputs:", ""]
        for input in inputs {
            lines += ["  - name: \(input.name)", "    label: \(input.label)", "    help: \(input.help)", "    type: \(input.type)", "    default: \(input.default)"]
            if !input.options.isEmpty { lines.append("    options:") }
            for option in input.options { lines += ["      - value: \"\(option.value)\"", "        label: \(option.label)", ""] }
            lines.append("")
        }
        lines += ["## Tool Parameter Inspires:", ""]
        for sample in samples { lines += sample.map { "  - \($0.name): \($0.value)" } + [""] }
        lines += ["## Run Command - Make HTTP Post Request", "```bash", "curl -X POST \"\(endpoint)\"", "-d '{"]
        lines += inputs.map { "  \"\($0.name)\": \(runValue($0))," } + ["  \"callbackUrl\": \"\(callbackUrl)\"", "}';", "```", ""]
        return lines.joined(separator: "\n")
    }

    /// As Wiro's own Run examples write them: numbers bare, everything else a string.
    private func runValue(_ input: Input) -> String {
        input.type == "number" && !input.default.isEmpty ? input.default : "\"\(input.default)\""
    }

    /// The 1-based number of the first line holding `fragment`, after the first line holding
    /// `anchor` when one is given.
    func line(_ fragment: String, after anchor: String? = nil) -> Int {
        let lines = text.components(separatedBy: "\n")
        let start = anchor.map { anchor in lines.firstIndex { $0.contains(anchor) }! } ?? 0
        return lines[start...].firstIndex { $0.contains(fragment) }! + 1
    }

    /// The line of the input named `name`.
    func line(ofInput name: String) -> Int { line("- name: \(name)") }

    /// The line of an option's value.
    func line(ofOption value: String, of input: String) -> Int { line("- value: \"\(value)\"", after: "- name: \(input)") }
}

/// What a test expects of one change: its impact, its words and the lines of its places.
struct Fact: Equatable, CustomStringConvertible {
    var impact: SpecChange.Impact
    var summary: String
    var old: Int?
    var new: Int?

    init(_ impact: SpecChange.Impact, _ summary: String, old: Int?, new: Int?) {
        (self.impact, self.summary, self.old, self.new) = (impact, summary, old, new)
    }

    init(_ change: SpecChange) {
        self.init(change.impact, change.summary, old: change.old?.location.line, new: change.new?.location.line)
    }

    var description: String { "\(impact.rawValue): \(summary) [old \(old.map(String.init) ?? "-"), new \(new.map(String.init) ?? "-")]" }
}

@Suite("diff: changes between two versions of tool documents")
struct DiffTests {
    static let base = DiffDocument()

    /// The changes from `old` to `new`, each read from memory as `old/…` and `new/…`.
    static func changes(_ old: DiffDocument, _ new: DiffDocument) throws -> [SpecChange] {
        let before = try read(old, as: "old/Test/tool.md"), after = try read(new, as: "new/Test/tool.md")
        return SpecDiff.compare(old: [before], new: [after])
    }

    static func read(_ document: DiffDocument, as path: String) throws -> ToolSpec {
        let (spec, diagnostics) = Fixtures.readDocument(Array(document.text.utf8), path: path)
        #expect(diagnostics.filter { $0.severity != .note } == [], "\(path)")
        return try #require(spec)
    }

    static func facts(_ old: DiffDocument, _ new: DiffDocument) throws -> [Fact] {
        try changes(old, new).map(Fact.init)
    }

    /// The rules validation enforces for a document, in plain words.
    static func enforced(_ document: DiffDocument) throws -> [String] {
        let spec = try read(document, as: "rules.md")
        return ToolVersions(old: spec, new: spec).new.rules.map(\.constraint.rule.description)
    }

    @Test("Identical documents: no changes")
    func identical() throws {
        #expect(try Self.facts(Self.base, Self.base) == [])
        #expect(DiffReport.summary([]) == "no changes")
    }

    @Test("Reworded help is text only, at the input in both versions")
    func helpReworded() throws {
        let new = Self.base.with(input: "prompt") { $0.help = "What the video shows." }
        #expect(try Self.facts(Self.base, new) == [
            Fact(.textOnly, "help of 'prompt' reworded", old: Self.base.line(ofInput: "prompt"), new: new.line(ofInput: "prompt")),
        ])
    }

    @Test("A reworded rule sentence that reads as the same rule is text only", arguments: [
        "Quality of the video. If quality is 1080p, duration cannot be 8",
        "Quality of the video. 8 seconds is not supported with 1080p",
    ])
    func sameRuleReworded(_ help: String) throws {
        let new = Self.base.with(input: "quality") { $0.help = help }
        #expect(try Self.enforced(Self.base) == ["quality 1080p forbids duration 8"])
        #expect(try Self.enforced(new).count == 1, "the new sentence is read as a rule too")
        #expect(try Self.facts(Self.base, new) == [
            Fact(.textOnly, "help of 'quality' reworded", old: Self.base.line(ofInput: "quality"), new: new.line(ofInput: "quality")),
        ])
    }

    @Test("A removed input is breaking, at the old document only")
    func inputRemoved() throws {
        let new = Self.base.with { $0.inputs.removeAll { $0.name == "seed" } }
        #expect(try Self.facts(Self.base, new) == [Fact(.breaking, "input 'seed' removed", old: Self.base.line(ofInput: "seed"), new: nil)])
    }

    @Test("A removed and an added input with the same label are one rename, its new help words")
    func renamedBySameLabel() throws {
        let new = Self.base.with(input: "seed") { $0.name = "randomSeed"; $0.help = "Any whole number." }
        let (old, now) = (Self.base.line(ofInput: "seed"), new.line(ofInput: "randomSeed"))
        #expect(try Self.facts(Self.base, new) == [
            Fact(.textOnly, "help of 'randomSeed' reworded", old: old, new: now),
            Fact(.breaking, "input 'seed' renamed to 'randomSeed'", old: old, new: now),
        ])
    }

    @Test("A removed and an added input of one kind and help are one rename, its new label words")
    func renamedBySameKindAndHelp() throws {
        let new = Self.base.with(input: "seed") { $0.name = "noise"; $0.label = "Noise" }
        let (old, now) = (Self.base.line(ofInput: "seed"), new.line(ofInput: "noise"))
        #expect(try Self.facts(Self.base, new) == [
            Fact(.breaking, "input 'seed' renamed to 'noise'", old: old, new: now),
            Fact(.textOnly, "label of 'noise' reworded", old: old, new: now),
        ])
    }

    @Test("A rule on a renamed input is the same rule: only the rename is reported")
    func ruleOnRenamedInput() throws {
        let new = Self.base.with(input: "duration") { $0.name = "length" }
        #expect(try Self.enforced(new) == ["quality 1080p forbids length 8"])
        #expect(try Self.facts(Self.base, new) == [
            Fact(.breaking, "input 'duration' renamed to 'length'", old: Self.base.line(ofInput: "duration"), new: new.line(ofInput: "length")),
        ])
    }

    @Test("Two inputs removed and an unrelated one added are no rename")
    func twoRemovedNoFalseRename() throws {
        let style = DiffDocument.Input(name: "style", label: "Style", help: "The look of the video.", type: "select", default: "",
                                       options: [("anime", "anime"), ("clay", "clay")])
        let new = Self.base.with { document in
            document.inputs.removeAll { ["seed", "negativePrompt"].contains($0.name) }
            document.inputs.append(style)
        }
        #expect(try Self.facts(Self.base, new) == [
            Fact(.breaking, "input 'negativePrompt' removed", old: Self.base.line(ofInput: "negativePrompt"), new: nil),
            Fact(.breaking, "input 'seed' removed", old: Self.base.line(ofInput: "seed"), new: nil),
            Fact(.additive, "new input 'style'", old: nil, new: new.line(ofInput: "style")),
        ])
    }

    @Test("A removed option is breaking, pointing at the option and at its input's new place")
    func optionRemoved() throws {
        let new = Self.base.with(input: "duration") { $0.options.removeAll { $0.value == "10" } }
        let changes = try Self.changes(Self.base, new)
        #expect(changes.map(Fact.init) == [
            Fact(.breaking, "option '10' of input 'duration' removed", old: Self.base.line(ofOption: "10", of: "duration"), new: new.line(ofInput: "duration")),
        ])
        let line = "old/Test/tool.md:\(Self.base.line(ofOption: "10", of: "duration")):9: breaking: Test/tool: option '10' of input 'duration' removed"
            + " (now new/Test/tool.md:\(new.line(ofInput: "duration")):5)"
        #expect(changes.map(\.description) == [line])
    }

    @Test("Removing an option a rule names takes the rule with it")
    func optionOfARuleRemoved() throws {
        let new = Self.base.with(input: "duration") { $0.options.removeAll { $0.value == "8" } }
        #expect(try Self.facts(Self.base, new) == [
            Fact(.breaking, "option '8' of input 'duration' removed", old: Self.base.line(ofOption: "8", of: "duration"), new: new.line(ofInput: "duration")),
            Fact(.additive, "rule no longer enforced: quality 1080p forbids duration 8 (help of 'quality')",
                 old: Self.base.line(ofInput: "quality"), new: new.line(ofInput: "quality")),
        ])
    }

    @Test("A new option is additive, at the option, with its input's old place")
    func optionAdded() throws {
        let new = Self.base.with(input: "quality") { $0.options.append(("4k", "4K")) }
        #expect(try Self.facts(Self.base, new) == [
            Fact(.additive, "new option '4k' of input 'quality'", old: Self.base.line(ofInput: "quality"), new: new.line(ofOption: "4k", of: "quality")),
        ])
    }

    @Test("A changed kind is breaking; a number that became text also changes how it is sent")
    func kindChanged() throws {
        let new = Self.base.with(input: "seed") { $0.type = "text" }
        let (old, now) = (Self.base.line(ofInput: "seed"), new.line(ofInput: "seed"))
        #expect(try Self.facts(Self.base, new) == [
            Fact(.breaking, "type of 'seed' changed from number to text", old: old, new: now),
            Fact(.breaking, "wire kind of 'seed' changed from number to string", old: old, new: now),
        ])
    }

    @Test("File kinds: one file that became several is breaking")
    func fileKindChanged() throws {
        let new = Self.base.with(input: "image") { $0.type = "multifileinput" }
        #expect(try Self.facts(Self.base, new) == [
            Fact(.breaking, "type of 'image' changed from fileinput to multifileinput", old: Self.base.line(ofInput: "image"), new: new.line(ofInput: "image")),
        ])
    }

    @Test("A select that became a multiselect is breaking, and a rule on one of its values is no longer checked")
    func selectBecameMultiselect() throws {
        let new = Self.base.with(input: "quality") { $0.type = "multiselect" }
        let (old, now) = (Self.base.line(ofInput: "quality"), new.line(ofInput: "quality"))
        #expect(try Self.facts(Self.base, new) == [
            Fact(.additive, "rule no longer enforced: quality 1080p forbids duration 8 (help of 'quality')", old: old, new: now),
            Fact(.breaking, "type of 'quality' changed from select to multiselect", old: old, new: now),
        ])
    }

    @Test("A changed default is breaking and names both values")
    func defaultChanged() throws {
        let new = Self.base.with(input: "quality") { $0.default = "720p" }
        #expect(try Self.facts(Self.base, new) == [
            Fact(.breaking, #"default of 'quality' changed from "540p" to "720p""#, old: Self.base.line(ofInput: "quality"), new: new.line(ofInput: "quality")),
        ])
    }

    @Test("The default of an input callers must pass is a sample: text only")
    func sampleDefaultChanged() throws {
        let new = Self.base.with(input: "prompt") { $0.default = "a dog in a hat" }
        #expect(try Self.facts(Self.base, new) == [
            Fact(.textOnly, "sample default of 'prompt' changed", old: Self.base.line(ofInput: "prompt"), new: new.line(ofInput: "prompt")),
        ])
    }

    @Test("A new enforced rule is breaking; its sentence is also new help")
    func ruleAdded() throws {
        let new = Self.base.with(input: "quality") { $0.help += ". 720p does not support 8s" }
        let (old, now) = (Self.base.line(ofInput: "quality"), new.line(ofInput: "quality"))
        #expect(try Self.facts(Self.base, new) == [
            Fact(.textOnly, "help of 'quality' reworded", old: old, new: now),
            Fact(.breaking, "new enforced rule: quality 720p forbids duration 8 (help of 'quality')", old: old, new: now),
        ])
    }

    @Test("A rule no longer enforced is additive")
    func ruleRemoved() throws {
        let new = Self.base.with(input: "quality") { $0.help = "Quality of the video." }
        let (old, now) = (Self.base.line(ofInput: "quality"), new.line(ofInput: "quality"))
        #expect(try Self.facts(Self.base, new) == [
            Fact(.textOnly, "help of 'quality' reworded", old: old, new: now),
            Fact(.additive, "rule no longer enforced: quality 1080p forbids duration 8 (help of 'quality')", old: old, new: now),
        ])
    }

    @Test("An input becoming required is breaking, once (not again as its presence rule); the reverse is additive")
    func requiredness() throws {
        let required = Self.base.with(input: "negativePrompt") { $0.help = "What to leave out. Required." }
        #expect(try Self.enforced(required).contains("negativePrompt is required"), "the presence rule is enforced, yet reported once")
        let (old, now) = (Self.base.line(ofInput: "negativePrompt"), required.line(ofInput: "negativePrompt"))
        #expect(try Self.facts(Self.base, required) == [
            Fact(.textOnly, "help of 'negativePrompt' reworded", old: old, new: now),
            Fact(.breaking, "input 'negativePrompt' became required", old: old, new: now),
        ])
        #expect(try Self.facts(required, Self.base) == [
            Fact(.textOnly, "help of 'negativePrompt' reworded", old: now, new: old),
            Fact(.additive, "input 'negativePrompt' is no longer required", old: now, new: old),
        ])
    }

    @Test("A new optional input is additive; a new required one (content with a sample) is breaking")
    func inputsAdded() throws {
        let style = DiffDocument.Input(name: "style", label: "Style", help: "The look.", type: "select", default: "", options: [("anime", "anime")])
        let mask = DiffDocument.Input(name: "mask", label: "Mask", help: "Where to paint.", type: "fileinput", default: "https://cdn.wiro.ai/m.png")
        let optional = Self.base.with { $0.inputs.append(style) }, required = Self.base.with { $0.inputs.append(mask) }
        #expect(try Self.facts(Self.base, optional) == [Fact(.additive, "new input 'style'", old: nil, new: optional.line(ofInput: "style"))])
        #expect(try Self.facts(Self.base, required) == [Fact(.breaking, "new required input 'mask'", old: nil, new: required.line(ofInput: "mask"))])
    }

    @Test("Moving an input breaks init calls, whose arguments follow document order")
    func reordered() throws {
        let new = Self.base.with { $0.inputs.swapAt(2, 3) }
        #expect(try Self.facts(Self.base, new) == [
            Fact(.breaking, "inputs reordered: 'quality' now comes before 'duration'", old: Self.base.line(ofInput: "quality"), new: new.line(ofInput: "quality")),
        ])
    }

    @Test("A moved endpoint is breaking: requests go elsewhere")
    func endpointChanged() throws {
        let new = Self.base.with { $0.endpoint = "https://api.wiro.ai/v2/Run/Test/tool" }
        #expect(try Self.facts(Self.base, new) == [
            Fact(.breaking, "endpoint changed from https://api.wiro.ai/v1/Run/Test/tool to https://api.wiro.ai/v2/Run/Test/tool", old: 1, new: 1),
        ])
    }

    @Test("Words that change no API or validation are text only", arguments: [
        ("label", DiffTests.base.with(input: "duration") { $0.label = "Length" }, "label of 'duration' reworded"),
        ("description", DiffTests.base.with { $0.description = "A tool to test with." }, "description reworded"),
        ("categories", DiffTests.base.with { $0.categories += ["video"] }, "categories changed: 'video' added"),
        ("option label", DiffTests.base.with(input: "duration") { $0.options[0].label = "5 seconds" }, "label of option '5' of input 'duration' reworded"),
        ("id case", DiffTests.base.with { $0.id = "test/tool" }, "tool id now written 'test/tool' (was 'Test/tool')"),
    ])
    func textOnly(_ what: String, _ new: DiffDocument, _ summary: String) throws {
        let facts = try Self.facts(Self.base, new)
        #expect(facts.map(\.summary) == [summary], "\(what)")
        #expect(facts.allSatisfy { $0.impact == .textOnly && $0.old != nil && $0.new != nil }, "\(what)")
    }

    @Test("Samples changed: counted, pointing at the first new one")
    func samplesChanged() throws {
        let new = Self.base.with { $0.samples[1] = [("prompt", "an owl at night")] }
        let old = Self.base.line("- prompt: a fox in the snow"), now = new.line("- prompt: an owl at night")
        #expect(try Self.facts(Self.base, new) == [Fact(.textOnly, "samples changed: 1 added, 1 removed", old: old, new: now)])
    }

    @Test("A Run example value no input change explains is text only, at its key")
    func runExampleChanged() throws {
        let new = Self.base.with { $0.callbackUrl = "https://example.com/done" }
        let old = Self.base.line("\"callbackUrl\""), now = new.line("\"callbackUrl\"")
        #expect(try Self.facts(Self.base, new) == [Fact(.textOnly, "Run example changed for 'callbackUrl'", old: old, new: now)])
    }

    @Test("A difference no comparison names still counts, as text only")
    func safetyNet() throws {
        let old = try Self.read(Self.base, as: "old/Test/tool.md")
        var new = try Self.read(Self.base, as: "new/Test/tool.md")
        #expect(SpecDiff.compare(old: [old], new: [new]) == [])
        new.inputs[0].inferred = true
        #expect(SpecDiff.compare(old: [old], new: [new]).map(Fact.init) == [
            Fact(.textOnly, "the document changed in ways the bindings do not show", old: 1, new: 1),
        ])
    }

    @Test("A tool whose id changes from its display name to its slug is the same tool, paired by its Run endpoint")
    func pairedBySlug() throws {
        let old = DiffDocument().with { $0.id = "wiro/Virtual Try-On"; $0.endpoint = "https://api.wiro.ai/v1/Run/wiro/virtual-try-on" }
        let new = old.with { $0.id = "wiro/virtual-try-on" }
        let folder = try Self.folder(["old/t.md": old, "new/t.md": new])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Fixtures.diff(old: [folder.appendingPathComponent("old").path], new: [folder.appendingPathComponent("new").path])
        #expect(result.changes.map { "\($0.impact.rawValue): \($0.summary)" } == ["text: tool id now written 'wiro/virtual-try-on' (was 'wiro/Virtual Try-On')"])
    }

    @Test("Tools only in the old folder are removed (breaking), only in the new one added; pairs are compared")
    func toolsAcrossFolders() throws {
        func tool(_ name: String) -> DiffDocument { DiffDocument().with { $0.id = "Test/\(name)"; $0.endpoint = "https://api.wiro.ai/v1/Run/Test/\(name)" } }
        let a = tool("a"), b = tool("b"), c = tool("c")
        let changedB = b.with(input: "prompt") { $0.help = "Words." }
        let folder = try Self.folder(["old/a.md": a, "old/b.md": b, "new/b.md": changedB, "new/c.md": c])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (old, new) = (folder.appendingPathComponent("old").path, folder.appendingPathComponent("new").path)
        let result = try Fixtures.diff(old: [old], new: [new])
        #expect(!result.hasErrors)
        #expect(result.changes.map { [$0.tool, $0.impact.rawValue, $0.summary, $0.primaryPlace?.description ?? ""] } == [
            ["Test/a", "breaking", "tool removed", "\(old)/a.md:1:1"],
            ["Test/b", "text", "help of 'prompt' reworded", "\(new)/b.md:\(b.line(ofInput: "prompt")):5"],
            ["Test/c", "additive", "new tool", "\(new)/c.md:1:1"],
        ])
        #expect(result.changes[0].new == nil && result.changes[2].old == nil)
        #expect(DiffReport.summary(result.changes) == "3 changes: 1 breaking, 1 additive, 1 text only")
    }

    @Test("A side with an error is not compared; its document's diagnostics say why")
    func errors() throws {
        let folder = try Self.folder(["old/a.md": DiffDocument()])
        try Data("## Tool Inputs:\n- name: x\n".utf8).write(to: folder.appendingPathComponent("new.md"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Fixtures.diff(old: [folder.appendingPathComponent("old").path], new: [folder.appendingPathComponent("new.md").path])
        #expect(result.hasErrors && result.changes.isEmpty)
        #expect(!result.diagnosticsOfFailedDocuments.isEmpty)
        #expect(result.diagnosticsOfFailedDocuments.allSatisfy { $0.file.hasSuffix("new.md") })
        #expect(throws: MissingPath.self) { try Fixtures.diff(old: [folder.appendingPathComponent("none").path], new: []) }
    }

    @Test("readDocument reads bytes exactly as the file reader reads the file")
    func readDocumentIsTheFileReader() throws {
        let folder = try Self.folder(["x/tool.md": Self.base])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("x/tool.md").path
        let fromFile = try Fixtures.readSpecs(at: [path])
        let fromMemory = Fixtures.readDocument(Array(Self.base.text.utf8), path: path)
        #expect(fromMemory.spec == fromFile.specs.first)
        #expect(fromMemory.diagnostics == fromFile.diagnostics)
        let garbage = Fixtures.readDocument(Array("hello".utf8), path: "https://wiro.ai/models/x/y/llms-full.txt")
        #expect(garbage.spec == nil)
        #expect(garbage.diagnostics.map(\.file) == ["https://wiro.ai/models/x/y/llms-full.txt"])
    }

    @Test("Changes are ordered by tool, then place, then words; JSON round-trips")
    func orderAndJSON() throws {
        let new = Self.base.with(input: "seed") { $0.default = "7" }.with(input: "prompt") { $0.help = "Words." }.with(input: "quality") { $0.label = "Q" }
        let changes = try Self.changes(Self.base, new)
        #expect(changes.map(\.summary) == [
            "help of 'prompt' reworded", "label of 'quality' reworded", #"default of 'seed' changed from "0" to "7""#,
        ])
        let json = try DiffReport.json(changes)
        let document = try JSONDecoder().decode(DiffReport.Document.self, from: Data(json.utf8))
        #expect(document.changes == changes)
        #expect(document.counts == ["breaking": 1, "additive": 0, "text": 2])
    }

    static func folder(_ documents: [String: DiffDocument]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiro-gen-diff-\(UUID().uuidString)")
        for (name, document) in documents {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(document.text.utf8).write(to: url)
        }
        return folder
    }
}
