import WiroGenText

/// What the curl of a "Run Command" says.
struct RunCommand {
    var url: String?
    var body: JSONValue?
    /// Where the body's `{` stands in the source.
    var bodyLocation: SourceLocation?
}

/// Reads the first `curl` to a Run endpoint: its URL and the JSON of its `-d '…'` body.
enum RunExampleReader {
    static func read(_ range: Range<Int>, context: inout ExtractionContext) -> RunCommand? {
        let scanner = KeyScanner(text: context.text, code: nil)
        var command = RunCommand()
        var searchFrom = range.lowerBound
        var curlFound = false
        while let curl = scanner.first("curl", in: searchFrom..<range.upperBound) {
            searchFrom = curl.end
            guard let url = quotedURL(after: curl.end, in: range, context: context), url.containsBytes("/Run/") else { continue }
            curlFound = true
            command.url = url
            break
        }
        guard curlFound else { return nil }
        // The body is the Run curl's own: a `-d` after the next curl belongs to another call.
        let commandEnd = scanner.first("curl", in: searchFrom..<range.upperBound)?.start ?? range.upperBound
        guard let data = scanner.first("-d '", in: searchFrom..<commandEnd) else {
            context.report(.warning, .invalidRunExample, "the Run example has no '-d' JSON body", at: searchFrom)
            return command
        }
        let open = scanner.skipWhitespace(from: data.end, in: range)
        let offset = context.text.sourceOffset(at: open)
        var parser = JSONParser(source: context.source, offset: offset)
        command.bodyLocation = context.source.location(ofOffset: offset)
        do {
            let (node, _) = try parser.parseNode()
            let parsed = (value: node.plain, node: node)
            guard case .object = parsed.value else {
                context.report(.warning, .invalidRunExample, "the Run example body is not a JSON object", at: command.bodyLocation!)
                return command
            }
            command.body = parsed.value
            reportDuplicateKeys(parsed.node, context: &context)
        } catch {
            context.report(
                .warning, .invalidRunExample, "the Run example body is not valid JSON: \(error.message)",
                at: context.source.location(ofOffset: error.offset))
        }
        return command
    }

    /// A key the body names twice: JSON keeps the last, so one of the two is lost.
    private static func reportDuplicateKeys(_ body: JSONNode, context: inout ExtractionContext) {
        var seen = Set<String>()
        for member in body.members ?? [] where !seen.insert(member.key).inserted {
            context.report(.warning, .invalidRunExample, "the Run example body names '\(member.key)' twice; the last value is kept", at: member.keyLocation)
        }
    }

    private static func quotedURL(after position: Int, in range: Range<Int>, context: ExtractionContext) -> String? {
        let bytes = context.text.bytes
        let lineEnd = bytes[position..<range.upperBound].firstIndex(of: UInt8(ascii: "\n")) ?? range.upperBound
        let window = position..<min(lineEnd, position + 2048)
        guard let open = bytes[window].firstIndex(of: UInt8(ascii: "\"")),
              let close = bytes[(open + 1)..<window.upperBound].firstIndex(of: UInt8(ascii: "\""))
        else { return nil }
        let url = context.text.string((open + 1)..<close)
        return url.hasPrefix("http") ? url : nil
    }
}
