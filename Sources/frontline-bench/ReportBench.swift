import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineReports
import FrontlineSQLite
import FrontlineText

#if PostgreSQL
  import FrontlinePostgres
  import FrontlineTestSupport
#endif

/// Seeds a team's history and times the team report in every format.
struct ReportBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Seed trainees × attempts (with missed criteria per turn) and time the team report.")

  @Option(help: "How many trainees.")
  var trainees = 1000

  @Option(help: "How many finished attempts each.")
  var attempts = 500

  @Option(help: "How many turns each attempt has.")
  var turns = 5

  @Option(help: "The library with rubrics/ladder.json.")
  var library = FileManager.default.currentDirectoryPath

  @Option(
    help: ArgumentHelp(
      "A PostgreSQL server, as its owner (postgres://USER@HOST:PORT/DB): seeds a new database there, "
        + "dropped afterwards. Default: a temporary SQLite file.", valueName: "url"))
  var database: String?

  @Flag(help: "Keep the PostgreSQL database afterwards (to look into the plans), and print its address.")
  var keep = false

  @Option(help: "Time the report on a database kept by an earlier --keep run, without seeding.")
  var seeded: String?

  func run() throws {
    let ladderPath = (library as NSString).appendingPathComponent("rubrics/ladder.json")
    let ladder = BenchLibrary.ladder(at: ladderPath)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    if let database {
      #if PostgreSQL
        try onPostgres(database, ladder: ladder)
      #else
        throw ValidationError(
          "--database needs the PostgreSQL trait: swift run -c release --traits PostgreSQL …")
      #endif
    } else {
      let store = try SQLiteStore(path: folder.appendingPathComponent("bench.sqlite").path)
      print("On SQLite")
      try measure(store: store, ladder: ladder)
    }
  }

  #if PostgreSQL
    private func onPostgres(_ database: String, ladder: Ladder?) throws {
      if let seeded {
        let location = try PostgresLocation(database).database(seeded)
        print("On PostgreSQL: \(location), seeded before")
        try measure(store: try PostgresStore(location: location), ladder: ladder, seed: false)
      } else {
        let location = try TestPostgres.newDatabase(on: database, prefix: "frontline_bench")
        defer { if keep { print("Kept: \(location)") } else { TestPostgres.drop(location, on: database) } }
        print("On PostgreSQL: \(location)")
        try measure(store: try PostgresStore(location: location), ladder: ladder)
      }
    }
  #endif

  func measure(store: any HistorySeeding, ladder: Ladder?, seed: Bool = true) throws {
    var generator = SeededGenerator(seed: 11)
    let criteria = (0..<24).map {
      ("criterion-\($0)", "Criterion number \($0) of the rubric", "Coaching tip \($0).")
    }
    let begin = DispatchTime.now().uptimeNanoseconds
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    for trainee in 0..<trainees where seed {
      let batch = (0..<attempts).map { number -> SeededAttempt in
        let empathy = Double.random(in: 40...100, using: &generator).rounded()
        let accuracy = Double.random(in: 40...100, using: &generator).rounded()
        let routing = Bool.random(using: &generator) ? 100.0 : 50
        let score = ((empathy + accuracy + routing) / 3 * 10).rounded() / 10
        var misses: [SeededMiss] = []
        for turn in 0..<turns {
          for _ in 0..<Int.random(in: 0...2, using: &generator) {
            let item = criteria[Int.random(in: 0..<criteria.count, using: &generator)]
            misses.append(SeededMiss(turn: turn, criterion: item.0, description: item.1, tip: item.2))
          }
        }
        return SeededAttempt(
          trainee: "trainee-\(trainee)", scenario: "scenario-\(number % 16)",
          kind: ScenarioKind.allCases[number % 4],
          difficulty: 1 + number % 4, mode: number % 9 == 0 ? .exam : .practice,
          startedAt: start.addingTimeInterval(Double(number * 7200 + trainee)), outcome: .resolved,
          score: score,
          passed: score >= 70, categories: ["empathy": empathy, "accuracy": accuracy, "routing": routing],
          misses: misses)
      }
      try store.seed(batch)
    }
    print(
      String(
        format: "Seeded %d trainees × %d attempts × %d turns in %.1f s", trainees, attempts, turns,
        Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9))
    let categories = ["empathy", "accuracy", "routing"]
    let builder = TeamReportBuilder(
      store: store, ladder: ladder, categories: categories, passMark: Rubric.defaultPassMark,
      localizer: .english)
    let since = start.addingTimeInterval(Double(attempts / 2 * 7200))
    func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
      let begin = DispatchTime.now().uptimeNanoseconds
      let value = try body()
      print(String(format: "  %@: %.2f s", label, Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9))
      return value
    }
    print("Where the time goes:")
    _ = try timed("reading the attempts, one trainee at a time") {
      var count = 0
      try store.forEachTrainee(categories: categories) { count += $1.count }
      return count
    }
    _ = try timed("last activity") { try store.lastActivity().count }
    _ = try timed("counting missed criteria") {
      try store.missedCriteria(since: since, until: nil, limit: 10).count
    }
    for format in ["text", "csv", "json", "html"] {
      let formatStart = DispatchTime.now().uptimeNanoseconds
      let report = try builder.build(since: since, until: nil, level: nil).sorted(by: .empathy, levels: [])
      let bytes: Int
      switch format {
      case "text": bytes = report.textLines(localizer: .english).joined(separator: "\n").utf8.count
      case "csv": bytes = report.csv().utf8.count
      case "json":
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        bytes = try encoder.encode(report).count
      default: bytes = HTMLReport.render(report, localizer: .english).utf8.count
      }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - formatStart) / 1e9
      print(String(format: "Team report (%@): %.2f s, %d KB", format, seconds, bytes / 1024))
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print(String(format: "Peak memory: %.0f MB", Double(usage.ru_maxrss) / 1024))
  }
}
