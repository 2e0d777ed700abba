import FrontlineModel
import FrontlineTerminal
import FrontlineText

/// The customer's mood as people see it: a word and a gauge, so a change is obvious at a glance.
public enum MoodDisplay {
  /// `angry ●●○○○○` from furious (all filled, red) to delighted.
  public static func gauge(_ mood: Mood, style: TextStyle, localizer: Localizer) -> String {
    let level = Mood.delighted.rawValue - mood.rawValue  // 0 (delighted) … 5 (furious)
    let gauge = String(repeating: "▮", count: level + 1) + String(repeating: "▯", count: 5 - level)
    let text = "\(localizer.mood(mood)) \(gauge)"
    switch mood {
    case .furious, .angry: return style.red(text)
    case .annoyed: return style.yellow(text)
    case .neutral: return text
    case .satisfied, .delighted: return style.green(text)
    }
  }
}
