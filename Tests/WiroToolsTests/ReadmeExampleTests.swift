import Testing
import WiroRuntime
import WiroTools

@Suite("README")
struct ReadmeExampleTests {
    @Test("The README's example hits the 1080p/8s rule and prints it")
    func example() throws {
        // The README's five lines, with the print captured.
        var request = PixVerse.TextToVideoV4_5(prompt: "A red fox running through fresh snow")
        request.quality = ._1080p
        request.duration = ._8
        var printed = ""
        do { try request.validate() } catch { print(error, to: &printed) }
        #expect(printed == """
            invalid PixVerse/text-to-video-v4.5 request:
              - quality, duration: "1080p does not support 8s" (duration): quality 1080p cannot go with duration 8

            """)
    }
}
