import Testing
import WiroTesting
import WiroTools

@Test("A video is made from the prompt the app sent")
func videoIsMade() async throws {
    let wiro = WiroFake(tools: WiroToolIndex.all)
    wiro.answer(PixVerse.TextToVideoV4_5.self, .succeed(outputs: [.video]))

    let client = wiro.client()
    let request = PixVerse.TextToVideoV4_5(prompt: "A red fox in fresh snow", quality: ._720p)
    let run = try await client.run(request)
    var statuses: [WiroTaskStatus] = []
    var finished: WiroTask?
    for try await event in client.events(for: run) {
        switch event {
        case .status(let status): statuses.append(status)
        case .completed(let task): finished = task
        default: break
        }
    }

    #expect(wiro.requests(PixVerse.TextToVideoV4_5.self) == [request])
    #expect(wiro.runs.first?.request(as: PixVerse.TextToVideoV4_5.self)?.quality == ._720p)
    #expect(statuses.first == .queue && statuses.last == .postprocessEnd)
    #expect(finished?.isSuccess == true)
    #expect(finished?.outputs.map(\.contentType) == ["video/mp4"])
}
