extension String {
  /// The text with its first letter in lower case, to continue a sentence.
  var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
