import DemoTools
import WiroRuntime

// Types generated at build time from Sources/DemoTools/Acme/upscale.md.
var request = Acme.Upscale(inputImage: .remote("https://example.com/cat.png"), scale: ._8)
request.mode = .fast

do {
    try request.validate()
    print("valid")
} catch {
    print(error)
}
print("\(WiroToolIndex.all.count) tools: \(WiroToolIndex.all.map { $0.tool.id }.joined(separator: ", "))")
