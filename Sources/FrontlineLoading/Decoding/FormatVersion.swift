/// The version of the authored formats this build reads.
enum FormatVersion {
  static let current = 1

  /// Checks the `format` field; returns `false` when the rest of the file cannot be read.
  static func check(_ reader: ObjectReader) -> Bool {
    guard reader.has("format") else {
      reader.reportMissing("format", hint: "add \"format\": \(current) as the first field")
      return true
    }
    guard let version = reader.integer("format", in: 1...Int.max) else { return false }
    if version > current {
      reader.context.error(
        "unknown format version \(version): this frontline reads format \(current); upgrade frontline to read it",
        at: reader.value("format")!.offset, path: JSONPath([.key("format")]))
      return false
    }
    return true
  }
}
