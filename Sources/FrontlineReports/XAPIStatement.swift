import Foundation

/// One xAPI 1.0.3 statement as Frontline writes it: only what it decides (no `stored`, `authority` or
/// `version`, which the learning record store adds), so that the same history always gives the same
/// bytes and a store accepts a statement sent again.
public struct XAPIStatement: Encodable, Sendable, Equatable {
  /// A name-based UUID (see ``XAPIExport/statementID(attempt:revision:)``).
  public var id: String
  var actor: Agent
  var verb: Verb
  var object: Object
  var result: Result?
  var context: Context?
  var timestamp: String

  struct Agent: Encodable, Sendable, Equatable {
    var objectType = "Agent"
    var name: String
    var account: Account
  }

  struct Account: Encodable, Sendable, Equatable {
    var homePage: String
    var name: String
  }

  struct Verb: Encodable, Sendable, Equatable {
    var id: String
    var display: [String: String]
  }

  /// An activity (with its definition) or a reference to another statement.
  struct Object: Encodable, Sendable, Equatable {
    var objectType: String
    var id: String
    var definition: Definition?
  }

  struct Definition: Encodable, Sendable, Equatable {
    var name: [String: String]
    var type: String
  }

  struct Result: Encodable, Sendable, Equatable {
    var score: Score
    var success: Bool
    var completion: Bool
    var duration: String
    var extensions: [String: Extension]
  }

  struct Score: Encodable, Sendable, Equatable {
    var scaled: Double
    var raw: Double
    var min: Double
    var max: Double
  }

  struct Context: Encodable, Sendable, Equatable {
    var language: String
    var platform: String
    var contextActivities: ContextActivities
    var extensions: [String: Extension]
  }

  struct ContextActivities: Encodable, Sendable, Equatable {
    var category: [Object]
  }

  /// An extension's value.
  enum Extension: Encodable, Sendable, Equatable {
    case text(String)
    case integer(Int)
    case scores([String: Double])

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .text(let text): try container.encode(text)
      case .integer(let number): try container.encode(number)
      case .scores(let scores): try container.encode(scores)
      }
    }
  }
}

extension XAPIStatement {
  /// Statements as JSON with sorted keys: an indented array to read, or compact to send.
  public static func json(_ statements: [XAPIStatement], pretty: Bool) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
    return try encoder.encode(statements)
  }
}
