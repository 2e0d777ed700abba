import Foundation
import FrontlineLoading
import FrontlineModel
import FrontlineScoring

/// The bundled library's own patterns and the replies they are run on: every example of every rubric and
/// step, and every labelled adversarial reply (`Tests/Fixtures/adversarial/*.jsonl`).
struct PatternCorpus {
  let library: Library
  /// Every distinct `pattern` of the library's rubrics and steps, in order of first appearance.
  let patterns: [String]
  /// The labelled adversarial replies by scenario and step.
  let labelled: [(scenario: Scenario, step: Step, replies: [String])]
  /// Every reply: the examples, then the labelled replies.
  let replies: [String]

  init(folder: String) throws {
    library = LibraryLoader.load(paths: LibraryLocator.contentPaths(of: folder)).library
    var criteria = library.rubrics.flatMap(\.criteria)
    var examples = library.rubrics.flatMap { $0.examples.map(\.response) }
    for scenario in library.scenarios {
      for step in scenario.steps {
        criteria += step.criteria
        examples += step.examples.map(\.response)
      }
    }
    var seen: Set<String> = []
    patterns = criteria.compactMap { criterion in
      guard case .pattern(let pattern) = criterion.check, seen.insert(pattern).inserted else { return nil }
      return pattern
    }
    let adversarial = folder + "/Tests/Fixtures/adversarial"
    var labelled: [(scenario: Scenario, step: Step, replies: [String])] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: adversarial).sorted()
    where file.hasSuffix(".jsonl") {
      guard let scenario = library.scenario(String(file.dropLast(6))) else { continue }
      var steps: [String: [String]] = [:]
      for line in try String(contentsOfFile: adversarial + "/" + file, encoding: .utf8).split(separator: "\n")
      {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let reply = object["response"] as? String, let step = object["step"] as? String
        else { continue }
        steps[step, default: []].append(reply)
      }
      for (id, replies) in steps.sorted(by: { $0.key < $1.key }) {
        if let step = scenario.step(id) { labelled.append((scenario, step, replies)) }
      }
    }
    self.labelled = labelled
    replies = examples + labelled.flatMap(\.replies)
  }
}
