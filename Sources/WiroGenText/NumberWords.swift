extension Double {
    /// The number as a sentence writes it: `50`, `1.5`, `-1` (no `.0` on a whole number).
    package var sentenceText: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
