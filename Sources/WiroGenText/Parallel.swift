import Foundation

/// Work spread over every core: documents are independent of each other until naming.
package enum Parallel {
    /// `transform` applied to each element, on all cores; results in the elements' order.
    package static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        let slots = Slots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.store(transform(elements[index]), at: index)
        }
        return slots.values
    }

    /// `transform` applied to each element on all cores, each reporting into a collector of
    /// its own; those are merged into `diagnostics` in the elements' order, so output does not
    /// depend on scheduling.
    package static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], diagnostics: inout DiagnosticCollector,
        _ transform: @Sendable (Element, inout DiagnosticCollector) -> Result
    ) -> [Result] {
        let results = map(elements) { element in
            var found = DiagnosticCollector()
            let result = transform(element, &found)
            return (result, found)
        }
        for (_, found) in results { diagnostics.append(contentsOf: found.all) }
        return results.map(\.0)
    }

    /// One slot per result, written from many threads. NSLock guards it: Mutex would need
    /// macOS 15, and the lock is taken once per document, far from the hot path.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Value?]

        package init(count: Int) { storage = Array(repeating: nil, count: count) }

        package func store(_ value: Value, at index: Int) {
            lock.withLock { storage[index] = value }
        }

        package var values: [Value] { lock.withLock { storage.map { $0! } } }
    }
}
