import Foundation
import Testing
@testable import WiroGenReader
@testable import WiroGenText

@Suite("Seeds in Specs/")
struct SeedExtractionTests {
    @Test("text-to-video-v4.5 (flattened): inputs, options, defaults, help, endpoint")
    func textToVideoV45() throws {
        let result = Fixtures.extract(Fixtures.seed("PixVerse/text-to-video-v4.5.md"))
        #expect(result.errors.isEmpty)
        let spec = try #require(result.spec)
        #expect(spec.id == "PixVerse/text-to-video-v4.5")
        #expect(spec.endpoint == "https://api.wiro.ai/v1/Run/PixVerse/text-to-video-v4.5")
        #expect(spec.inputs.map(\.name) == [
            "prompt", "negativePrompt", "aspectRatio", "duration", "quality", "motionMode", "style", "seed", "Watermark",
        ])
        let quality = try #require(spec.input(named: "quality"))
        #expect(quality.options.map(\.value) == ["360p", "540p", "720p", "1080p"])
        #expect(quality.options.first?.label == "360p(Turbo)")
        #expect(quality.default == "540p")
        #expect(quality.kind == .select)
        #expect(spec.input(named: "duration")?.help == "v3.5 only allows 5,8. 1080p does not support 8s")
        #expect(spec.input(named: "motionMode")?.help == "Fast only available when duration is 5. 1080p does not support fast")
        #expect(spec.input(named: "negativePrompt")?.default == nil)
        #expect(spec.input(named: "style")?.default == nil)
        #expect(spec.input(named: "style")?.options.map(\.value) == ["anime", "3d_animation", "clay", "comic", "cyberpunk"])
        #expect(spec.input(named: "seed")?.kind == .number)
        #expect(spec.input(named: "Watermark")?.options.map(\.value) == ["false", "true"])
        #expect(spec.categories == ["tool", "partner", "PixVerse", "text-to-video"])
        #expect(spec.tags == ["video generator"])
        #expect(spec.description == "PixVerse text-to-video model v4.5")
    }

    @Test("text-to-video-v4.5: samples, Run example body and task statuses")
    func textToVideoV45Extras() throws {
        let spec = try #require(Fixtures.extract(Fixtures.seed("PixVerse/text-to-video-v4.5.md")).spec)
        #expect(spec.examples.count == 6)
        #expect(spec.examples.allSatisfy { $0.values.map(\.name) == ["inputImageFirst", "prompt"] })
        #expect(spec.examples[2].values[0].value == "https://cdn.wiro.ai/uploads/sampleinputs/mustang.jpeg")
        let body = try #require(spec.runExample)
        #expect(body["duration"] == .string("5"))
        #expect(body["seed"] == .number("0"))
        #expect(body["Watermark"] == .string("false"))
        #expect(body.members?.first?.key == "prompt")
        #expect(body.members?.last?.key == "callbackUrl")
        #expect(spec.taskStatuses.filter(\.isTerminal).map(\.name) == ["task_postprocess_end", "task_cancel"])
        #expect(spec.taskStatuses.filter { !$0.isTerminal }.count == 7)
    }

    @Test("Ovi: Model-style headers, combinefileinput, an 8-option select")
    func ovi() throws {
        let result = Fixtures.extract(Fixtures.seed("chetwinlow1/ovi.md"))
        #expect(result.errors.isEmpty)
        let spec = try #require(result.spec)
        #expect(spec.id == "chetwinlow1/ovi")
        #expect(spec.input(named: "inputImage")?.type == "combinefileinput")
        #expect(spec.input(named: "inputImage")?.kind == .combinefileinput)
        let resolution = try #require(spec.input(named: "resolution"))
        #expect(resolution.options.count == 8)
        #expect(resolution.options.first?.value == "default")
        #expect(resolution.options.first?.label == "Default")
        #expect(spec.categories.contains("h100"))
    }

    @Test("Wan: number and float defaults, help with a rule")
    func wan() throws {
        let result = Fixtures.extract(Fixtures.seed("Wan-AI/Wan2.2-TI2V-5B-image-to-video.md"))
        #expect(result.errors.isEmpty)
        let spec = try #require(result.spec)
        #expect(spec.id == "Wan-AI/Wan2.2-TI2V-5B-image-to-video")
        let frames = try #require(spec.input(named: "numFrames"))
        #expect(frames.default == "121")
        #expect(frames.help == "How many frames to sample from a image or video. The number should be 4n+1")
        let scale = try #require(spec.input(named: "scale"))
        #expect(scale.type == "float")
        #expect(scale.kind == .float)
        #expect(scale.default == "5.0")
        #expect(spec.runExample?["scale"] == .string("5.0"))
    }

    @Test("image-to-video-v5: eight inputs, samples with unknown inputs kept for the generator to judge")
    func imageToVideoV5() throws {
        let spec = try #require(Fixtures.extract(Fixtures.seed("PixVerse/image-to-video-v5.md")).spec)
        #expect(spec.inputs.map(\.name) == ["inputImageUrl", "prompt", "negativePrompt", "duration", "quality", "style", "seed", "Watermark"])
        #expect(spec.input(named: "negativePrompt")?.default == "Unrealistic jets")
        #expect(!spec.examples.isEmpty)
    }

    @Test("The v4 API sample page: id from its title, exact endpoint, inputs inferred from the body")
    func samplePage() throws {
        let result = Fixtures.extract(Fixtures.seed("PixVerse/text-to-video-v4.md"))
        #expect(result.errors.isEmpty)
        let spec = try #require(result.spec)
        #expect(spec.id == "PixVerse/text-to-video-v4")
        #expect(spec.endpoint == "https://api.wiro.ai/v1/Run/pixverse/text-to-video-v4")
        #expect(spec.inputs.map(\.name) == [
            "prompt", "negativePrompt", "aspectRatio", "duration", "quality", "motionMode", "style", "seed", "Watermark",
        ])
        #expect(spec.input(named: "callbackUrl") == nil)
        #expect(spec.inputs.allSatisfy { $0.inferred })
        #expect(spec.input(named: "negativePrompt")?.default == nil, "a /* … */ placeholder is not a default")
        #expect(spec.input(named: "style")?.default == nil)
        #expect(spec.input(named: "quality")?.default == "540p")
        #expect(spec.description == "PixVerse text-to-video model v4")
        let inferred = result.with(.inferredTypes)
        #expect(inferred.count == 1)
        #expect(inferred.first?.severity == .warning)
        #expect(inferred.first?.location == Location(line: 33, column: 5))
    }

    @Test("Every input, option and sample entry points at its own text in the source", arguments: [
        "PixVerse/text-to-video-v4.5.md", "PixVerse/text-to-video-v4.md", "PixVerse/image-to-video-v5.md",
        "chetwinlow1/ovi.md", "Wan-AI/Wan2.2-TI2V-5B-image-to-video.md",
    ])
    func locations(_ relative: String) throws {
        let url = Fixtures.seed(relative)
        try LocationChecks.verify(Fixtures.bytes(url), path: url.path)
    }
}

/// Checks that the locations of a spec point at the text they stand for.
enum LocationChecks {
    static func verify(_ bytes: [UInt8], path: String) throws {
        let source = SourceText(path: path, bytes: bytes)
        let spec = try #require(MarkdownToolReader.extract(bytes, path: path).spec)
        func text(at location: Location, length: Int) -> String {
            guard let offset = source.offset(of: location) else { return "<outside the file>" }
            return String(decoding: bytes[offset..<min(bytes.count, offset + length)], as: UTF8.self)
        }
        for input in spec.inputs {
            let expected = input.inferred ? "\"\(input.name)\"" : "name: \(input.name)"
            #expect(text(at: input.location, length: expected.utf8.count) == expected, "\(input.name) at \(input.location)")
            for option in input.options {
                let expected = "value: \"\(option.value)\""
                #expect(text(at: option.location, length: expected.utf8.count) == expected, "\(input.name)=\(option.value)")
            }
        }
        for value in spec.examples.flatMap(\.values) {
            #expect(text(at: value.location, length: value.name.utf8.count + 1) == value.name + ":")
        }
        for member in spec.runExample?.members ?? [] {
            #expect(text(at: member.location, length: member.key.utf8.count + 2) == "\"\(member.key)\"")
        }
    }
}
