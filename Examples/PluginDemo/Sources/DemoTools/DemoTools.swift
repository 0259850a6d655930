// The Swift of this target is generated at build time by WiroGenPlugin, one file per Wiro
// tool document (*.md) in this folder, with Wiro's structured definition of the tool beside it
// when there is one (Acme/upscale.openapi.json: its bound on steps is what Wiro's server holds
// requests to, and it wins over the document's prose). SwiftPM applies plugins only to targets
// with at least one Swift file of their own: this is it.
//
// wiro-gen.json beside the documents makes the bindings internal: this module uses them and
// offers the small API below instead. It also renames the upscaler's `inputImage` to `image`
// and adds a rule the document leaves unsaid (an upscale needs an image).

import Foundation
import WiroRuntime

/// The documents this target's bindings come from, relative to the target's folder.
public let wiroDocuments = ["Acme/upscale.md", "PixVerse/text-to-video-v4.5.md"]

/// The ids of the tools this module can call.
public var toolIDs: [String] { WiroToolIndex.all.map { $0.tool.id } }

/// What is wrong with upscaling the image at `image` `scale` times (2, 4 or 8), fast or not:
/// each violation's message, or none when Wiro would take the request.
public func upscaleProblems(image: URL?, scale: Int, fast: Bool) -> [String] {
    guard let scale = Acme.Upscale.Scale(rawValue: String(scale)) else { return ["scale must be 2, 4 or 8"] }
    let request = Acme.Upscale(image: image.map(WiroFile.url), scale: scale, mode: fast ? .fast : .quality)
    return request.violations.map(\.message)
}
