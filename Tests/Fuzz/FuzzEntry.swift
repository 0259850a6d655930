import Foundation

// libFuzzer's entry point over the reader and the emitter. Built by Tests/Fuzz/fuzz.sh together
// with WiroGenCore's sources (as one module, so internal API is reachable), never by SwiftPM.
//
// With WIROGEN_FUZZ_EMIT=<folder>, each accepted input's generated files are written there
// (named after the input's digest), for `swiftc -parse` to check after the run.

private let emitFolder: String? = ProcessInfo.processInfo.environment["WIROGEN_FUZZ_EMIT"]

@_cdecl("LLVMFuzzerTestOneInput")
public func wiroGenFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var diagnostics = DiagnosticCollector()
    let read = ToolExtractor.extract(bytes, path: "Specs/Fuzz/input.md", diagnostics: &diagnostics)
    for diagnostic in diagnostics.all where diagnostic.location == nil {
        fatalError("a diagnostic without a place: \(diagnostic)")
    }
    guard var spec = read, !diagnostics.hasErrors else { return 0 }
    spec.readings = RuleReader.read(spec)
    let files = Pipeline.generate([spec], specsRoot: "Specs", diagnostics: &diagnostics)
    if let emitFolder {
        // Flat, unique names: swiftc refuses two files of one name in an invocation.
        let prefix = emitFolder + "/" + Digest.hex(bytes) + "-"
        for file in files {
            let name = file.path.split(separator: "/").joined(separator: "_")
            _ = try? OutputFolder.write(file.contents, to: URL(fileURLWithPath: prefix + name))
        }
    }
    return 0
}
