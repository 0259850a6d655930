import DemoTools
import Foundation
import Testing
import WiroRuntime

@Suite("Bindings made by the build plugin")
struct DemoToolsTests {
    @Test("The hand-written document's rules hold")
    func upscaleRules() {
        #expect(Acme.Upscale().isValid)
        #expect(Acme.Upscale(scale: ._2, mode: .fast).isValid)
        let broken = Acme.Upscale(scale: ._8, mode: .fast, steps: 80)
        #expect(broken.violations.map(\.fields) == [["mode", "scale"], ["steps"]])
        #expect(Acme.Upscale.examples == [
            Acme.Upscale(inputImage: .remote("https://example.com/samples/cat.png"), scale: ._4),
            Acme.Upscale(inputImage: .remote("https://example.com/samples/dog.png"), mode: .fast),
        ])
    }

    @Test("The seed document's type is there with its rules")
    func seed() {
        #expect(PixVerse.TextToVideoV4_5(prompt: "A fox", duration: ._8, quality: ._1080p).violations.count == 1)
        #expect(WiroToolIndex.all.map { $0.tool.id } == ["Acme/upscale", "PixVerse/text-to-video-v4.5"])
    }

    @Test("The wire body is the document's")
    func wire() throws {
        let body = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Acme.Upscale())) as? [String: Any]
        #expect(body?["scale"] as? String == "2")
        #expect(body?["steps"] as? Int == 20)
    }
}
