import Foundation
import WiroGenText
import WiroGenModel
import WiroGenMarkdown

/// Turns one Wiro tool document (line-broken, flattened, or a scraped API sample page) into a
/// ``ToolSpec``.
package enum MarkdownToolReader {
    /// Reads a document into its spec, or `nil` when it cannot be read as a tool at all; its
    /// path names it in the spec and in what it reports into `diagnostics`. Help texts are not
    /// read for rules here: that is the next stage's work.
    package static func read(_ document: InputFile, diagnostics: inout DiagnosticCollector) -> ToolSpec? {
        let bytes = document.contents
        let source = SourceText(path: document.path, bytes: bytes)
        if let unreadable = source.unreadableReasons() {
            diagnostics.append(unreadable)
            return nil
        }
        let document = MarkdownParser.parse(bytes)
        let text = LogicalTextBuilder(source: source, document: document).build()
        var context = ExtractionContext(source: source, text: text, diagnostics: diagnostics)
        defer { diagnostics = context.diagnostics }
        return extract(&context)
    }

    private static func extract(_ context: inout ExtractionContext) -> ToolSpec? {
        let sections = SectionSplitter.sections(of: context.text)
        reportRepeatedSections(sections, context: &context)
        // A heading said twice (a line doubled) leaves the first one empty: read the first
        // that has anything in it.
        let text = context.text
        let section = { (kind: SectionKind) in
            sections.first { $0.kind == kind && !text.value($0.body).isEmpty } ?? sections.first { $0.kind == kind }
        }
        var info: BasicInfo
        var run: RunCommand?
        var inputs: [InputSpec]
        if section(.basicInfo) != nil || section(.inputs) != nil {
            info = section(.basicInfo).map { BasicInfoReader.read($0.body, context: &context) } ?? BasicInfo()
            run = section(.runCommand).flatMap { RunExampleReader.read($0.body, context: &context) }
            inputs = section(.inputs).map { InputsReader.read($0.body, context: &context) } ?? []
            if section(.inputs) == nil, let stray = strayInputs(sections, context: context) {
                context.report(.warning, .missingInputs, "input blocks stand under no '## Tool Inputs:' heading; they are read as the tool's inputs", at: stray.lowerBound)
                inputs = InputsReader.read(stray, context: &context)
            } else if section(.inputs) == nil {
                inputs = inferInputs(run, context: &context) ?? []
                if run?.body == nil {
                    context.report(.error, .missingInputs, "the document has no '## Tool Inputs:' section", at: .start)
                }
            }
            if inputs.contains(where: { !$0.inferred }) { reportUnknownExampleKeys(run, inputs: inputs, context: &context) }
            if run == nil {
                context.report(.warning, .missingRunExample, "the document has no Run example ('## Run Command - Make HTTP Post Request'); wire kinds default to numbers for numbers, strings for all else", at: endLocation(context))
            }
        } else if SamplePageReader.recognizes(context) {
            (info, run) = SamplePageReader.read(&context)
            inputs = inferInputs(run, context: &context) ?? []
            if run?.body == nil {
                context.report(.error, .missingInputs, "the API sample page has no Run example body to read inputs from", at: .start)
            }
        } else {
            context.report(.error, .notAToolDocument, "this is not a Wiro tool document: it has no '## Basic tool info' or '## Tool Inputs:' section and no 'API Sample:' line", at: .start)
            return nil
        }
        checkTruncation(sections, context: &context)
        guard let id = info.id else {
            context.report(.error, .missingID, "the document names no tool ('Tool name:' or 'Model name:')", at: .start)
            return nil
        }
        let idOffset = info.idOffset ?? 0
        if id.split(separator: "/", omittingEmptySubsequences: false).count != 2 || id.hasPrefix("/") || id.hasSuffix("/") {
            context.report(.warning, .malformedID, "the tool name '\(id)' is not of the form Owner/tool", at: idOffset)
        }
        guard let endpoint = info.endpoint ?? run?.url else {
            context.report(.error, .missingEndpoint, "the document gives no Run endpoint ('Run Task Endpoint (POST):' or a curl to /Run/)", at: idOffset)
            return nil
        }
        guard endpoint.hasPrefix("https://") || endpoint.hasPrefix("http://"), URL(string: endpoint)?.host != nil else {
            context.report(.error, .missingEndpoint, "the Run endpoint '\(endpoint)' is not an http(s) URL", at: idOffset)
            return nil
        }
        return ToolSpec(
            id: id, endpoint: endpoint, title: String(id.split(separator: "/").last ?? Substring(id)),
            description: info.description, cover: info.cover, categories: info.categories, tags: info.tags,
            inputs: inputs,
            examples: section(.examples).map { ExamplesReader.read($0.body, context: &context) } ?? [],
            runExample: run?.body,
            taskStatuses: statuses(sections, context: &context),
            source: context.source.path)
    }

    /// Keys of the Run example that no input of the tool has: the generated request never
    /// sends them, so the document and the binding differ there. (`callbackUrl` is the run
    /// option every Run takes, not an input, and a file input's `{id}Url` goes with it.)
    private static func reportUnknownExampleKeys(_ run: RunCommand?, inputs: [InputSpec], context: inout ExtractionContext) {
        // A file input's `{id}Url` is a part Wiro's upload patterns send beside it.
        let fileURLs = inputs.filter { [.fileinput, .multifileinput].contains($0.kind) }.map { $0.name + "Url" }
        let names = Set(inputs.map(\.name) + fileURLs)
        for member in run?.body?.members ?? [] where !names.contains(member.key) && member.key != "callbackUrl" {
            context.report(.warning, .unknownExampleInput, "the Run example sends '\(member.key)', which no input of the tool has; the generated request does not send it", at: member.location)
        }
    }

    /// A section Wiro's documents have once, headed twice.
    private static func reportRepeatedSections(_ sections: [Section], context: inout ExtractionContext) {
        var seen = Set<String>()
        for section in sections where section.kind != .other {
            let kind = "\(section.kind)"
            if !seen.insert(kind).inserted {
                context.report(.warning, .repeatedSection, "a second '\(context.text.value(section.start..<section.body.lowerBound).prefix(60))' heading; the first with content is read",
                               at: section.start)
            }
        }
    }

    /// Input blocks (`- name:` … `type:`) in a section of another kind, as a document whose
    /// inputs heading was lost has them: from the first block to the end of its section.
    private static func strayInputs(_ sections: [Section], context: ExtractionContext) -> Range<Int>? {
        for section in sections where section.kind == .basicInfo || section.kind == .other {
            guard let first = context.scanner.first("- name:", in: section.body),
                  context.scanner.first("type:", in: first.end..<section.body.upperBound) != nil else { continue }
            return first.start..<section.body.upperBound
        }
        return nil
    }

    private static func inferInputs(_ run: RunCommand?, context: inout ExtractionContext) -> [InputSpec]? {
        guard let run, let body = run.body, let location = run.bodyLocation else { return nil }
        let inputs = SamplePageReader.inferredInputs(from: body)
        context.report(
            .warning, .inferredTypes,
            "no inputs section: \(inputs.count) inputs and their types were inferred from the Run example body; labels, help, options and rules are unknown",
            at: location)
        return inputs
    }

    /// Wiro's documents always go on past their inputs; one that stops inside them was cut off.
    private static func checkTruncation(_ sections: [Section], context: inout ExtractionContext) {
        guard let last = sections.last, last.kind == .inputs || last.kind == .basicInfo else { return }
        context.report(.warning, .missingField, "the document ends inside its \(last.kind == .inputs ? "inputs" : "basic info") section; it may be cut off", at: endLocation(context))
    }

    private static func statuses(_ sections: [Section], context: inout ExtractionContext) -> [TaskStatusSpec] {
        sections.flatMap { section -> [TaskStatusSpec] in
            switch section.kind {
            case .completedStatuses: StatusReader.read(section.body, terminal: true, context: &context)
            case .runningStatuses: StatusReader.read(section.body, terminal: false, context: &context)
            default: []
            }
        }
    }

    private static func endLocation(_ context: ExtractionContext) -> SourceLocation {
        context.source.location(ofOffset: context.source.bytes.count)
    }
}
