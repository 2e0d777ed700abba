/// The inline flags in force at a point of a pattern that change what it matches literally.
struct PatternFlags: Sendable, Equatable {
  /// `(?i)`: letters match in any case.
  var caseInsensitive = false
  /// `(?x)`: white space and `#` comments are ignored.
  var freeSpacing = false

  /// Applies the letters of a flag group such as `i`, `x-i` or `ims`. `nil` when one is not an ICU flag.
  func applying(_ letters: [Unicode.Scalar]) -> PatternFlags? {
    var flags = self
    var on = true
    for letter in letters {
      switch letter {
      case "-": on = false
      case "i": flags.caseInsensitive = on
      case "x": flags.freeSpacing = on
      case "m", "s", "w": break
      default: return nil
      }
    }
    return flags
  }
}
