import Testing
import WiroGenConfig

/// `fetch` adds new tools to `tools` in the user's own layout and leaves the rest of the file alone.
@Suite("Adding tools to wiro-gen.json")
struct ConfigToolsEditorTests {
    @Test("ids join the list in its layout", arguments: [
        (#"{"tools": []}"#, #"{"tools": ["wiro/a", "Acme/b"]}"#),
        ("{\"tools\": [\n]}", "{\"tools\": [\"wiro/a\", \"Acme/b\"]}"),
        (#"{"tools": ["x/y"], "accessModifier": "internal"}"#, #"{"tools": ["x/y", "wiro/a", "Acme/b"], "accessModifier": "internal"}"#),
        ("{\n  \"tools\": [\n    \"x/y\"\n  ]\n}\n", "{\n  \"tools\": [\n    \"x/y\",\n    \"wiro/a\",\n    \"Acme/b\"\n  ]\n}\n"),
        ("{\"tools\": [\"é/\\\"q\\\"\" ]}", "{\"tools\": [\"é/\\\"q\\\"\", \"wiro/a\", \"Acme/b\" ]}"),
    ])
    func adds(_ before: String, _ after: String) throws {
        #expect(try ConfigToolsEditor.adding(["wiro/a", "Acme/b"], to: before, path: "wiro-gen.json") == after)
    }

    @Test("no tools key (every tool is generated) or every id listed already: the text as it was")
    func unchanged() throws {
        let noList = "{\n  \"accessModifier\": \"package\"\n}\n"
        #expect(try ConfigToolsEditor.adding(["wiro/a"], to: noList, path: "wiro-gen.json") == noList)
        let listed = #"{"tools": ["WIRO/A"]}"#
        #expect(try ConfigToolsEditor.adding(["wiro/a", "wiro/A"], to: listed, path: "wiro-gen.json") == listed)
    }

    @Test("a file that is not JSON, or a tools that is not a list, is an error at its place")
    func errors() {
        #expect(throws: ConfigToolsEditor.Failure.self) { try ConfigToolsEditor.adding(["a/b"], to: "{\n  \"tools\": [,]\n}", path: "c.json") }
        do {
            _ = try ConfigToolsEditor.adding(["a/b"], to: "{\n  \"tools\": \"all\"\n}", path: "c.json")
            Issue.record("no error")
        } catch {
            #expect(error.description == "c.json:2:12: error: \"tools\" must be an array of tool ids")
        }
    }
}
