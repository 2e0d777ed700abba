/// Words shared by every part: verdicts, category and mood names, units.
public enum CommonText: String, MessageKey {
  public static var area: String { "common" }

  // Verdicts.
  case pass, fail
  /// A score out of 100: `78/100`.
  case scoreOutOf100
  /// No value: `N/A`.
  case notApplicable
  /// A separator between items of a line: ` · `.
  case separator

  // The standard rubric categories.
  case empathy, accuracy, routing

  // Moods.
  case furious, angry, annoyed, neutral, satisfied, delighted

  // Modes, kinds, channels and outcomes.
  case practiceMode, examMode
  case complaint, escalation, upsell, inquiry
  case chat, email, phone
  case resolved, escalated, lost, endedEarly
  // Why an attempt fails whatever its score.
  case failureNoReply, failureCritical, failureLost, failureEndedEarly
  // Why a text is not a name.
  case nameEmpty, nameControlCharacter, nameTooLong
}
