import Foundation
import FrontlineModel

/// Frontline's words in one interface language: messages from its catalog, and the names, numbers,
/// dates and lists that go into them, written the way that language's software writes them.
public struct Localizer: Sendable {
  public let language: UILanguage
  let catalog: Catalog
  let fallback: Catalog

  public init(_ language: UILanguage) {
    self.language = language
    catalog = .bundled(language)
    fallback = .bundled(.english)
  }

  public static let english = Localizer(.english)
  public static let japanese = Localizer(.japanese)

  /// The message `key` with its placeholders filled from `values`.
  public func callAsFunction<Key: MessageKey>(_ key: Key, _ values: [String: String] = [:]) -> String {
    text(key.key, count: nil, values)
  }

  /// The message `key` in the plural form for `count`, which fills `{count}`.
  public func callAsFunction<Key: MessageKey>(_ key: Key, count: Int, _ values: [String: String] = [:])
    -> String
  {
    var values = values
    if values["count"] == nil { values["count"] = String(count) }
    return text(key.key, count: count, values)
  }

  func text(_ key: String, count: Int?, _ values: [String: String]) -> String {
    // Every key is in both catalogs (the catalog tests check it); the fallbacks only keep a damaged
    // build readable.
    guard let message = catalog.messages[key] ?? fallback.messages[key] else { return "⟦\(key)⟧" }
    return Template.render(message.form(count: count), values: values)
  }

  /// A score or average: `80`, `72.5`.
  public func number(_ value: Double) -> String { ReportNumber.format(value) }

  /// A calendar date where people read it: `2026-11-23`, `2026年11月23日`.
  public func date(_ date: Date, in zone: TimeZone = .current) -> String {
    let parts = Calendar(identifier: .gregorian).dateComponents(in: zone, from: date)
    let (year, month, day) = (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    switch language {
    case .english: return String(format: "%04d-%02d-%02d", year, month, day)
    case .japanese: return "\(year)年\(month)月\(day)日"
    }
  }

  /// A date and time of day: `2026-11-23 14:05`, `2026年11月23日 14:05`.
  public func dateTime(_ date: Date, in zone: TimeZone = .current) -> String {
    let parts = Calendar(identifier: .gregorian).dateComponents(in: zone, from: date)
    return self.date(date, in: zone) + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
  }

  /// Items of a list in a sentence: `a, b, c`, `a、b、c`.
  public func list(_ items: [String]) -> String {
    items.joined(separator: language == .japanese ? "、" : ", ")
  }

  /// A rubric category's name: the three standard ones are translated, any other is shown as
  /// its rubric names it.
  public func category(_ name: String) -> String {
    switch name {
    case "empathy": self(CommonText.empathy)
    case "accuracy": self(CommonText.accuracy)
    case "routing": self(CommonText.routing)
    default: name
    }
  }

  /// A mood's name: `angry`, `怒っている`.
  public func mood(_ mood: Mood) -> String {
    switch mood {
    case .furious: self(CommonText.furious)
    case .angry: self(CommonText.angry)
    case .annoyed: self(CommonText.annoyed)
    case .neutral: self(CommonText.neutral)
    case .satisfied: self(CommonText.satisfied)
    case .delighted: self(CommonText.delighted)
    }
  }

  /// A scenario kind: `complaint`, `苦情`.
  public func kind(_ kind: ScenarioKind) -> String {
    switch kind {
    case .complaint: self(CommonText.complaint)
    case .escalation: self(CommonText.escalation)
    case .upsell: self(CommonText.upsell)
    case .inquiry: self(CommonText.inquiry)
    }
  }

  /// A channel: `phone`, `電話`.
  public func channel(_ channel: Channel) -> String {
    switch channel {
    case .chat: self(CommonText.chat)
    case .email: self(CommonText.email)
    case .phone: self(CommonText.phone)
    }
  }

  /// How a conversation ended: `resolved`, `解決`.
  public func outcome(_ outcome: Outcome) -> String {
    switch outcome {
    case .resolved: self(CommonText.resolved)
    case .escalated: self(CommonText.escalated)
    case .lost: self(CommonText.lost)
    case .endedEarly: self(CommonText.endedEarly)
    }
  }

  /// An attempt's mode: `practice`, `練習`.
  public func mode(_ mode: AttemptMode) -> String {
    mode == .exam ? self(CommonText.examMode) : self(CommonText.practiceMode)
  }

  /// `text` as the start of a sentence: its first letter capitalised where the language has
  /// capitals.
  public func sentenceStart(_ text: String) -> String {
    guard language == .english, let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// `text` inside a sentence: its first letter in lower case where the language has capitals
  /// ("Apologises" in "is negated: apologises").
  public func sentenceMiddle(_ text: String) -> String {
    guard language == .english, let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
  }

  /// Words quoted from a reply or a rubric: `'sorry'`, `「申し訳」`.
  public func quoted(_ text: String) -> String {
    language == .japanese ? "「\(text)」" : "'\(text)'"
  }

  /// Why a text is not a name, and what a name may be.
  public func nameProblem(_ problem: TraineeName.Problem) -> String {
    switch problem {
    case .empty: self(CommonText.nameEmpty)
    case .controlCharacter(let scalar, let position):
      self(CommonText.nameControlCharacter, ["code": TraineeName.code(scalar), "position": String(position)])
    case .tooLong(let length):
      self(CommonText.nameTooLong, ["maximum": String(TraineeName.maximumLength), "length": String(length)])
    }
  }

  /// The ladder level's title in this language (else English, else its id).
  public func title(of level: Level) -> String { level.title(in: language.rawValue) }
}
