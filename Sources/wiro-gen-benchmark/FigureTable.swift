import Foundation

/// Figures by row, one column per variant, printed as aligned text.
struct FigureTable {
    let columns: [String]
    /// Figures that do not depend on the variant.
    var shared: [String: String] = [:]
    private var rows: [String] = []
    private var cells: [String: [String: String]] = [:]

    init(columns: [String]) {
        self.columns = columns
    }

    /// Records figures of one column; rows keep the order they first appear in.
    mutating func add(_ column: String, _ figures: [(row: String, value: String)]) {
        for (row, value) in figures {
            if cells[row] == nil { rows.append(row) }
            cells[row, default: [:]][column] = value
        }
    }

    var text: String {
        let width = max(40, (rows + shared.keys).map(\.count).max() ?? 0) + 2
        let cellWidth = 36
        var lines = ["".padding(toLength: width, withPad: " ", startingAt: 0) + columns.map { $0.padding(toLength: cellWidth, withPad: " ", startingAt: 0) }.joined()]
        for row in rows {
            let values = columns.map { (cells[row]?[$0] ?? "").padding(toLength: cellWidth, withPad: " ", startingAt: 0) }
            lines.append(row.padding(toLength: width, withPad: " ", startingAt: 0) + values.joined())
        }
        for (row, value) in shared.sorted(by: { $0.key < $1.key }) {
            lines.append(row.padding(toLength: width, withPad: " ", startingAt: 0) + value)
        }
        return lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n")
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
