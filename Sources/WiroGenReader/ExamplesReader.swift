import WiroGenText
import WiroGenModel

/// Reads the "Parameter Inspires" section: `- name: value` entries, grouped into samples.
///
/// A sample ends where a name repeats: the line-broken documents separate samples with blank
/// lines, which CommonMark (and a flattened document) does not keep, but no sample gives one
/// input two values.
enum ExamplesReader {
    static func read(_ range: Range<Int>, context: inout ExtractionContext) -> [ToolExample] {
        var examples: [ToolExample] = []
        var current: [ExampleValue] = []
        var currentStart = SourceLocation.start
        for entry in context.scanner.listEntries(in: range) {
            let location = context.location(entry.keyStart)
            if current.contains(where: { $0.name == entry.key }) {
                examples.append(ToolExample(values: current, location: currentStart))
                current = []
            }
            if current.isEmpty { currentStart = location }
            current.append(ExampleValue(name: entry.key, value: context.text.value(entry.value), location: location))
        }
        if !current.isEmpty { examples.append(ToolExample(values: current, location: currentStart)) }
        return examples
    }
}

/// Reads the `- task_status : meaning` entries under the task status headings.
enum StatusReader {
    static func read(_ range: Range<Int>, terminal: Bool, context: inout ExtractionContext) -> [TaskStatusSpec] {
        context.scanner.listEntries(in: range, spaceBeforeColon: true).map { entry in
            TaskStatusSpec(name: entry.key, meaning: context.prose(entry.value), isTerminal: terminal)
        }
    }
}
