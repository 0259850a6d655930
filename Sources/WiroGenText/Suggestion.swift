/// "Did you mean" for names a user typed: the known name nearest to an unknown one.
package enum Suggestion {
    /// `; did you mean 'x'?` when a known name is close to `name` (see
    /// ``nearest(to:in:)``), else an empty string.
    package static func didYouMean(_ name: String, in known: some Sequence<String>) -> String {
        nearest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The known name closest to `name`, when it is close enough to be a slip: a few edits
    /// away, or the one spelled out or cut short (`maximum` for `max`).
    package static func nearest(to name: String, in known: some Sequence<String>) -> String? {
        let lowered = name.lowercased()
        let target = Array(lowered.unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in known {
            let other = candidate.lowercased()
            let abbreviates = min(other.count, lowered.count) >= 3 && (other.hasPrefix(lowered) || lowered.hasPrefix(other))
            let distance = abbreviates ? 1 : editDistance(target, Array(other.unicodeScalars))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(1, target.count / 3) else { return nil }
        return best.name
    }

    /// Levenshtein distance, one row at a time.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
