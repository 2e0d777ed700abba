import Foundation

/// RFC 4180 CSV: a header row, fields quoted when they hold commas, quotes or line breaks, CRLF line
/// ends, UTF-8. Every CSV Frontline writes is made here, so they all write values one way.
public enum CSV {
  /// The byte-order mark some spreadsheets (Excel on Windows) need before they read a file as UTF-8.
  public static let byteOrderMark = "\u{FEFF}"

  /// A whole document with its header row; `bom` starts it with a byte-order mark.
  public static func document(header: [String], rows: [[String]], bom: Bool = false) -> String {
    (bom ? byteOrderMark : "")
      + ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  public static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A yes or no as every Frontline CSV writes it: `true`, `false`, or empty when unknown.
  public static func bool(_ value: Bool?) -> String {
    value.map { $0 ? "true" : "false" } ?? ""
  }
}
