import FrontlineModel

/// The verbs of Frontline's statements, shown in English and in the scenario's language when
/// Frontline has words for it.
enum XAPIVerb: String {
  case passed, failed, voided

  /// The verb, displayed in English and, for a Japanese scenario, in Japanese.
  func verb(language: String) -> XAPIStatement.Verb {
    var display = ["en": rawValue]
    if Library.language(language, matches: "ja") { display[language] = japanese }
    return XAPIStatement.Verb(id: "http://adlnet.gov/expapi/verbs/\(rawValue)", display: display)
  }

  private var japanese: String {
    switch self {
    case .passed: "合格"
    case .failed: "不合格"
    case .voided: "取り消し"
    }
  }
}

/// Practice or exam, as a category activity of the statement's context.
struct XAPIMode {
  var mode: AttemptMode

  init(_ mode: AttemptMode) { self.mode = mode }

  /// The same definition in every statement, as a store expects of one activity id.
  func activity(_ homePage: String) -> XAPIStatement.Object {
    let (english, japanese, type) =
      switch mode {
      case .practice: ("Practice", "練習", "http://adlnet.gov/expapi/activities/simulation")
      case .exam: ("Exam", "試験", "http://adlnet.gov/expapi/activities/assessment")
      }
    return XAPIStatement.Object(
      objectType: "Activity", id: "\(homePage)/modes/\(mode.rawValue)",
      definition: XAPIStatement.Definition(name: ["en": english, "ja": japanese], type: type))
  }
}
