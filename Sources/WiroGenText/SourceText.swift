/// The bytes of one tool document with its line table, for turning byte offsets into
/// `line:column` and back.
package struct SourceText: Sendable {
    /// The path the document was given as.
    package let path: String
    package let bytes: [UInt8]
    /// The byte offset of the first byte of every line; lines end at `\n`, `\r\n` or `\r`,
    /// as in CommonMark.
    package let lineStarts: [Int]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { starts.append(index) }
        }
        lineStarts = starts
    }

    /// The location of the byte at `offset` (clamped to the document).
    package func location(ofOffset offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The byte offset of a location, or `nil` when it lies outside the document.
    package func offset(of location: SourceLocation) -> Int? {
        guard location.line >= 1, location.line <= lineStarts.count, location.column >= 1 else { return nil }
        let offset = lineStarts[location.line - 1] + location.column - 1
        return offset <= bytes.count ? offset : nil
    }

    /// The diagnostics that stop a document from being read at all: empty, binary, not UTF-8.
    package func unreadableReasons() -> Diagnostic? {
        if bytes.allSatisfy(\.isASCIIWhitespace) {
            return Diagnostic(.error, .emptyFile, "the document is empty", file: path, at: .start)
        }
        if let offset = binaryOffset() {
            return Diagnostic(
                .error, .binaryFile,
                "the document is binary, not text (byte 0x\(hex(bytes[offset])) here)",
                file: path, at: location(ofOffset: offset))
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            return Diagnostic(
                .error, .invalidUTF8,
                "the document is not valid UTF-8 (byte 0x\(hex(bytes[offset])) here); save it as UTF-8",
                file: path, at: location(ofOffset: offset))
        }
        return nil
    }

    /// The first NUL byte, or the first control byte when control bytes are frequent:
    /// text may hold the odd stray control character, binaries hold many.
    private func binaryOffset() -> Int? {
        if let nul = bytes.firstIndex(of: 0) { return nul }
        let isControl: (UInt8) -> Bool = { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
        let sample = bytes.prefix(8192)
        let controls = sample.lazy.filter(isControl).count
        guard controls * 20 > sample.count else { return nil }
        return bytes.firstIndex(where: isControl)
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
