import Foundation
import FrontlineModel

/// A fingerprint of what an attempt was scored against: the scenario's file and its rubrics' files,
/// so that a later edit of them shows in the history.
public enum ContentHash {
  /// The FNV-1a 64-bit hash, in hex, of the scenario file followed by its rubric files in id order.
  public static func of(_ scenario: Scenario, in result: LibraryLoader.Result) -> String {
    let rubricIDs = Set(scenario.steps.flatMap { scenario.rubricIDs(for: $0) }).sorted()
    let paths = [result.scenarioPaths[scenario.id]] + rubricIDs.map { result.rubricPaths[$0] }
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for path in paths.compactMap({ $0 }) {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      for byte in data {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
    }
    return String(hash, radix: 16)
  }
}
