extension StringProtocol {
    /// Whether `needle` occurs in the string, compared byte for byte. Foundation's
    /// `contains(_:)` goes through NSString and was a tenth of the time of a generate.
    func containsBytes(_ needle: String) -> Bool {
        let haystack = Array(utf8), pattern = Array(needle.utf8)
        guard let head = pattern.first else { return true }
        guard haystack.count >= pattern.count else { return false }
        var index = 0
        while index <= haystack.count - pattern.count {
            if haystack[index] == head, haystack[index..<index + pattern.count].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
