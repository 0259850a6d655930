import Foundation
import Testing
@testable import WiroGenModel
@testable import WiroGenReader
@testable import WiroGenRules
@testable import WiroGenText

/// A malformed document never changes a binding in silence: every document of Specs/ and the
/// corpus, with any one line (or, flattened, any one `key:` segment) deleted, duplicated or
/// swapped with the next, reads either into the same binding or with a diagnostic at the
/// changed place.
@Suite("Mutations: no binding changes in silence")
struct MutationTests {
    /// What a document binds: each input's name, type, default and option values, and the rules
    /// its help states. Labels and help words are documentation, not the binding.
    static func binding(of spec: ToolSpec?) -> [String]? {
        guard var spec else { return nil }
        spec.readings = RuleReader.read(spec)
        let inputs = spec.inputs.map { input in
            "\(input.name)|\(input.type)|\(input.default ?? "∅")|\(input.options.map(\.value).joined(separator: ","))"
        }
        return inputs + spec.constraints.map { "\($0.rule)" }.sorted() + ["endpoint \(spec.endpoint)", "id \(spec.id)"]
    }

    /// One change to a document: its text, and the part of it a diagnostic must fall in.
    struct Mutant {
        var text: String
        var what: String
        /// Lines (line-broken documents) or columns of line 1 (flattened ones), inclusive.
        var place: ClosedRange<Int>
        var flattened: Bool
    }

    /// The keys that cut a flattened document into segments.
    static let keys = [" - name:", " label:", " help:", " type:", " default:", " options:", " - value:"]

    /// Every mutant of `text`.
    static func mutants(of text: String) -> [Mutant] {
        let lines = text.components(separatedBy: "\n")
        if lines.count > 20 { return lineMutants(lines) }
        return segmentMutants(text)
    }

    static func lineMutants(_ lines: [String]) -> [Mutant] {
        var mutants: [Mutant] = []
        for index in lines.indices where !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
            let place = block(around: index, in: lines)
            var deleted = lines
            deleted.remove(at: index)
            mutants.append(Mutant(text: deleted.joined(separator: "\n"), what: "line \(index + 1) deleted", place: place, flattened: false))
            var doubled = lines
            doubled.insert(lines[index], at: index)
            mutants.append(Mutant(text: doubled.joined(separator: "\n"), what: "line \(index + 1) duplicated", place: place, flattened: false))
            if index + 1 < lines.count, lines[index] != lines[index + 1] {
                var swapped = lines
                swapped.swapAt(index, index + 1)
                mutants.append(Mutant(text: swapped.joined(separator: "\n"), what: "lines \(index + 1) and \(index + 2) swapped",
                                      place: place.lowerBound...max(place.upperBound, index + 3), flattened: false))
            }
        }
        return mutants
    }

    /// The lines (1-based) of the input block around line `index` (0-based) and the block after
    /// it; a few lines either side outside the inputs.
    static func block(around index: Int, in lines: [String]) -> ClosedRange<Int> {
        let isName = { (line: String) in line.trimmingCharacters(in: .whitespaces).hasPrefix("- name:") }
        guard let start = (0...index).last(where: { isName(lines[$0]) }) else { return max(1, index - 2)...(index + 4) }
        let after = lines.indices.filter { $0 > index && isName(lines[$0]) }
        let end = after.count > 1 ? after[1] : min(lines.count, (after.first ?? index) + 40)
        return (start + 1)...(end + 1)
    }

    static func segmentMutants(_ text: String) -> [Mutant] {
        let bytes = Array(text.utf8)
        var starts: [Int] = []
        for at in bytes.indices {
            if keys.contains(where: { bytes.hasBytes(Array($0.utf8), at: at) }) { starts.append(at) }
        }
        guard !starts.isEmpty else { return [] }
        let ends = Array(starts.dropFirst()) + [sectionEnd(after: starts.last!, in: bytes)]
        let segments = zip(starts, ends).map { $0..<$1 }
        var mutants: [Mutant] = []
        func make(_ pieces: [Range<Int>], _ what: String, _ at: Int) -> Mutant {
            var out = Array(bytes[..<starts[0]])
            for piece in pieces { out += bytes[piece] }
            out += bytes[ends.last!...]
            let names = starts.filter { bytes.hasBytes(Array(" - name:".utf8), at: $0) }
            let from = names.last { $0 <= at } ?? max(0, at - 300)
            let to = names.filter { $0 > at }.dropFirst().first ?? min(out.count, at + 3000)
            return Mutant(text: String(decoding: out, as: UTF8.self), what: what, place: (from + 1)...(to + 1), flattened: true)
        }
        for (index, segment) in segments.enumerated() {
            var deleted = segments
            deleted.remove(at: index)
            mutants.append(make(deleted, "segment \(index) ('\(label(segment, bytes))') deleted", segment.lowerBound))
            var doubled = segments
            doubled.insert(segment, at: index)
            mutants.append(make(doubled, "segment \(index) ('\(label(segment, bytes))') duplicated", segment.lowerBound))
            if index + 1 < segments.count {
                var swapped = segments
                swapped.swapAt(index, index + 1)
                mutants.append(make(swapped, "segments \(index) and \(index + 1) ('\(label(segment, bytes))') swapped", segment.lowerBound))
            }
        }
        return mutants
    }

    /// Where the inputs section that holds `start` ends: the next `## ` heading.
    static func sectionEnd(after start: Int, in bytes: [UInt8]) -> Int {
        bytes.firstIndex(of: Array(" ## ".utf8), in: start..<bytes.count) ?? bytes.count
    }

    static func label(_ segment: Range<Int>, _ bytes: [UInt8]) -> String {
        String(decoding: bytes[segment].prefix(40), as: UTF8.self)
    }

    /// Whether the mutant is reported: an error anywhere (nothing is generated from the
    /// document), or a warning in the mutant's place. A sample page's inputs are all guessed
    /// from its Run example body, and one warning at the body says so: for such a document the
    /// whole body is the warning's place.
    static func isReported(_ mutant: Mutant, _ diagnostics: [Diagnostic], inferredBody: ClosedRange<Int>?) -> Bool {
        diagnostics.contains { diagnostic in
            guard diagnostic.severity != .error, let location = diagnostic.location else { return diagnostic.severity == .error }
            if diagnostic.id == .inferredTypes, let inferredBody, !mutant.flattened, inferredBody.overlaps(mutant.place) { return true }
            return mutant.place.contains(mutant.flattened ? location.column : location.line)
        }
    }

    /// The lines of the Run example body a document's inputs were inferred from, if they were.
    static func inferredBody(_ diagnostics: [Diagnostic], lines: [String]) -> ClosedRange<Int>? {
        guard let start = diagnostics.first(where: { $0.id == .inferredTypes })?.location?.line,
              let end = lines.indices.first(where: { $0 >= start && lines[$0].hasPrefix("}'") }) else { return nil }
        return start...(end + 1)
    }

    /// Every document the test mutates: Specs/ and, when present, the corpus's llms.txt files.
    static func documents() -> [URL] {
        Fixtures.documents(in: Fixtures.specs) + (Fixtures.corpusAvailable ? Fixtures.corpusDocuments() : [])
    }

    @Test("Delete, duplicate or swap any line or key segment: the same binding, or a diagnostic at the change", arguments: documents())
    func mutations(of document: URL) throws {
        let text = String(decoding: Fixtures.bytes(document), as: UTF8.self)
        let original = Fixtures.extract(text, path: document.path)
        let base = Self.binding(of: original.spec)
        #expect(base != nil, "\(document.lastPathComponent) reads")
        let inferred = Self.inferredBody(original.diagnostics, lines: text.components(separatedBy: "\n"))
        var silent: [String] = []
        // Under a sanitizer every read is several times slower and the run is after memory and
        // thread errors, not silent mutants: a seventh of them is enough there.
        let stride = ProcessInfo.processInfo.environment["WIROGEN_SANITIZER"] == nil ? 1 : 7
        let mutants = Self.mutants(of: text).enumerated().filter { $0.offset % stride == 0 }.map(\.element)
        for mutant in mutants {
            let result = Fixtures.extract(mutant.text, path: document.path)
            if Self.binding(of: result.spec) == base || Self.isReported(mutant, result.diagnostics, inferredBody: inferred) { continue }
            silent.append(mutant.what)
        }
        #expect(mutants.count * stride > 30, "\(document.lastPathComponent): \(mutants.count) mutants")
        #expect(silent.isEmpty, "\(document.lastPathComponent): \(silent.count) of \(mutants.count) mutants change the binding in silence: \(silent.prefix(12).joined(separator: "; "))")
    }
}
