import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineSQLite
import FrontlineText

/// Seeds a large history and times evaluating one trainee's ladder.
struct LadderBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ladder", abstract: "Seed trainees × attempts and time one trainee's ladder evaluation.")

  @Option(help: "How many trainees.")
  var trainees = 1000

  @Option(help: "How many finished attempts each.")
  var attempts = 1000

  @Option(help: "How many evaluations to time.")
  var evaluations = 200

  @Option(help: "The library with rubrics/ladder.json.")
  var library = FileManager.default.currentDirectoryPath

  func run() throws {
    let ladderPath = (library as NSString).appendingPathComponent("rubrics/ladder.json")
    guard let ladder = BenchLibrary.ladder(at: ladderPath) else {
      throw ValidationError("cannot read \(ladderPath); run from the Frontline folder or pass --library")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("bench.sqlite").path
    let store = try SQLiteStore(path: path)
    var generator = SeededGenerator(seed: 7)
    let seedStart = DispatchTime.now().uptimeNanoseconds
    let kinds = ScenarioKind.allCases
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    for trainee in 0..<trainees {
      let batch = (0..<attempts).map { number -> SeededAttempt in
        let empathy = Double.random(in: 40...100, using: &generator).rounded()
        let accuracy = Double.random(in: 40...100, using: &generator).rounded()
        let routing = Bool.random(using: &generator) ? 100.0 : 0
        let score = ((empathy + accuracy + routing) / 3 * 10).rounded() / 10
        return SeededAttempt(
          trainee: "trainee-\(trainee)", scenario: "scenario-\(number % 16)", kind: kinds[number % 4],
          difficulty: 1 + number % 4, mode: number % 7 == 0 ? .exam : .practice,
          startedAt: start.addingTimeInterval(Double(number * 3600)), outcome: .resolved, score: score,
          passed: score >= 70, categories: ["empathy": empathy, "accuracy": accuracy, "routing": routing])
      }
      try store.seed(batch)
    }
    let seeded = Double(DispatchTime.now().uptimeNanoseconds - seedStart) / 1e9
    print(String(format: "Seeded %d trainees × %d attempts in %.1f s", trainees, attempts, seeded))
    var timings: [Double] = []
    for _ in 0..<evaluations {
      let name = "trainee-\(Int.random(in: 0..<trainees, using: &generator))"
      let begin = DispatchTime.now().uptimeNanoseconds
      let history = try store.attempts(trainee: name, limit: nil)
      let standing = LadderEvaluator.standing(
        trainee: name, ladder: ladder, attempts: history, promotions: try store.promotions(trainee: name),
        localizer: .english)
      timings.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
      precondition(!standing.level.isEmpty)
    }
    timings.sort()
    print(
      String(
        format: "Ladder evaluation of one trainee (%d attempts): median %.2f ms, p95 %.2f ms, max %.2f ms",
        attempts, timings[timings.count / 2], timings[timings.count * 95 / 100], timings.last!))
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
    print(
      String(
        format: "Database size: %.1f MB (+ %.1f MB write-ahead log)", Double(size) / 1e6, Double(wal) / 1e6))
  }
}
