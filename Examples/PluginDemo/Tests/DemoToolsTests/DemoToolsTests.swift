import Foundation
import Testing
import WiroRuntime
@testable import DemoTools

/// The bindings as DemoTools/wiro-gen.json shapes them: internal (hence `@testable`), the
/// upscaler's `inputImage` named `image`, and an added rule that it needs one.
@Suite("Bindings made by the build plugin")
struct DemoToolsTests {
    static let cat = WiroFile.remote("https://example.com/cat.png")

    @Test("The hand-written document's rules hold, and the configuration's added rule quotes its reason")
    func upscaleRules() {
        #expect(Acme.Upscale(image: Self.cat).isValid)
        #expect(Acme.Upscale(image: Self.cat, scale: ._2, mode: .fast).isValid)
        let broken = Acme.Upscale(image: Self.cat, scale: ._8, mode: .fast, steps: 80)
        #expect(broken.violations.map(\.fields) == [["mode", "scale"], ["steps"]])
        let empty = Acme.Upscale()
        #expect(empty.violations.map(\.fields) == [["inputImage"]])
        #expect(empty.violations.first?.message == #""there is nothing to upscale without an image" (wiro-gen.json): inputImage is required"#)
        #expect(Acme.Upscale.examples == [
            Acme.Upscale(image: .remote("https://example.com/samples/cat.png"), scale: ._4),
            Acme.Upscale(image: .remote("https://example.com/samples/dog.png"), mode: .fast),
        ])
    }

    @Test("Wiro's definition beside the document: its bound on steps (1 to 40) wins over the prose's (1 to 50)")
    func definition() {
        #expect(Acme.Upscale(image: Self.cat, steps: 40).isValid)
        let past = Acme.Upscale(image: Self.cat, steps: 45)
        #expect(past.violations.map(\.message) == ["Wiro's definition: minimum 1, maximum 40 (steps): steps must be at least 1 and at most 40"])
    }

    @Test("The renamed property still travels under the document's name")
    func wire() throws {
        let body = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Acme.Upscale(image: Self.cat))) as? [String: Any]
        #expect(body?["inputImage"] as? String == "https://example.com/cat.png")
        #expect(body?["image"] == nil)
        #expect(body?["scale"] as? String == "2")
        #expect(body?["steps"] as? Int == 20)
    }

    @Test("The seed document's type is there with its rules")
    func seed() {
        #expect(PixVerse.TextToVideoV4_5(prompt: "A fox", duration: ._8, quality: ._1080p).violations.count == 1)
        #expect(WiroToolIndex.all.map { $0.tool.id } == ["Acme/upscale", "PixVerse/text-to-video-v4.5"])
    }

    @Test("The module's public API goes through the internal bindings")
    func publicAPI() {
        #expect(upscaleProblems(image: URL(string: "https://example.com/cat.png"), scale: 2, fast: true) == [])
        #expect(upscaleProblems(image: nil, scale: 2, fast: false).count == 1)
        #expect(upscaleProblems(image: nil, scale: 3, fast: false) == ["scale must be 2, 4 or 8"])
        #expect(toolIDs == wiroDocuments.map { String($0.dropLast(3)) })
    }
}
