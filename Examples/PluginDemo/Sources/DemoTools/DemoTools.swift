// The Swift of this target is generated at build time by WiroGenPlugin, one file per Wiro
// tool document (*.md) in this folder. SwiftPM applies plugins only to targets with at least
// one Swift file of their own: this is it.

/// The documents this target's bindings come from, relative to the target's folder.
public let wiroDocuments = ["Acme/upscale.md", "PixVerse/text-to-video-v4.5.md"]
