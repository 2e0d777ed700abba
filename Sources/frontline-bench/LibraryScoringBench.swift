import ArgumentParser
import Foundation
import FrontlineLoading
import FrontlineModel
import FrontlineScoring

/// Scores the bundled library's own labelled replies (English and Japanese, with the house rules and
/// MeCab) for interactive latency, and times `frontline score --responses-file` end to end.
struct LibraryScoringBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "library",
    abstract:
      "Score the bundled library's labelled replies; time `frontline score --responses-file` end to end.")

  @Option(help: "The library folder (scenarios/ and rubrics/).")
  var library = FileManager.default.currentDirectoryPath

  @Option(help: "How many replies the end-to-end file has.")
  var replies = 100_000

  func run() throws {
    let loaded = LibraryLoader.load(paths: LibraryLocator.contentPaths(of: library)).library
    let folder = library + "/Tests/Fixtures/adversarial"
    var byScenario: [(scenario: Scenario, step: Step, replies: [String])] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    where file.hasSuffix(".jsonl") {
      guard let scenario = loaded.scenario(String(file.dropLast(6))) else { continue }
      let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      var steps: [String: [String]] = [:]
      for line in text.split(separator: "\n") {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let reply = object["response"] as? String, let step = object["step"] as? String
        else { continue }
        steps[step, default: []].append(reply)
      }
      for (id, replies) in steps.sorted(by: { $0.key < $1.key }) {
        if let step = scenario.step(id) { byScenario.append((scenario, step, replies)) }
      }
    }
    var latencies: [Double] = []
    for group in byScenario {
      let card = try CompiledScorecard(Scorecard.forStep(group.step, in: group.scenario, library: loaded))
      for reply in group.replies {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = card.score(reply)
        latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      }
    }
    latencies.sort()
    func percentile(_ p: Double) -> Double {
      latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
    }
    print(
      String(
        format: "Interactive feedback, %d labelled replies: median %.3f ms, p99 %.3f ms, max %.3f ms",
        latencies.count, percentile(0.5), percentile(0.99), latencies.last ?? 0))
    for id in ["late-delivery-refund", "defective-kettle-ja"] {
      guard
        let group = byScenario.first(where: { $0.scenario.id == id && $0.step.id == $0.scenario.steps[0].id })
      else { continue }
      try endToEnd(group.scenario.id, replies: group.replies)
    }
  }

  /// Writes `replies` lines cycling through `samples` and times `frontline score` over them.
  private func endToEnd(_ scenario: String, replies samples: [String]) throws {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("frontline")
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      print("frontline is not built next to frontline-bench; build it with -c release first")
      return
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-bench-\(getpid()).jsonl")
    defer { try? FileManager.default.removeItem(at: file) }
    var lines: [String] = []
    lines.reserveCapacity(replies)
    for index in 0..<replies {
      let data = try JSONSerialization.data(withJSONObject: ["response": samples[index % samples.count]])
      lines.append(String(decoding: data, as: UTF8.self))
    }
    try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = executable
    process.arguments = [
      "score", scenario, "--responses-file", file.path, "--format", "json", "--library", library,
    ]
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    process.waitUntilExit()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(
      String(
        format: "frontline score --responses-file (%@, %d replies, JSON out): %.2f s, %.0f replies/s",
        scenario, replies, seconds, Double(replies) / seconds))
  }
}
