import Testing
@testable import WiroGenReader
@testable import WiroGenText

/// A document whose structure is damaged is never read into a different binding in silence:
/// each kind of damage gets a diagnostic at its place (an error where the binding would change).
@Suite("Damaged structure: a diagnostic at the damage, never a silent change")
struct StructureTests {
    static let prompt = """
      - name: prompt
        label: Prompt
        help: The prompt.
        type: text
        default: a cat
    """

    @Test("A lost '- name:' line glues an input into the one before: an error at the glued key")
    func lostName() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: Self.prompt + """

            label: Seed
            help: The seed.
            type: number
            default: 0
        """), path: "lost.md")
        let error = try #require(result.with(.malformedInput).first)
        #expect(error.severity == .error)
        #expect(error.message == "input 'prompt' has 'label:' inside its 'default:': a line or key of the document may be missing or doubled here")
        #expect(error.location == Location(line: 15, column: 5))
    }

    @Test("A key no Wiro input has, on its own line, is ignored with a warning; the value before it is whole")
    func unknownKey() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: """
          - name: prompt
            label: Prompt
            help: The prompt.
            type: text
            required: true
            default: a cat
            maxLength: 200
        """), path: "unknown.md")
        #expect(result.errors.isEmpty)
        #expect(result.with(.malformedInput).map(\.location) == [Location(line: 14, column: 5), Location(line: 16, column: 5)])
        #expect(result.with(.malformedInput).first?.message == "'required:' is no key of a Wiro input; its line is ignored")
        #expect(result.spec?.inputs.first?.type == "text")
        #expect(result.spec?.inputs.first?.default == "a cat")
    }

    @Test("A key no Wiro input has after the options is ignored too; the last option's label is whole")
    func unknownKeyAfterOptions() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: Self.prompt + """

          - name: quality
            label: Quality
            help: The quality.
            type: select
            default: 540p
            options:
              - value: "540p"
                label: 540p
              - value: "1080p"
                label: 1080p
            required: true
        """), path: "after.md")
        #expect(result.errors.isEmpty)
        #expect(result.with(.malformedInput).map(\.location) == [Location(line: 25, column: 5)])
        #expect(result.spec?.inputs.last?.options.map(\.label) == ["540p", "1080p"])
    }

    @Test("A code block in a help text, with inputs after it, is the help's")
    func codeInHelp() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: """
          - name: prompt
            label: Prompt
            help: The prompt, for example:

                a red fox in the snow

            type: text
            default: a cat
        """ + "\n\n" + Self.prompt.replacingOccurrences(of: "prompt", with: "style")), path: "code-help.md")
        #expect(result.with(.strayText).isEmpty)
        #expect(result.spec?.inputs.map(\.name) == ["prompt", "style"])
    }

    @Test("A word and a colon inside a help sentence is no key")
    func colonInHelp() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: """
          - name: prompt
            label: Prompt
            help: The prompt.
              Note: keep it short.
            type: text
            default: a cat
        """), path: "note.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.spec?.inputs.first?.help == "The prompt. Note: keep it short.")
    }

    @Test("A Run example key that no input has is a warning at the key; callbackUrl is the run option")
    func unknownExampleKey() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: Self.prompt, body: #"{"prompt": "a cat", "sead": 1, "callbackUrl": "x"}"#), path: "key.md")
        let warning = try #require(result.with(.unknownExampleInput).first)
        #expect(result.with(.unknownExampleInput).count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "the Run example sends 'sead', which no input of the tool has; the generated request does not send it")
        #expect(warning.location == Location(line: 19, column: 25))
    }

    @Test("A heading said twice: a warning at the second; the one with content is read")
    func repeatedHeading() throws {
        let text = Fixtures.document(inputs: Self.prompt).replacingOccurrences(of: "## Tool Inputs:\n", with: "## Tool Inputs:\n## Tool Inputs:\n")
        let result = Fixtures.extract(text, path: "twice.md")
        let warning = try #require(result.with(.repeatedSection).first)
        #expect(warning.location == Location(line: 9, column: 1))
        #expect(result.spec?.inputs.map(\.name) == ["prompt"])
    }

    @Test("Input blocks whose heading was lost are read, with a warning")
    func lostInputsHeading() throws {
        let text = Fixtures.document(inputs: Self.prompt).replacingOccurrences(of: "## Tool Inputs:\n", with: "")
        let result = Fixtures.extract(text, path: "heading.md")
        #expect(result.errors.isEmpty)
        #expect(result.with(.missingInputs).first?.severity == .warning)
        #expect(result.spec?.inputs.first?.default == "a cat")
    }

    @Test("A code block ends the inputs section: its text is no input's value")
    func codeAfterInputs() throws {
        let text = Fixtures.document(inputs: Self.prompt).replacingOccurrences(of: "## Run Command - Make HTTP Post Request\n", with: "")
        let result = Fixtures.extract(text, path: "code.md")
        let warning = try #require(result.with(.strayText).first)
        #expect(warning.message == "a code block in the inputs section ends it; is the '## ' heading before it missing?")
        #expect(warning.location?.line == 17, "the code block's first line")
        #expect(result.spec?.inputs.first?.default == "a cat")
    }
}
