import WiroGenText

/// How document words are spelled as Swift names. Every rule is total (any string gives a valid
/// identifier) and predictable (the same string always gives the same name).
package enum SwiftName {
    /// `Wan-AI` → `WanAI`, `chetwinlow1` → `Chetwinlow1`, `text-to-video-v4.5` →
    /// `TextToVideoV4_5`: words capitalised and joined, a `.` between digits kept as `_`.
    package static func typeName(_ text: String) -> String {
        let name = words(text).map(capitalized).joined()
        return startsValid(name.isEmpty ? "Tool" : name)
    }

    /// `Watermark` → `watermark`, `URLInput` → `urlInput`, `num_frames` → `numFrames`.
    package static func propertyName(_ text: String) -> String {
        let parts = words(text)
        guard let first = parts.first else { return "value" }
        return startsValid(lowercasedHead(first) + parts.dropFirst().map(capitalized).joined())
    }

    /// Option values as enum cases: `16:9` → `_16_9`, `540p` → `_540p`, `3d_animation` →
    /// `_3dAnimation`, `832*480` → `_832_480`, `--only_base_model` → `onlyBaseModel`,
    /// `Black and White` → `blackAndWhite`. A value without letters or digits (`""`, `🎉`) is
    /// named after its label, or `empty` / `value` when the label has none either.
    package static func caseName(_ value: String, label: String) -> String {
        guard words(value).isEmpty else { return propertyName(value) }
        if !words(label).isEmpty { return propertyName(label) }
        return value.isEmpty ? "empty" : "value"
    }

    /// A name as an argument label at a call: labels may be keywords, but for these three.
    package static func argumentLabel(_ name: String) -> String {
        ["inout", "var", "let"].contains(name) ? "`\(name)`" : name
    }

    /// A name in backticks when it is a Swift keyword.
    package static func escaped(_ name: String) -> String {
        ReservedNames.keywords.contains(name) ? "`\(name)`" : name
    }

    /// The alphanumeric (ASCII) words of a string; digits either side of a separator stay
    /// apart with `_`. Works on bytes: this runs for every input and option of every tool.
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var pendingJoin = false
        for byte in text.utf8 {
            guard byte.isIdentifierByte, byte != UInt8(ascii: "_") else {
                pendingJoin = true
                continue
            }
            if pendingJoin, let last = current.last, last.isDigit, byte.isDigit {
                current.append(UInt8(ascii: "_"))
            } else if pendingJoin, !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            pendingJoin = false
            current.append(byte)
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The leading capitals lowered, except the last when a lowercase letter follows it
    /// (`URLInput` → `urlInput`, `Watermark` → `watermark`, `ID` → `id`).
    private static func lowercasedHead(_ word: String) -> String {
        let characters = Array(word)
        var end = 0
        while end < characters.count, characters[end].isUppercase { end += 1 }
        if end > 1, end < characters.count, characters[end].isLowercase { end -= 1 }
        end = max(end, 1)
        return String(characters[..<end]).lowercased() + String(characters[end...])
    }

    private static func startsValid(_ name: String) -> String {
        name.utf8.first?.isDigit == true ? "_" + name : name
    }
}

extension SwiftName {
    /// Why a name a user chose is not a Swift identifier as WiroGen writes them (ASCII
    /// letters, digits and `_`, not starting with a digit), or `nil` when it is one.
    package static func identifierProblem(_ name: String) -> String? {
        if let first = name.utf8.first, !first.isDigit, name.utf8.allSatisfy(\.isIdentifierByte) { return nil }
        return "it is not a Swift identifier (letters, digits and _, not starting with a digit)"
    }
}
