import Foundation
import WiroGenCore
import WiroGenFiles
import WiroGenText

// libFuzzer's entry point over the whole generator, through its one entry point, as
// `wiro-gen generate` runs it: each input read as a markdown document and as Wiro's structured
// definition of a tool. Built by Tests/Fuzz/fuzz.sh against the generator's modules, never by
// SwiftPM.
//
// With WIROGEN_FUZZ_EMIT=<folder>, each accepted input's generated files are written there
// (named after the input's hash), for `swiftc -parse` to check after the run.

private let emitFolder: String? = ProcessInfo.processInfo.environment["WIROGEN_FUZZ_EMIT"]

@_cdecl("LLVMFuzzerTestOneInput")
public func wiroGenFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for path in ["Specs/Fuzz/input.md", "Specs/Fuzz/input.openapi.json"] {
        let document = InputFile(path: path, displayName: path, contents: bytes)
        let output = Generator.run(GeneratorInput(documents: [document], root: "Specs"), for: .module)
        for diagnostic in output.diagnostics where diagnostic.location == nil {
            fatalError("a diagnostic without a place: \(diagnostic)")
        }
        guard let emitFolder, !output.hasErrors else { continue }
        // Flat, unique names: swiftc refuses two files of one name in an invocation.
        let prefix = emitFolder + "/" + FNV1a.hex(bytes) + (document.isDefinition ? "-definition-" : "-")
        for file in output.files {
            let name = file.path.split(separator: "/").joined(separator: "_")
            _ = try? OutputFolder.write(file.contents, to: URL(fileURLWithPath: prefix + name))
        }
    }
    return 0
}
