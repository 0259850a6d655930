import WiroGenText
import WiroGenModel
@_spi(WiroGen) import WiroRuntime

/// Reads a scraped "API Sample" page: no inputs section, only the page's text and the curl of
/// its Run example. The id comes from its "API Sample: Owner/tool" line, the inputs from the
/// keys of the curl's JSON body.
enum SamplePageReader {
    /// True when the text has an "API Sample:" line.
    static func recognizes(_ context: ExtractionContext) -> Bool {
        KeyScanner(text: context.text, code: nil).first("API Sample:", in: 0..<context.text.count) != nil
    }

    static func read(_ context: inout ExtractionContext) -> (info: BasicInfo, run: RunCommand?) {
        let whole = 0..<context.text.count
        let scanner = KeyScanner(text: context.text, code: nil)
        var info = BasicInfo()
        if let sample = scanner.first("API Sample:", in: whole) {
            let start = scanner.skipWhitespace(from: sample.end, in: whole)
            let end = context.text.bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? whole.upperBound
            let id = context.text.value(start..<end)
            if !id.isEmpty {
                info.id = id
                info.idOffset = start
            }
        }
        info.description = description(context)
        let run = RunExampleReader.read(whole, context: &context)
        info.endpoint = run?.url
        return (info, run)
    }

    /// The line above the page's "<n>Runs" counter, which is where the page shows the
    /// tool's one-line description.
    private static func description(_ context: ExtractionContext) -> String? {
        let lines = context.text.bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        for (index, line) in lines.enumerated() where index > 0 {
            let text = String(decoding: line, as: UTF8.self).trimmingWhitespace()
            guard text.hasSuffix("Runs"), !text.dropLast(4).isEmpty, text.dropLast(4).allSatisfy(\.isNumber) else { continue }
            let above = String(decoding: lines[index - 1], as: UTF8.self).collapsingWhitespace()
            return above.isEmpty ? nil : above
        }
        return nil
    }

    /// Inputs made from the body's keys (all but `callbackUrl`): kinds from the JSON literals,
    /// placeholders such as `/* style value */` not taken as defaults.
    static func inferredInputs(from body: JSONValue) -> [InputSpec] {
        (body.members ?? []).filter { $0.key.lowercased() != "callbackurl" }.map { member in
            let (type, value): (String, String?) = switch member.value {
            case .string(let string): ("text", isPlaceholder(string) ? nil : string)
            case .number(let text): (WiroNumberLiteral(text)?.isInteger == false ? "float" : "number", text)
            case .bool(let flag): ("checkbox", flag ? "true" : "false")
            case .null, .array, .object: ("text", nil)
            }
            return InputSpec(
                name: member.key, label: member.key, help: "", type: type, kind: InputKind(typeString: type),
                default: value.flatMap { $0.isEmpty ? nil : $0 }, options: [], inferred: true, location: member.location)
        }
    }

    private static func isPlaceholder(_ value: String) -> Bool {
        let trimmed = value.trimmingWhitespace()
        return trimmed.hasPrefix("/*") && trimmed.hasSuffix("*/")
    }
}
