/// A trainee's level as a sentence, with the grammar of its language.
public enum LevelSentence {
  /// "Alex is an Agent", "Sam is a Senior Agent"; in Japanese, "佐藤さんは研修生です". With `now`, the
  /// level was just reached: "Alex is now an Agent", "佐藤さんは研修生になりました".
  public static func holds(_ trainee: String, title: String, language: String = "en", now: Bool = false)
    -> String
  {
    if language == "ja" || language.hasPrefix("ja-") {
      return "\(trainee)さんは\(title)\(now ? "になりました" : "です")"
    }
    return "\(trainee) is \(now ? "now " : "")\(article(for: title)) \(title)"
  }

  /// "You are now an Agent".
  public static func reached(title: String, language: String = "en") -> String {
    if language == "ja" || language.hasPrefix("ja-") { return "\(title)になりました" }
    return "You are now \(article(for: title)) \(title)"
  }

  /// "an" before a vowel sound, else "a". Titles read as words ("Agent", "Team Leader"); an initial
  /// "U" that sounds like "you" ("User", "Unit") and "One" take "a".
  static func article(for title: String) -> String {
    let lower = title.lowercased()
    guard let first = lower.first, "aeiou".contains(first) else { return "a" }
    for prefix in ["uni", "use", "usu", "one", "eu"] where lower.hasPrefix(prefix) { return "a" }
    return "an"
  }
}
