import Foundation

/// The messages of one language, read from its catalog (`Catalogs/en.json`, `Catalogs/ja.json`).
///
/// A catalog is a JSON object of areas, each an object of messages. A message is text with
/// `{name}` placeholders (`{{` and `}}` for literal braces), or, for a message about a count, an
/// object of plural forms: `"one"` for exactly one and `"other"` for every other count. A language
/// without plurals, like Japanese, writes the text alone.
public struct Catalog: Sendable {
  /// One message: its text, or its plural forms.
  public enum Message: Sendable, Equatable {
    case text(String)
    case plural(one: String?, other: String)

    /// Every form, for checks.
    public var forms: [String] {
      switch self {
      case .text(let text): [text]
      case .plural(let one, let other): [one, other].compactMap(\.self)
      }
    }

    /// The form for `count`.
    func form(count: Int?) -> String {
      switch self {
      case .text(let text): text
      case .plural(let one, let other): count == 1 ? one ?? other : other
      }
    }
  }

  /// Why a catalog could not be read.
  public struct Damage: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  public let language: UILanguage
  /// Messages by `area.name`.
  public let messages: [String: Message]

  public init(language: UILanguage, messages: [String: Message]) {
    self.language = language
    self.messages = messages
  }

  /// Reads a catalog from its JSON bytes.
  public init(language: UILanguage, json: [UInt8]) throws(Damage) {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(json))
    } catch {
      throw Damage(description: "the \(language.rawValue) catalog is not JSON: \(error.localizedDescription)")
    }
    guard let areas = object as? [String: Any] else {
      throw Damage(description: "the \(language.rawValue) catalog is not an object of areas")
    }
    var messages: [String: Message] = [:]
    for (area, value) in areas {
      guard let entries = value as? [String: Any] else {
        throw Damage(description: "area '\(area)' of the \(language.rawValue) catalog is not an object")
      }
      for (name, entry) in entries {
        let key = "\(area).\(name)"
        if let text = entry as? String {
          messages[key] = .text(text)
        } else if let forms = entry as? [String: String], let other = forms["other"],
          Set(forms.keys).isSubset(of: ["one", "other"])
        {
          messages[key] = .plural(one: forms["one"], other: other)
        } else {
          throw Damage(
            description:
              "'\(key)' in the \(language.rawValue) catalog is neither text nor plural forms (\"one\", \"other\")"
          )
        }
      }
    }
    self.init(language: language, messages: messages)
  }

  /// The catalog built into Frontline for `language`.
  public static func bundled(_ language: UILanguage) -> Catalog {
    switch language {
    case .english: english
    case .japanese: japanese
    }
  }

  // The bundled catalogs are checked by the catalog tests; one that fails to read is a build defect.
  private static let english = try! Catalog(language: .english, json: PackageResources.en_json)
  private static let japanese = try! Catalog(language: .japanese, json: PackageResources.ja_json)
}
