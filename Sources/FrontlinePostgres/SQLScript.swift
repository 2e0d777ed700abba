import Foundation

/// Splits a script of several SQL statements into single statements, since the extended query
/// protocol runs one at a time: at semicolons outside quotes, `$$` bodies and `--` comments.
enum SQLScript {
  static func statements(_ script: String) -> [String] {
    var statements: [String] = []
    var current = ""
    var inQuote = false
    var inDollar = false
    var inComment = false
    var previous: Character = " "
    for character in script {
      if inComment {
        if character == "\n" { inComment = false }
      } else if inQuote {
        if character == "'" { inQuote = false }
      } else if inDollar {
        if character == "$" && previous == "$" { inDollar = false }
      } else if character == "-" && previous == "-" {
        inComment = true
        current.removeLast()
        previous = " "
        continue
      } else if character == "'" {
        inQuote = true
      } else if character == "$" && previous == "$" {
        inDollar = true
      } else if character == ";" {
        let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !statement.isEmpty { statements.append(statement) }
        current = ""
        previous = " "
        continue
      }
      if !inComment { current.append(character) }
      // A closing `$$` must not also open the next one.
      previous = (character == "$" && previous == "$") ? " " : character
    }
    let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
    if !last.isEmpty { statements.append(last) }
    return statements
  }
}
