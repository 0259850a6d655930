extension String {
    /// The string with mojibake repaired: UTF-8 text that was once decoded as Windows-1252
    /// (`rÃ©sumÃ©s`, `â€”`) decoded again as UTF-8 (`résumés`, `—`). Only runs that become
    /// valid UTF-8 are touched, so genuine Latin-1 text (`café`) stays as it is.
    package func repairingMojibake() -> String {
        guard unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return self }
        var output = String.UnicodeScalarView()
        var run: [UInt8] = []
        var runScalars: [Unicode.Scalar] = []
        func flush() {
            defer { run.removeAll(); runScalars.removeAll() }
            guard !run.isEmpty else { return }
            if let repaired = String(validatingUTF8Bytes: run), repaired.unicodeScalars.count < runScalars.count {
                output.append(contentsOf: repaired.unicodeScalars)
            } else {
                output.append(contentsOf: runScalars)
            }
        }
        for scalar in unicodeScalars {
            if let byte = Windows1252.byte(for: scalar) {
                run.append(byte)
                runScalars.append(scalar)
            } else {
                flush()
                output.append(scalar)
            }
        }
        flush()
        return String(output)
    }
}

/// The Windows-1252 code page, for undoing mojibake.
private enum Windows1252 {
    /// The byte Windows-1252 encodes a non-ASCII scalar as, or `nil`.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value >= 0xA0, value <= 0xFF { return UInt8(value) }
        if value >= 0x80, value <= 0x9F { return UInt8(value) }
        return specials[value]
    }

    private static let specials: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
        0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
        0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
        0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
