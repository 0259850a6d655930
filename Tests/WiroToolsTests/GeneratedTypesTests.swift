import Foundation
import Testing
@_spi(Generated) import WiroRuntime
import WiroTools

@Suite("Generated types, as a user sees them")
struct GeneratedTypesTests {
    @Test("Every seed has its type, a WiroRequest with its tool's id and endpoint")
    func typesExist() {
        let types: [any WiroRequest.Type] = [
            PixVerse.TextToVideoV4_5.self, PixVerse.TextToVideoV4.self, PixVerse.ImageToVideoV5.self,
            Chetwinlow1.Ovi.self, WanAI.Wan2_2TI2V5BImageToVideo.self,
        ]
        #expect(types.map { $0.tool.id } == [
            "PixVerse/text-to-video-v4.5", "PixVerse/text-to-video-v4", "PixVerse/image-to-video-v5",
            "chetwinlow1/ovi", "Wan-AI/Wan2.2-TI2V-5B-image-to-video",
        ])
        #expect(PixVerse.TextToVideoV4.tool.endpoint.absoluteString == "https://api.wiro.ai/v1/Run/pixverse/text-to-video-v4")
        #expect(WiroToolIndex.all.count == 5)
        #expect(WiroToolIndex.requestType(for: "chetwinlow1/ovi") == Chetwinlow1.Ovi.self)
    }

    @Test("A tool is found by its id or its slug (its Run endpoint's path), in any case")
    func lookups() {
        #expect(WiroToolIndex.requestType(for: "PixVerse/text-to-video-v4") == PixVerse.TextToVideoV4.self)
        #expect(WiroToolIndex.requestType(for: "pixverse/text-to-video-v4") == PixVerse.TextToVideoV4.self, "the endpoint's spelling")
        #expect(WiroToolIndex.requestType(for: "PIXVERSE/TEXT-TO-VIDEO-V4.5") == PixVerse.TextToVideoV4_5.self)
        #expect(WiroToolIndex.requestType(for: "pixverse/text-to-video") == nil)
        let tryOn = WiroTool(id: "wiro/Virtual Try-On", endpoint: "https://api.wiro.ai/v1/Run/wiro/virtual-try-on", title: "Virtual Try-On")
        #expect(tryOn.slug == "wiro/virtual-try-on")
        #expect(tryOn.answers(to: "wiro/virtual-try-on") && tryOn.answers(to: "wiro/Virtual Try-On") && tryOn.answers(to: "WIRO/VIRTUAL TRY-ON"))
        #expect(!tryOn.answers(to: "wiro/virtual"))
    }

    @Test("Option enums: raw values are the document's option values, in case order, and read back")
    func optionRawValues() {
        typealias Quality = PixVerse.TextToVideoV4_5.Quality
        #expect(Quality.allCases == [._360p, ._540p, ._720p, ._1080p])
        #expect(Quality.allCases.map(\.rawValue) == ["360p", "540p", "720p", "1080p"])
        #expect(Quality.allCases.allSatisfy { Quality(rawValue: $0.rawValue) == $0 && Quality(wireText: $0.wireText) == $0 })
        #expect(Quality(rawValue: "1080") == nil && Quality(rawValue: "") == nil)
        #expect(Set(Quality.allCases).count == 4 && Quality._720p != ._1080p)
        typealias Style = PixVerse.TextToVideoV4_5.Style
        #expect(Style._3dAnimation.rawValue == "3d_animation")
        // Another tool's enum, whose first option has a label: values still line up with cases.
        #expect(Chetwinlow1.Ovi.Resolution.allCases.allSatisfy { Chetwinlow1.Ovi.Resolution(rawValue: $0.rawValue) == $0 })
    }

    @Test("The default request is the documented one")
    func defaults() {
        let request = PixVerse.TextToVideoV4_5.defaultRequest
        #expect(request.quality == ._540p)
        #expect(request.duration == ._5)
        #expect(request.aspectRatio == ._16_9)
        #expect(request.motionMode == .normal)
        #expect(request.negativePrompt == nil)
        #expect(request.style == nil)
        #expect(request.seed == 0)
        let watermark: Bool = request.watermark
        #expect(watermark == false)
        #expect(request.prompt.hasPrefix("A dynamic, storybook-style illustration"))
        let wan = WanAI.Wan2_2TI2V5BImageToVideo.defaultRequest
        #expect(wan.numFrames == 121)
        #expect(wan.scale == 5.0)
        #expect(wan.seed == "42")
        #expect(wan.inputImageUrl == nil)
        #expect(Chetwinlow1.Ovi.defaultRequest.inputImage == .remote("chetwinlow1_ovi_input_4.jpg"))
        #expect(Chetwinlow1.Ovi.defaultRequest.resolution == .default)
    }

    @Test("Content the caller did not choose is not sent: prompts and sample files have no init default, settings do")
    func presence() {
        let request = PixVerse.TextToVideoV4_5(prompt: "A turtle wins the race")
        #expect(request.prompt == "A turtle wins the race")
        #expect(request.quality == PixVerse.TextToVideoV4_5.defaultRequest.quality)
        #expect(request.seed == 0)
        let ovi = Chetwinlow1.Ovi(inputImage: .url(URL(string: "https://example.com/koala.jpg")!), prompt: "A koala", negativePrompt: "", audioNegativePrompt: "")
        #expect(ovi.inputImage == .remote("https://example.com/koala.jpg"))
        #expect(ovi.steps == 30)
        #expect(ovi != Chetwinlow1.Ovi.defaultRequest)
    }

    @Test("Option enums' raw values are exactly the documents' option values")
    func optionValues() {
        #expect(PixVerse.TextToVideoV4_5.Quality.allCases.map(\.rawValue) == ["360p", "540p", "720p", "1080p"])
        #expect(PixVerse.TextToVideoV4_5.AspectRatio.allCases.map(\.rawValue) == ["16:9", "4:3", "1:1", "3:4", "9:16"])
        #expect(PixVerse.TextToVideoV4_5.Style.allCases.map(\.rawValue) == ["anime", "3d_animation", "clay", "comic", "cyberpunk"])
        #expect(PixVerse.TextToVideoV4_5.Duration.allCases.map(\.rawValue) == ["5", "8"])
        #expect(Chetwinlow1.Ovi.Resolution.allCases.map(\.rawValue) == [
            "default", "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448",
        ])
    }

    @Test("text-to-video-v4.5: the three rules, over all 16 combinations of quality × duration × motionMode")
    func textToVideoRules() {
        typealias Request = PixVerse.TextToVideoV4_5
        for quality in Request.Quality.allCases {
            for duration in Request.Duration.allCases {
                for motion in Request.MotionMode.allCases {
                    let request = Request(prompt: "A turtle wins the race", duration: duration, quality: quality, motionMode: motion)
                    var expected: [String] = []
                    if quality == ._1080p && duration == ._8 { expected.append("1080p does not support 8s") }
                    if motion == .fast && duration == ._8 { expected.append("Fast only available when duration is 5") }
                    if quality == ._1080p && motion == .fast { expected.append("1080p does not support fast") }
                    let messages = request.violations.map(\.message)
                    #expect(messages.count == expected.count, "\(quality) \(duration) \(motion): \(messages)")
                    for (message, sentence) in zip(messages, expected) { #expect(message.contains("\"\(sentence)\"")) }
                    #expect(request.isValid == expected.isEmpty)
                }
            }
        }
    }

    @Test("A violation names the wire fields, and validate() throws every violation")
    func validateThrows() throws {
        let request = PixVerse.TextToVideoV4_5(prompt: "A turtle wins the race", duration: ._8, quality: ._1080p, motionMode: .fast)
        let error = try #require(throws: WiroValidationError.self) { try request.validate() }
        #expect(error.violations.map(\.fields) == [["quality", "duration"], ["motionMode", "duration"], ["quality", "motionMode"]])
        #expect(error.tool == "PixVerse/text-to-video-v4.5")
        #expect(String(describing: error).contains("1080p does not support 8s"))
    }

    @Test("Wan: numFrames must be 4n+1", arguments: [(121, true), (81, true), (1, true), (120, false), (0, false), (-3, false)])
    func wanFrames(_ frames: Int, _ valid: Bool) {
        let request = WanAI.Wan2_2TI2V5BImageToVideo(prompt: "A cat surfing", negativePrompt: "", numFrames: frames)
        #expect(request.isValid == valid)
        if !valid { #expect(request.violations.first?.fields == ["numFrames"]) }
    }

    @Test("Every generated tool's default request is valid")
    func defaultRequestsValid() {
        for type in WiroToolIndex.all {
            #expect(type.defaultRequest.violations.isEmpty, "\(type.tool.id)")
        }
    }

    @Test("Samples naming unknown inputs are not presets")
    func examples() {
        #expect(PixVerse.TextToVideoV4_5.examples.isEmpty, "every v4.5 sample names inputImageFirst, which is no input")
        for type in WiroToolIndex.all {
            let valid = examplesAreValid(type)
            #expect(valid, "\(type.tool.id)")
        }
    }

    private func examplesAreValid<T: WiroRequest>(_ type: T.Type) -> Bool {
        T.examples.allSatisfy(\.isValid) && Set(T.examples).count == T.examples.count
    }
}
