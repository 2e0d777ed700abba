extension PatternParser {
  /// Sets of more members than this are not listed: they say nothing useful about literals.
  static let maximumListedMembers = 8

  /// After `[`: a set to its `]`, nested sets and operators (`&&`, `--`) included. Its members are
  /// listed when it is a short positive list of literals and ranges.
  mutating func parseSet(flags: PatternFlags) throws(Failure) -> PatternSyntax {
    var members: [Unicode.Scalar]? = []
    if current == "^" {
      members = nil
      index += 1
    }
    // White space may be ignored in a set under (?x); its members are not worth guessing.
    if flags.freeSpacing { members = nil }
    var first = true
    while true {
      guard let scalar = current else { throw failure("an unclosed '['") }
      index += 1
      if scalar == "]" && !first { break }
      first = false
      var low = scalar
      switch scalar {
      case "[":
        _ = try parseSet(flags: flags)
        members = nil
        continue
      case "\\":
        guard let escaped = current else { throw failure("a set that ends in '\\'") }
        index += 1
        guard let literal = try parseLiteralEscape(escaped) else {
          try skipClassEscape(escaped)
          members = nil
          continue
        }
        low = literal
      case "&" where current == "&", "-" where current == "-":
        index += 1
        members = nil
        continue
      default: break
      }
      guard current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" else {
        members?.append(low)
        continue
      }
      index += 1
      var high = scalars[index]
      index += 1
      if high == "\\" {
        guard let escaped = current else { throw failure("a set that ends in '\\'") }
        index += 1
        guard let literal = try parseLiteralEscape(escaped) else { throw failure("a range to a class") }
        high = literal
      } else if high == "[" {
        throw failure("a range to a set")
      }
      guard low.value <= high.value else { throw failure("a range out of order") }
      if high.value - low.value < Self.maximumListedMembers {
        members? += (low.value...high.value).compactMap(Unicode.Scalar.init)
      } else {
        members = nil
      }
    }
    if let listed = members, listed.isEmpty || listed.count > Self.maximumListedMembers { members = nil }
    return .scalarSet(members: members, caseInsensitive: flags.caseInsensitive)
  }
}
