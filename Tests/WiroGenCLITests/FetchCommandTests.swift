import Foundation
import TestSupport
import Testing

/// `search`, `fetch` and `update` against a fake Wiro on 127.0.0.1.
@Suite("wiro-gen search, fetch and update")
struct FetchCommandTests {
    static let tryOn = ToolDocument(owner: "wiro", tool: "virtual-try-on", title: "Virtual Try-On", inputs: [
        .init(name: "prompt", help: "What to show."),
        .init(name: "style", type: "select", defaultValue: "studio", options: ["studio", "street"]),
        .init(name: "seed", type: "number", defaultValue: "42"),
    ])

    /// A package folder: Specs/ with `documents`, and a configuration when given.
    static func project(_ documents: [ToolDocument], config: String? = nil) throws -> URL {
        var files = Dictionary(uniqueKeysWithValues: documents.map { ("Specs/\($0.owner)/\($0.tool).md", $0.text) })
        if let config { files["wiro-gen.json"] = config }
        if files.isEmpty { files["Specs/.keep"] = "" }
        return try CLI.temporaryFolder(files)
    }

    /// Every file under `folder` and its bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path) { files[relative] = data }
        }
        return files
    }

    /// Runs wiro-gen against the fake site; without an API key unless one is given, whatever
    /// the environment holds.
    static func run(_ arguments: [String], in folder: URL, site: FakeWiroSite, timeout: String = "5", apiKey: String = "") throws -> CLI.Output {
        try CLI.run(arguments + ["--docs-url", site.docsURL, "--api-url", site.apiURL, "--timeout", timeout], in: folder,
                    environment: ["WIRO_API_KEY": apiKey])
    }

    /// The try-on tool's structured definition: the prompt required, the seed between 0 and `maximum`.
    static func tryOnDefinition(maximum: Int = 100) -> String {
        """
        {
          "openapi": "3.0.3",
          "servers": [{"url": "https://api.wiro.ai/v1"}],
          "paths": {"/Run/wiro/virtual-try-on": {"post": {"summary": "Run Virtual Try-On",
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/RunToolSchema"}}}}}}},
          "components": {"schemas": {"RunToolSchema": {
            "type": "object",
            "properties": {
              "prompt": {"title": "prompt", "description": "What to show.", "type": "string"},
              "style": {"title": "style", "type": "string", "x-input-type": "select", "default": "studio", "enum": ["studio", "street"]},
              "seed": {"title": "seed", "type": "number", "minimum": 0, "maximum": \(maximum), "multipleOf": 1, "default": 42},
              "callbackUrl": {"type": "string", "format": "uri"}
            },
            "required": ["prompt"]
          }}}
        }
        """
    }

    @Test("search lists the catalogue's tools, marks those in Specs/, and sends Wiro's documented body")
    func search() throws {
        let site = try FakeWiroSite()
        site.list([("wiro/virtual-try-on", "Virtual Try-On", ["image-to-image"]), ("wiro/try-it", "Try It", ["llm"]),
                   ("pixverse/video", "Video", ["image-to-video"])])
        let folder = try Self.project([Self.tryOn])
        let environment = ["WIRO_API_KEY": FakeWiroSite.apiKey]
        let output = try CLI.run(["search", "try", "--limit", "5", "--api-url", site.apiURL], in: folder, environment: environment)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == """
            * wiro/virtual-try-on  Virtual Try-On  [image-to-image]
              wiro/try-it          Try It  [llm]

            """)
        #expect(output.stderr.contains("2 of 2 tools shown; 1 already in Specs (*)"))
        let request = try #require(site.requests.last)
        #expect(request.method == "POST" && request.path == "/v1/Tool/List")
        #expect(request.headers["x-api-key"] == FakeWiroSite.apiKey && request.headers["x-signature"] == nil)
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        #expect(body["search"] as? String == "try" && body["limit"] as? String == "5" && body["start"] as? String == "0")
        #expect(body["hideworkflows"] as? Bool == true && body["summary"] as? Bool == true)

        let filtered = try CLI.run(["search", "--category", "image-to-video", "--api-url", site.apiURL], in: folder, environment: environment)
        #expect(filtered.stdout == "  pixverse/video  Video  [image-to-video]\n")

        let refused = try CLI.run(["search", "--api-url", site.apiURL], in: folder, environment: ["WIRO_API_KEY": "wrong"])
        #expect(refused.status == 1 && refused.stderr.contains("HTTP 401: Unauthorized (is WIRO_API_KEY right?)"))
        let keyless = try CLI.run(["search", "--api-url", site.apiURL], in: folder, environment: ["WIRO_API_KEY": ""])
        #expect(keyless.status == 2 && keyless.stderr.contains("set WIRO_API_KEY"))
        // Wiro also refuses with HTTP 200, `"result": "false"` and an error's `msg`: read as the client reads it.
        site.script("/v1/Tool/List", [.json(#"{"result": "false", "errors": [{"code": 98, "msg": "sign in first"}]}"#, status: 200)])
        let signIn = try CLI.run(["search", "--api-url", site.apiURL], in: folder, environment: environment)
        #expect(signIn.status == 1 && signIn.stderr.contains("HTTP 200: sign in first"), "\(signIn.stderr)")
    }

    @Test("fetch by display name writes the document, lists it in tools, and generates its bindings")
    func fetchNewTool() throws {
        let site = try FakeWiroSite()
        site.publish(Self.tryOn)
        let folder = try Self.project([], config: "{\n  \"tools\": [\n  ]\n}\n")
        let output = try Self.run(["fetch", "wiro/Virtual Try-On"], in: folder, site: site)
        #expect(output.status == 0, "\(output.stderr)")
        let written = folder.appendingPathComponent("Specs/wiro/virtual-try-on.md")
        #expect(FileManager.default.contents(atPath: written.path) == Data(Self.tryOn.text.utf8))
        #expect(output.stderr.contains("wiro/Virtual Try-On: new tool, from \(site.docsURL)/models/wiro/virtual-try-on/llms-full.txt → Specs/wiro/virtual-try-on.md"))
        let config = try String(contentsOf: folder.appendingPathComponent("wiro-gen.json"), encoding: .utf8)
        #expect(config == "{\n  \"tools\": [\"wiro/Virtual Try-On\"]\n}\n")
        let generated = Self.snapshot(folder.appendingPathComponent("Generated/WiroTools")).keys.sorted()
        #expect(generated.contains { $0.hasSuffix(".swift") && $0.lowercased().contains("virtualtryon") }, "\(generated)")
    }

    @Test("fetch with an API key writes each tool's definition beside its document, byte for byte, and generates its checks")
    func fetchWithDefinition() throws {
        let site = try FakeWiroSite()
        site.publish(Self.tryOn)
        site.define("wiro/virtual-try-on", Self.tryOnDefinition())
        let folder = try Self.project([])
        let output = try Self.run(["fetch", "wiro/Virtual Try-On"], in: folder, site: site, apiKey: FakeWiroSite.apiKey)
        #expect(output.status == 0, "\(output.stderr)")
        let written = FileManager.default.contents(atPath: folder.appendingPathComponent("Specs/wiro/virtual-try-on.openapi.json").path)
        #expect(written == Data(Self.tryOnDefinition().utf8), "the signature entry's spec, as sent")
        #expect(output.stderr.contains("its definition → Specs/wiro/virtual-try-on.openapi.json"))
        let request = try #require(site.requests.first { $0.path == "/v1/Tool/DetailOpenAPI" })
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: String])
        #expect(body == ["slugowner": "wiro", "slugproject": "virtual-try-on"] && request.headers["x-api-key"] == FakeWiroSite.apiKey)
        let generated = try #require(Self.snapshot(folder.appendingPathComponent("Generated/WiroTools")).first { $0.key.hasSuffix("VirtualTryOn.swift") })
        #expect(String(decoding: generated.value, as: UTF8.self).contains("Wiro's definition: minimum 0, maximum 100 (seed)"))
    }

    @Test("without an API key, fetch says the definitions were skipped and why; a definition that fails writes nothing")
    func definitionsSkippedOrFailed() throws {
        let site = try FakeWiroSite()
        site.publish(Self.tryOn)
        let folder = try Self.project([])
        let keyless = try Self.run(["fetch", "wiro/virtual-try-on", "--no-generate"], in: folder, site: site)
        #expect(keyless.status == 0 && keyless.stderr.contains("Wiro's definitions (required inputs, bounds) skipped") && keyless.stderr.contains("WIRO_API_KEY"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Specs/wiro/virtual-try-on.openapi.json").path))

        let empty = try Self.project([])
        let before = Self.snapshot(empty)
        let missing = try Self.run(["fetch", "wiro/virtual-try-on"], in: empty, site: site, apiKey: FakeWiroSite.apiKey)
        #expect(missing.status == 1 && missing.stderr.contains("Tool/DetailOpenAPI: an error from Wiro, not a definition: Tool is not accessible"), "\(missing.stderr)")
        site.define("wiro/virtual-try-on", #"{"paths": {"/Task/Detail": {}}}"#)
        let broken = try Self.run(["fetch", "wiro/virtual-try-on"], in: empty, site: site, apiKey: FakeWiroSite.apiKey)
        #expect(broken.status == 1 && broken.stderr.contains("does not read as a Wiro tool definition"), "\(broken.stderr)")
        #expect(Self.snapshot(empty) == before, "nothing written")
    }

    @Test("update --check with a key: a tightened bound of the definition is breaking; update writes it; then nothing is behind")
    func updateDefinition() throws {
        let site = try FakeWiroSite()
        site.publish(Self.tryOn)
        site.define("wiro/virtual-try-on", Self.tryOnDefinition())
        let folder = try Self.project([Self.tryOn])
        #expect(try Self.run(["update"], in: folder, site: site, apiKey: FakeWiroSite.apiKey).status == 0)
        site.define("wiro/virtual-try-on", Self.tryOnDefinition(maximum: 50))
        let before = Self.snapshot(folder)
        let check = try Self.run(["update", "--check"], in: folder, site: site, apiKey: FakeWiroSite.apiKey)
        #expect(check.status == 1)
        #expect(check.stdout.contains("breaking: wiro/Virtual Try-On: rule tightened: seed is between 0 and 100 is now seed is between 0 and 50 (Wiro's definition of 'seed')"),
                "\(check.stdout)")
        #expect(Self.snapshot(folder) == before)
        let keyless = try Self.run(["update", "--check"], in: folder, site: site)
        #expect(keyless.status == 0, "without a key the definition in Specs/ stands: \(keyless.stderr)")
        #expect(try Self.run(["update"], in: folder, site: site, apiKey: FakeWiroSite.apiKey).status == 0)
        #expect(try Self.run(["update", "--check"], in: folder, site: site, apiKey: FakeWiroSite.apiKey).status == 0)
    }

    @Test("fetch falls back to the tool's llms.txt and says which place answered")
    func fetchFallsBack() throws {
        let site = try FakeWiroSite()
        site.serve("/tools/wiro/virtual-try-on/llms.txt", .init(status: 200, body: Data(Self.tryOn.text.utf8)))
        site.serve("/models/wiro/virtual-try-on/llms.txt", .init(status: 200, headers: ["content-type": "text/html"],
                                                                  body: Data("<!DOCTYPE html><html><body>Not here</body></html>".utf8)))
        let folder = try Self.project([])
        let output = try Self.run(["fetch", "wiro/virtual-try-on", "--no-generate"], in: folder, site: site)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("from \(site.docsURL)/tools/wiro/virtual-try-on/llms.txt"))
        #expect(site.requests.map(\.path) == ["/models/wiro/virtual-try-on/llms-full.txt", "/models/wiro/virtual-try-on/llms.txt",
                                              "/tools/wiro/virtual-try-on/llms.txt"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Generated").path))
    }

    @Test("update --check: nothing changed exits 0; an added option is additive and a removed input breaking, exit 1, nothing written")
    func updateCheck() throws {
        let site = try FakeWiroSite()
        site.publish(Self.tryOn)
        let folder = try Self.project([Self.tryOn])
        #expect(try CLI.run(["generate"], in: folder).status == 0)
        let before = Self.snapshot(folder)

        let same = try Self.run(["update", "--check"], in: folder, site: site)
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.isEmpty)
        #expect(same.stderr.contains("wiro/Virtual Try-On: unchanged") && same.stderr.contains("1 document fetched: 0 new, 0 changed, 1 unchanged"))

        var withOption = Self.tryOn
        withOption.inputs[1].options.append("beach")
        site.publish(withOption)
        let added = try Self.run(["update", "--check"], in: folder, site: site)
        #expect(added.status == 1)
        let url = "\(site.docsURL)/models/wiro/virtual-try-on/llms-full.txt"
        #expect(added.stdout.contains("additive: wiro/Virtual Try-On: new option 'beach' of input 'style' (was Specs/wiro/virtual-try-on.md:23:5)"), "\(added.stdout)")
        #expect(added.stdout.hasPrefix(url + ":"), "\(added.stdout)")
        #expect(added.stderr.contains("changed (0 breaking, 1 additive, 0 text only)") && added.stderr.contains("is behind Wiro"))

        var withoutSeed = Self.tryOn
        withoutSeed.inputs.removeLast()
        site.publish(withoutSeed)
        let removed = try Self.run(["update", "--check"], in: folder, site: site)
        #expect(removed.status == 1)
        #expect(removed.stdout.hasPrefix("Specs/wiro/virtual-try-on.md:"), "\(removed.stdout)")
        #expect(removed.stdout.contains("breaking: wiro/Virtual Try-On: input 'seed' removed"), "\(removed.stdout)")
        #expect(Self.snapshot(folder) == before)

        let applied = try Self.run(["update"], in: folder, site: site)
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("Specs/wiro/virtual-try-on.md").path) == Data(withoutSeed.text.utf8))
        #expect(try CLI.run(["check"], in: folder).status == 0)
        #expect(try Self.run(["update", "--check"], in: folder, site: site).status == 0)
    }

    @Test("a failed download leaves Specs/, Generated/ and the configuration byte-identical", arguments: Failure.allCases)
    func failureLeavesEverything(_ failure: Failure) throws {
        let site = try FakeWiroSite()
        let folder = try Self.project([Self.tryOn], config: "{ \"tools\": [\"wiro/Virtual Try-On\"] }\n")
        #expect(try CLI.run(["generate"], in: folder).status == 0)
        var changed = Self.tryOn
        changed.inputs.removeFirst()
        site.publish(changed)
        let path = "/models/wiro/virtual-try-on/llms-full.txt"
        failure.arrange(site, path: path, document: Data(changed.text.utf8))
        let before = Self.snapshot(folder)
        for command in [["update"], ["fetch", "wiro/virtual-try-on"], ["fetch", "wiro/virtual-try-on", "wiro/other-tool"]] {
            let output = try Self.run(command + ["--retries", "1"], in: folder, site: site, timeout: "1")
            #expect(output.status == 1, "\(command): \(output.stderr)")
            #expect(output.stderr.contains(failure.message), "\(command): \(output.stderr)")
            #expect(output.stderr.contains("nothing written"))
            #expect(Self.snapshot(folder) == before, "\(command)")
        }
    }

    enum Failure: String, CaseIterable, CustomStringConvertible {
        case notFound, htmlPage, cutOff, invalidUTF8, errorBody, neverAnswers
        var description: String { rawValue }

        func arrange(_ site: FakeWiroSite, path: String, document: Data) {
            let html = Data("<!doctype html>\n<html><head><title>Wiro</title></head></html>".utf8)
            switch self {
            case .notFound: site.serve(path, .init(status: 404, body: Data("Not Found".utf8)))
            case .htmlPage: site.serve(path, .init(status: 200, headers: ["content-type": "text/html"], body: html))
            case .cutOff: site.serve(path, .init(status: 200, body: document.prefix(document.count / 2), declaredLength: document.count))
            case .invalidUTF8: site.serve(path, .init(status: 200, body: document.prefix(40) + Data([0xC3, 0x28, 0xFF]) + document.dropFirst(40)))
            case .errorBody: site.serve(path, .json(#"{"result": false, "errors": [{"code": 0, "message": "Tool not found"}]}"#))
            case .neverAnswers: site.serve(path, .init(status: 200, body: document, delay: .seconds(30)))
            }
        }

        var message: String {
            switch self {
            case .notFound: "llms-full.txt: HTTP 404"
            case .htmlPage: "an HTML page, not a tool document"
            case .cutOff: "cut off"
            case .invalidUTF8: "UTF-8"
            case .errorBody: "an error from Wiro, not a tool document: Tool not found"
            case .neverAnswers: "no response in time"
            }
        }
    }

    @Test("a 503 and a 429 are retried, each said on standard error, and the download then succeeds")
    func retriesThenSucceeds() throws {
        let site = try FakeWiroSite()
        site.publish(Self.tryOn)
        let path = "/models/wiro/virtual-try-on/llms-full.txt"
        site.script(path, [.init(status: 503), .init(status: 429, headers: ["Retry-After": "0"])])
        let folder = try Self.project([])
        let output = try Self.run(["fetch", "wiro/virtual-try-on", "--no-generate"], in: folder, site: site)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("HTTP 503 from \(site.docsURL)\(path); trying again in 500 ms (attempt 2 of 4)"))
        #expect(output.stderr.contains("HTTP 429 from \(site.docsURL)\(path); trying again in 0 ms (attempt 3 of 4)"))
        #expect(site.requests.map(\.path) == [path, path, path])
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("Specs/wiro/virtual-try-on.md").path) == Data(Self.tryOn.text.utf8))
    }

    @Test("an unknown tool names every place tried")
    func unknownTool() throws {
        let site = try FakeWiroSite()
        let folder = try Self.project([])
        let output = try Self.run(["fetch", "wiro/no-such-tool"], in: folder, site: site)
        #expect(output.status == 1)
        #expect(output.stderr.contains("""
            wiro/no-such-tool: error: no tool document could be fetched:
              \(site.docsURL)/models/wiro/no-such-tool/llms-full.txt: HTTP 404
              \(site.docsURL)/models/wiro/no-such-tool/llms.txt: HTTP 404
              \(site.docsURL)/tools/wiro/no-such-tool/llms.txt: HTTP 404
            """))
        #expect(Self.snapshot(folder).keys.sorted() == ["Specs/.keep"])
        let bad = try CLI.run(["fetch", "virtual-try-on"], in: folder)
        #expect(bad.status == 2 && bad.stderr.contains("'virtual-try-on' is not OWNER/TOOL"))
    }

    /// The README's "When Wiro adds a tool" section, run as written against the fake Wiro:
    /// its commands, the diff lines it shows, and its CI job.
    @Test("the README's When Wiro adds a tool section runs as written")
    func readmeSection() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## When Wiro adds a tool\n").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        let blocks = section.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(blocks.count == 3)
        let commands = blocks[0].split(separator: "\n").dropFirst().map { Self.words(String($0)) }
        #expect(commands.first?.first == "export" && commands.first?[1].hasPrefix("WIRO_API_KEY=") == true)
        let site = try FakeWiroSite()
        site.list([("wiro/virtual-try-on", "Virtual Try-On", ["image-to-image"])])
        site.publish(Self.tryOn)
        site.define("wiro/virtual-try-on", Self.tryOnDefinition())
        let folder = try Self.project([], config: "{\n  \"accessModifier\": \"public\",\n  \"tools\": [\"wiro/Virtual Try-On\"]\n}\n")
        let environment = ["WIRO_API_KEY": FakeWiroSite.apiKey, "WIRO_DOCS_URL": site.docsURL, "WIRO_API_URL": site.apiURL]
        func run(_ words: [String]) throws -> CLI.Output {
            #expect(Array(words.prefix(3)) == ["swift", "run", "wiro-gen"])
            return try CLI.run(Array(words.dropFirst(3)), in: folder, environment: environment)
        }
        for command in commands.dropFirst() {
            let output = try run(command)
            #expect(output.status == 0, "\(command): \(output.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Specs/wiro/virtual-try-on.md").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Specs/wiro/virtual-try-on.openapi.json").path))

        var changed = Self.tryOn
        changed.inputs[1].options.append("beach")
        changed.inputs.removeLast()
        site.publish(changed)
        let ciJob = try #require(blocks[2].split(separator: "\n").first { $0.contains("run: ") && $0.contains("wiro-gen") })
        let ciCommand = Self.words(String(ciJob.components(separatedBy: "&& ").last!))
        let behind = try run(ciCommand)
        #expect(behind.status == 1)
        let shown = blocks[1].split(separator: "\n").map(String.init)
        #expect(behind.stdout.replacingOccurrences(of: site.docsURL, with: "https://wiro.ai").split(separator: "\n").map(String.init) == shown)
        #expect(try run(commands.last!).status == 0)
        #expect(try run(ciCommand).status == 0)
    }

    /// A shell line's words: double quotes group, a `#` after a space starts a comment.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, pending = false
        for character in line {
            switch character {
            case "\"": quoted.toggle(); pending = true
            case "#" where !quoted && !pending: return words
            case " " where !quoted:
                if pending { words.append(current) }
                current = ""
                pending = false
            default: current.append(character); pending = true
            }
        }
        return pending ? words + [current] : words
    }
}
