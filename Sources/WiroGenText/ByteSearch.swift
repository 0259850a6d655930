/// Searching bytes for bytes: the one implementation behind every literal search in WiroGen.
/// Foundation's `contains(_:)` and `range(of:)` go through NSString and were a tenth of the
/// time of a generate.
extension Array where Element == UInt8 {
    /// Whether `pattern` stands at `index`.
    package func hasBytes(_ pattern: [UInt8], at index: Int) -> Bool {
        index >= 0 && index + pattern.count <= count && self[index..<index + pattern.count].elementsEqual(pattern)
    }

    /// Where `pattern` first starts in `range` (it must end inside `range` too).
    package func firstIndex(of pattern: [UInt8], in range: Range<Int>) -> Int? {
        guard let head = pattern.first else { return range.lowerBound }
        let last = Swift.min(range.upperBound, count) - pattern.count
        var index = Swift.max(range.lowerBound, 0)
        while index <= last {
            if self[index] == head, hasBytes(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Where each occurrence of `pattern` ends, overlapping ones included, in order.
    package func ends(of pattern: [UInt8]) -> [Int] {
        var ends: [Int] = []
        var from = 0
        while !pattern.isEmpty, let start = firstIndex(of: pattern, in: from..<count) {
            ends.append(start + pattern.count)
            from = start + 1
        }
        return ends
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the string, compared byte for byte.
    package func containsBytes(_ needle: String) -> Bool {
        let haystack = Array(utf8)
        return haystack.firstIndex(of: Array(needle.utf8), in: 0..<haystack.count) != nil
    }
}
