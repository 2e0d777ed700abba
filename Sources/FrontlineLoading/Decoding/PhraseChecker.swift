import Foundation
import FrontlineModel

/// Checks phrase lists and template text: wildcards only at the end, template syntax, known variables.
struct PhraseChecker {
  let context: DecodeContext
  /// The variables text may use; `nil` when they depend on the scenarios that use a rubric.
  let variables: Set<String>?
  /// The rubric whose phrases these are, for deferred variable checks.
  let rubricID: String?

  /// The built-in template variables every scenario defines.
  static let builtInVariables: Set<String> = [
    "customer.name", "customer.givenName", "customer.familyName", "agent.name",
  ]

  /// Checks a phrase list; returns the phrases, or `nil` when any is wrong.
  func list(_ items: [Located<String>], _ reader: ObjectReader, _ key: String) -> [String]? {
    var valid = true
    for item in items {
      let phrase = item.value
      let characters = Array(phrase)
      let misplaced = characters.indices.contains {
        characters[$0] == "*"
          && ($0 == 0 || characters[$0 - 1].isWhitespace
            || ($0 + 1 < characters.count && characters[$0 + 1] != " "))
      }
      if misplaced {
        context.error(
          "'*' goes at the end of a word, to match its endings (apologi*, count* toward*); found '\(Excerpt.of(phrase))'",
          at: item.offset, path: item.path)
        valid = false
      }
      if !text(phrase, at: item.offset, path: item.path) { valid = false }
    }
    return valid ? items.map(\.value) : nil
  }

  /// Checks template text; returns whether it is valid.
  @discardableResult
  func text(_ text: String, at offset: Int, path: JSONPath) -> Bool {
    guard text.contains("{") || text.contains("}") else { return true }
    let pieces: [Template.Piece]
    do {
      pieces = try Template.parse(text)
    } catch {
      context.error(error.message, at: offset, path: path)
      return false
    }
    var valid = true
    // Each name once: a text that repeats `{x}` 100,000 times has one problem, not 100,000.
    var checked: Set<String> = []
    for case .variable(let name) in pieces
    where !PhraseChecker.builtInVariables.contains(name) && checked.insert(name).inserted {
      if let variables {
        if !variables.contains(name) {
          var message = "unknown template variable '{\(Excerpt.of(name))}'"
          let known = Array(variables.union(PhraseChecker.builtInVariables)).sorted()
          if let guess = Suggestion.closest(to: name, in: known) {
            message += "; did you mean '{\(Excerpt.of(guess))}'?"
          } else {
            message += "; define it in the scenario's 'variables'"
          }
          context.error(message, at: offset, path: path)
          valid = false
        }
      } else if let rubricID {
        context.refer(.variable(name, rubric: rubricID), at: offset, path: path)
      }
    }
    return valid
  }
}
