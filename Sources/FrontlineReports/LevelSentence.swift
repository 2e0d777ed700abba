import FrontlineText

/// A trainee's level as a sentence, with the grammar of the interface language.
public enum LevelSentence {
  /// "Alex is an Agent", "Sam is a Senior Agent"; in Japanese, "佐藤さんは研修生です". With `now`, the
  /// level was just reached: "Alex is now an Agent", "佐藤さんは研修生になりました".
  public static func holds(_ trainee: String, title: String, now: Bool = false, localizer: Localizer)
    -> String
  {
    localizer(
      now ? ProgressText.levelHoldsNow : ProgressText.levelHolds,
      ["trainee": trainee, "title": articled(title, localizer: localizer)])
  }

  /// "You are now an Agent", "研修生になりました".
  public static func reached(title: String, localizer: Localizer) -> String {
    localizer(ProgressText.levelReached, ["title": articled(title, localizer: localizer)])
  }

  /// The title with its article where the language has articles: "an Agent".
  static func articled(_ title: String, localizer: Localizer) -> String {
    localizer.language == .english ? "\(article(for: title)) \(title)" : title
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
