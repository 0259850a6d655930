import Foundation
import Testing
@testable import WiroGenMarkdown
@testable import WiroGenModel
@testable import WiroGenText

@Suite("Markdown, JSON and text units")
struct ReaderUnitTests {
    @Test("cmark's tree becomes Swift values in pre-order with positions")
    func markdownTree() {
        let document = MarkdownParser.parse(Array("## Title\n\n- a\n- b *c*\n\n```bash\ncurl\n```\n".utf8))
        let kinds = document.nodes.map(\.kind)
        #expect(kinds == [
            .document, .heading(level: 2), .text, .list(ordered: false), .item, .paragraph, .text,
            .item, .paragraph, .text, .emphasis, .text, .codeBlock(info: "bash"),
        ])
        #expect(document.nodes[1].start == Location(line: 1, column: 1))
        #expect(document.nodes[7].start == Location(line: 4, column: 1))
        #expect(document.children(of: 3) == [4, 7])
        #expect(document.nodes.last?.literal == "curl\n")
    }

    @Test("JSON keeps key order, number text and string kinds, and stops at the value's end")
    func json() throws {
        let text = #"-d '{"b": "5", "a": 0, "c": [true, null, -1.5e3], "d": {"e": "It's"}}';"#
        let source = SourceText(path: "j", bytes: Array(text.utf8))
        var parser = JSONParser(source: source, offset: 4)
        let (value, end) = try parser.parseValue()
        #expect(value.members?.map(\.key) == ["b", "a", "c", "d"])
        #expect(value["b"] == .string("5"))
        #expect(value["a"] == .number("0"))
        #expect(value["c"] == .array([.bool(true), .null, .number("-1.5e3")]))
        #expect(value["d"]?["e"] == .string("It's"))
        #expect(Array(text.utf8)[end] == UInt8(ascii: "'"))
        #expect(value.members?[1].location == Location(line: 1, column: 16))
    }

    @Test("JSON escapes decode; raw whitespace runs collapse")
    func jsonStrings() throws {
        let source = SourceText(path: "j", bytes: Array(#"{"a": "x\n\"y\" \u00e9\ud83d\ude00", "b": "p   q"}"#.utf8))
        var parser = JSONParser(source: source, offset: 0)
        let value = try parser.parseValue().value
        #expect(value["a"] == .string("x\n\"y\" é😀"))
        #expect(value["b"] == .string("p q"))
    }

    @Test("JSON errors name the offending offset", arguments: [
        (#"{"a": }"#, 6, "expected a JSON value"),
        (#"{"a": "b"#, 6, "unterminated string in the JSON"),
        (#"{"a" 1}"#, 5, "expected ':' after the key \"a\""),
        (String(repeating: "[", count: 300), 256, "the JSON nests deeper than 256 levels"),
    ])
    func jsonErrors(_ text: String, _ offset: Int, _ message: String) {
        var parser = JSONParser(source: SourceText(path: "j", bytes: Array(text.utf8)), offset: 0)
        #expect(throws: JSONParser.Failure(message: message, offset: offset)) { try parser.parseValue() }
    }

    @Test("Mojibake is repaired; genuine accents and curly quotes are not touched", arguments: [
        ("rÃ©sumÃ©s", "résumés"), ("state â€” either", "state — either"), ("café", "café"),
        ("Mustang’s", "Mustang’s"), ("naïve Ã", "naïve Ã"), ("plain", "plain"),
    ])
    func mojibake(_ input: String, _ expected: String) {
        #expect(input.repairingMojibake() == expected)
    }

    @Test("Source locations count lines by LF, CRLF and CR, columns by bytes")
    func sourceLocations() {
        let source = SourceText(path: "s", bytes: Array("ab\r\ncé\rx\ny".utf8))
        #expect(source.location(ofOffset: 0) == Location(line: 1, column: 1))
        #expect(source.location(ofOffset: 4) == Location(line: 2, column: 1))
        #expect(source.location(ofOffset: 8) == Location(line: 3, column: 1))
        #expect(source.location(ofOffset: 10) == Location(line: 4, column: 1))
        #expect(source.offset(of: Location(line: 3, column: 1)) == 8)
        #expect(source.offset(of: Location(line: 9, column: 1)) == nil)
    }

    @Test("Markup characters in values are data, not emphasis")
    func markupInValues() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: """
          - name: size
            label: Size *px*
            help: Pick 832*480 or 480*832, [see](x) and `code`.
            type: select
            default: 832*480
            options:
              - value: "832*480"
                label: 832*480
              - value: "480*832"
                label: 480*832
        """))
        let size = try #require(result.spec?.input(named: "size"))
        #expect(size.label == "Size *px*")
        #expect(size.help == "Pick 832*480 or 480*832, [see](x) and `code`.")
        #expect(size.options.map(\.value) == ["832*480", "480*832"])
        #expect(result.errors.isEmpty)
    }

    @Test("A help sentence holding 'type:' and 'default:' does not split the input")
    func keysInHelp() throws {
        let result = Fixtures.extract(Fixtures.document(inputs: """
          - name: format
            label: Format
            help: Output type: mp4 or gif. The default: mp4.
            type: select
            default: mp4
            options:
              - value: "mp4"
                label: mp4
              - value: "gif"
                label: gif
        """))
        let format = try #require(result.spec?.input(named: "format"))
        #expect(format.help == "Output type: mp4 or gif. The default: mp4.")
        #expect(format.type == "select")
        #expect(format.default == "mp4")
        #expect(format.options.count == 2)
    }

    @Test("Every input kind of the type table is recognised; case and spaces do not matter")
    func kinds() {
        for kind in InputKind.known {
            #expect(InputKind(typeString: " \(kind.description.uppercased()) ") == kind)
        }
        #expect(InputKind(typeString: "slider") == .unknown("slider"))
    }
}
