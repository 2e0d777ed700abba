import Foundation

/// Rows of cells lined up in columns by display width, so that Japanese names and emoji (two
/// columns each) keep the table straight.
public enum TextTable {
  /// The rows as lines: each cell padded to its column's widest cell, columns `separator` apart,
  /// the spaces at either end of a line trimmed. Cells hold plain text; style a line after.
  public static func lines(_ rows: [[String]], separator: String = "  ") -> [String] {
    let count = rows.map(\.count).max() ?? 0
    let widths = (0..<count).map { column in
      rows.map { column < $0.count ? TerminalText.width(of: $0[column]) : 0 }.max() ?? 0
    }
    return rows.map { cells in
      cells.enumerated().map { TerminalText.padded($0.element, to: widths[$0.offset]) }
        .joined(separator: separator).trimmingCharacters(in: .whitespaces)
    }
  }
}
