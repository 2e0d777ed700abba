#if PostgreSQL
  import ArgumentParser
  import Foundation
  import FrontlineHistory
  import FrontlineModel
  import FrontlinePostgres
  import FrontlineTestSupport

  /// Many trainees writing to one PostgreSQL server at once, optionally with the server restarted
  /// mid-run: prints the throughput and checks that nothing was lost.
  struct TeamLoadBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "team-load",
      abstract: "Simulate trainees writing attempts to one PostgreSQL server at once; count what arrived.")

    @Option(help: ArgumentHelp("The server, as its owner (a new database is made there).", valueName: "url"))
    var database: String

    @Option(help: "How many trainees write at once, each on its own connection.")
    var trainees = 50

    @Option(help: "How many attempts each trainee finishes.")
    var attempts = 100

    @Option(help: "How many turns each attempt has.")
    var turns = 5

    @Option(help: "A shell command that restarts the server, run once half the attempts are written.")
    var restart: String?

    func run() throws {
      let location = try TestPostgres.newDatabase(on: database, prefix: "frontline_bench")
      defer { TestPostgres.drop(location, on: database) }
      print("On \(location): \(trainees) trainees × \(attempts) attempts × \(turns) turns, at once")
      let progress = Locked(0)
      let retries = Locked(0)
      let failures = Locked<[String]>([])
      let scenario = SyntheticHistory.scenario()
      let total = trainees * attempts
      let restarter = restart.map { command in
        Thread {
          while progress.current < total / 2 { Thread.sleep(forTimeInterval: 0.01) }
          let begin = DispatchTime.now().uptimeNanoseconds
          let status = Shell.run(command)
          let seconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
          print(
            String(
              format: "  restarted the server after %d attempts (%.1f s, exit %d)", progress.current, seconds,
              status))
        }
      }
      restarter?.start()
      let begin = DispatchTime.now().uptimeNanoseconds
      DispatchQueue.concurrentPerform(iterations: trainees) { number in
        do {
          let store = try PostgresStore(location: location, retryWindow: 60) { _ in retries.update { $0 += 1 }
          }
          for index in 0..<attempts {
            try SyntheticHistory.writeAttempt(
              to: store, trainee: "trainee-\(number)", scenario: scenario, turns: turns, seed: index,
              startedAt: Date(timeIntervalSince1970: 1_790_000_000 + Double(index * 600 + number)))
            progress.update { $0 += 1 }
          }
        } catch {
          failures.update { $0.append("trainee-\(number): \(error)") }
        }
      }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
      let check = try PostgresStore(location: location)
      var attemptsFound = 0
      var turnsFound = 0
      var short: [String] = []
      for number in 0..<trainees {
        let history = try check.attempts(trainee: "trainee-\(number)", limit: nil)
        attemptsFound += history.count
        turnsFound += history.reduce(0) { $0 + $1.turnCount }
        if history.count != attempts
          || history.contains(where: { $0.status != .finished || $0.turnCount != turns })
        {
          short.append("trainee-\(number)")
        }
      }
      print(
        String(
          format: "Wrote %d attempts and %d turns in %.1f s: %.0f turns/s, %.0f attempts/s", attemptsFound,
          turnsFound,
          seconds, Double(turnsFound) / seconds, Double(attemptsFound) / seconds))
      print("Connections lost and retried: \(retries.current)")
      print(
        "Lost: \(total - attemptsFound) attempts, \(total * turns - turnsFound) turns; incomplete trainees: \(short.count)"
      )
      for failure in failures.current.prefix(5) { print("  failed: \(failure)") }
      if !failures.current.isEmpty || !short.isEmpty || attemptsFound != total { throw ExitCode(1) }
    }
  }

  /// Runs a shell command and waits for it, through swift-subprocess.
  enum Shell {
    static func run(_ command: String) -> Int32 {
      let status = Locked<Int32>(-1)
      let done = DispatchSemaphore(value: 0)
      Task {
        let outcome = try? await ChildProcess.run("/bin/sh", ["-c", command], seconds: 120)
        status.update { $0 = outcome?.status ?? -1 }
        done.signal()
      }
      done.wait()
      return status.current
    }
  }
#endif
