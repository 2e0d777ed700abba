/// The simulated customer of a scenario.
public struct Customer: Sendable, Equatable {
  /// The full name as written, e.g. `"Dana Reyes"` or `"佐藤 花子"`.
  public var name: String
  /// The given name (`"Dana"`, `"花子"`), used by `{customer.givenName}` and name checks.
  public var givenName: String
  /// The family name (`"Reyes"`, `"佐藤"`), used by `{customer.familyName}` and name checks.
  public var familyName: String
  /// Who the customer is, for the trainee's briefing and for authors.
  public var persona: String?
  /// The mood the customer starts the conversation in.
  public var mood: Mood

  public init(name: String, givenName: String, familyName: String, persona: String?, mood: Mood) {
    self.name = name
    self.givenName = givenName
    self.familyName = familyName
    self.persona = persona
    self.mood = mood
  }

  /// Splits a full name on its first space: family name first for Japanese, Chinese and Korean,
  /// given name first otherwise. A single word is both.
  public static func splitName(_ name: String, language: String) -> (given: String, family: String) {
    let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return (name, name) }
    let familyFirst = ["ja", "zh", "ko"].contains(language.lowercased().split(separator: "-").first ?? "")
    return familyFirst ? (parts[1], parts[0]) : (parts[0], parts[1])
  }
}
