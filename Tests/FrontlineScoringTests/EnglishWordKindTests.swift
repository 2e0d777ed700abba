import Foundation
import Testing

@testable import FrontlineScoring

/// The table of English word kinds says of every word what the grammar and the negation lists say.
@Suite struct EnglishWordKindTests {
  @Test func theTableAgreesWithTheLists() throws {
    var keys = EnglishGrammar.listedWords.union(Negation.Role.listedWords)
    keys.formUnion(["", "nt", "xnt", "cannt", "sorry", "refund", "i'm", "dana", "won't", "shan't", "nott"])
    let folder = LibraryQualityTests.repository + "/Tests/Fixtures/adversarial"
    for file in try FileManager.default.contentsOfDirectory(atPath: folder) where !file.contains("-ja") {
      let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      for word in EnglishWords(Array(text.lowercased().unicodeScalars)).words { keys.insert(word.key) }
    }
    #expect(keys.count > 2000)
    for key in keys { #expect(EnglishWordKind.of(key) == EnglishWordKind(asking: key), "\(key)") }
  }
}
