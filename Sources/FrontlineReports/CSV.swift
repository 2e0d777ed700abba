import Foundation

/// RFC 4180 CSV: a header row, fields quoted when they hold commas, quotes or line breaks, CRLF line ends.
public enum CSV {
  /// A whole document with its header row.
  public static func document(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  public static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
