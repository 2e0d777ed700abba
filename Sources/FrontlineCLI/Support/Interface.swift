import Foundation
import FrontlineText

/// The interface language of this run: `--ui-language en|ja` anywhere before `--`, else
/// `FRONTLINE_UI_LANGUAGE`, else the locale. Every command shows its words through ``localizer``.
enum Interface {
  /// The arguments with `--ui-language` and its value taken out, and the language they choose.
  static func split(_ arguments: [String], environment: [String: String]) -> (
    arguments: [String], language: Result<UILanguage, UILanguage.Refusal>
  ) {
    var rest: [String] = []
    var flag: String?
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--" {
        rest += arguments[index...]
        break
      }
      if argument == "--ui-language" {
        let next = arguments.index(after: index)
        flag = next < arguments.endIndex ? arguments[next] : ""
        index = min(arguments.endIndex, arguments.index(after: next))
        continue
      }
      if argument.hasPrefix("--ui-language=") {
        flag = String(argument.dropFirst("--ui-language=".count))
      } else {
        rest.append(argument)
      }
      index = arguments.index(after: index)
    }
    let language = Result { () throws(UILanguage.Refusal) in
      try UILanguage.resolve(flag: flag, environment: environment)
    }
    return (rest, language)
  }

  /// This process's split of its own arguments.
  static let process = split(
    Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

  /// This run's words. A refused setting has already ended the run in `main`; English stands in.
  static let localizer = Localizer((try? process.language.get()) ?? .english)
}
