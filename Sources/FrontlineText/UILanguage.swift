/// The language of Frontline's own words: prompts, feedback, reports, errors. Independent of a
/// scenario's content language: an English scenario in a Japanese frame works, and the reverse.
public enum UILanguage: String, CaseIterable, Sendable {
  case english = "en"
  case japanese = "ja"

  /// Why a language setting was refused.
  public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the value came from: `--ui-language` or `FRONTLINE_UI_LANGUAGE`.
    public var source: String
    public var value: String
    public var description: String {
      "\(source) takes en or ja, not '\(value)'"
    }
  }

  /// The language chosen by, in order: the `--ui-language` value, `FRONTLINE_UI_LANGUAGE`, then the
  /// locale of messages (`LC_ALL`, else `LC_MESSAGES`, else `LANG`; the first one set and not empty,
  /// as POSIX orders them). A locale that is neither Japanese nor English gives English; an explicit
  /// setting that names neither is refused.
  public static func resolve(flag: String?, environment: [String: String]) throws(Refusal) -> UILanguage {
    if let flag {
      guard let language = named(flag) else { throw Refusal(source: "--ui-language", value: flag) }
      return language
    }
    if let setting = environment["FRONTLINE_UI_LANGUAGE"], !setting.isEmpty {
      guard let language = named(setting) else {
        throw Refusal(source: "FRONTLINE_UI_LANGUAGE", value: setting)
      }
      return language
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    return locale.flatMap(fromLocale) ?? .english
  }

  /// `en` or `ja`, in any case, also written as a locale (`ja_JP.UTF-8`, `en-GB`).
  public static func named(_ text: String) -> UILanguage? {
    fromLocale(text)
  }

  /// The language of a POSIX locale name: `ja_JP.UTF-8` is Japanese, `C` and `POSIX` are English.
  static func fromLocale(_ locale: String) -> UILanguage? {
    let language = locale.prefix { $0.isLetter }.lowercased()
    switch language {
    case "ja": return .japanese
    case "en", "c", "posix": return .english
    default: return nil
    }
  }
}
