import DemoTools
import Foundation

// The types generated from Sources/DemoTools/Acme/upscale.md are internal to DemoTools (its
// wiro-gen.json says so); this program goes through the API DemoTools offers.
for problem in upscaleProblems(image: URL(string: "https://example.com/cat.png"), scale: 8, fast: true) {
    print(problem)
}
for problem in upscaleProblems(image: nil, scale: 2, fast: false) {
    print(problem)
}
print("\(toolIDs.count) tools: \(toolIDs.joined(separator: ", "))")
