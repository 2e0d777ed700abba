import Foundation
import FrontlineScoring
import FrontlineText

/// Reads JSON Lines of replies (`{"response": "...", "route": "billing"}`), reporting bad lines by
/// number and keeping the good ones.
struct ResponsesFile {
  /// One usable line.
  struct Entry {
    var line: Int
    var response: String
    var route: String?
    var object: [String: Any]
  }

  var entries: [Entry] = []
  /// `line: message` for every line that could not be used.
  var problems: [(line: Int, message: String)] = []
  /// The lines holding nothing but white space, which are passed over.
  var blankLines: [Int] = []

  /// Reads `path` (`-`: standard input); throws only when the file itself cannot be read.
  init(path: String, localizer: Localizer) throws {
    let contents =
      path == "-"
      ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
    guard let data = contents else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        throw CLIError.unreadable(
          path, localizer(isDirectory.boolValue ? CommandText.isADirectory : CommandText.cannotBeRead))
      }
      throw CLIError.unreadable(path, localizer(CommandText.noSuchFile))
    }
    // Split as an array: splitting `Data` itself checks its storage for every byte.
    let slices = [UInt8](data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (index, slice) in slices.enumerated() {
      let line = index + 1
      let bytes = Data(slice)
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        // What follows the last line break is no line.
        if index < slices.count - 1 || !bytes.isEmpty { blankLines.append(line) }
        continue
      }
      guard String(data: bytes, encoding: .utf8) != nil else {
        problems.append((line, localizer(CommandText.notUTF8)))
        continue
      }
      guard let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any] else {
        problems.append((line, localizer(CommandText.notAJSONObject)))
        continue
      }
      guard let response = object["response"] as? String else {
        problems.append((line, localizer(CommandText.missingResponse)))
        continue
      }
      if let problem = ReplyLimit.problem(response) {
        problems.append((line, localizer(CommandText.notScoredBecause, ["problem": problem])))
        continue
      }
      var route: String?
      switch object["route"] {
      case nil, is NSNull: route = nil
      case let text as String: route = text.isEmpty || text == "none" ? nil : text
      default:
        problems.append((line, localizer(CommandText.routeNotAString)))
        continue
      }
      entries.append(Entry(line: line, response: response, route: route, object: object))
    }
  }
}
