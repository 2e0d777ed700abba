import Foundation
import FrontlineTestSupport
import FrontlineText
import Testing

/// Every command's help in Japanese: Frontline's own words (abstracts, discussions, what each option
/// is) come from the catalog; what stays English is ArgumentParser's (`USAGE`, `OPTIONS`,
/// `Show help information.`, `(values: …)`), the usage line, option and value names, ids and the
/// example commands. The English help stays as it was, word for word.
@Suite struct JapaneseHelpTests {
  /// Every command with its abstract.
  static let commands: [(command: [String], abstract: String)] = [
    ([], HelpText.rootAbstract.key), (["practice"], HelpText.practiceAbstract.key),
    (["list"], HelpText.listAbstract.key), (["score"], HelpText.scoreAbstract.key),
    (["progress"], HelpText.progressAbstract.key), (["history"], HelpText.historyAbstract.key),
    (["ladder"], HelpText.ladderAbstract.key), (["review"], HelpText.reviewAbstract.key),
    (["dispute"], HelpText.disputeAbstract.key), (["promote"], HelpText.promoteAbstract.key),
    (["report"], ReportText.helpAbstract.key), (["export"], HelpText.exportAbstract.key),
    (["rubric"], HelpText.rubricAbstract.key), (["rubric", "test"], HelpText.rubricTestAbstract.key),
    (["rubric", "calibrate"], HelpText.calibrateAbstract.key), (["validate"], HelpText.validateAbstract.key),
    (["new"], HelpText.newAbstract.key), (["new", "scenario"], HelpText.newScenarioAbstract.key),
    (["new", "rubric"], HelpText.newRubricAbstract.key), (["schema"], HelpText.schemaAbstract.key),
    (["admin"], HelpText.adminAbstract.key), (["admin", "init"], HelpText.adminInitAbstract.key),
    (["admin", "add-trainee"], HelpText.addTraineeAbstract.key),
    (["admin", "add-lead"], HelpText.addLeadAbstract.key),
    (["admin", "migrate"], HelpText.migrateAbstract.key),
  ]

  /// Names and literals a Japanese text writes as they are: products, formats, keys, the
  /// placeholders of a command's syntax, language tags.
  static let names: Set<String> = [
    "SQLite", "PostgreSQL", "postgres", "psql", "PGPASSWORD", "JSON", "Lines", "Schema", "CSV", "Excel",
    "Windows", "xAPI", "IRI", "Basic", "BCP", "libedit", "Ctrl", "Tab", "ID", "NAME", "FILL", "IN", "UTC",
    "en", "ja",
  ]

  static func help(_ command: [String], language: String) async throws -> String {
    let outcome = try await FrontlineProcess.run(
      command + ["--help"], environment: ["COLUMNS": "80", "FRONTLINE_UI_LANGUAGE": language])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    return outcome.stdout
  }

  /// `text` with every run of white space as one space: ArgumentParser wraps at spaces.
  static func flat(_ text: some StringProtocol) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Frontline's help messages in English, cut at their placeholders, longest first.
  static let englishMessages: [String] = {
    let localizer = Localizer.english
    let values = ["home": "\u{0}", "password": "\u{0}"]
    let help = HelpText.allCases.map { localizer($0, values) }
    let report = ReportText.allCases.filter { $0.rawValue.hasPrefix("help") }.map { localizer($0) }
    return (help + report).flatMap { $0.split(separator: "\u{0}") }.map(flat).filter { !$0.isEmpty }
      .sorted { $0.count > $1.count }
  }()

  /// The words ArgumentParser writes in an English help: what is left of it without Frontline's
  /// messages (its headings and sentences, the usage line, option and value names, values, defaults).
  static func argumentParsersWords(inEnglish text: String) -> Set<String> {
    var rest = flat(text)
    for message in englishMessages { rest = rest.replacingOccurrences(of: message, with: " ") }
    return Set(rest.split { !($0.isASCII && $0.isLetter) }.map(String.init))
  }

  /// `text` without its examples and ids: the lines of commands to copy, JSON objects (which
  /// ArgumentParser may wrap), `quoted` commands, paths (`scenarios/`) and `key=value` pairs.
  static func withoutExamples(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("frontline ") }
      .joined(separator: "\n")
      .replacingOccurrences(of: #"\{[^{}]*(\{[^{}]*\}[^{}]*)*\}"#, with: " ", options: .regularExpression)
      .replacingOccurrences(of: #"`[^`\n]*`"#, with: " ", options: .regularExpression)
      .replacingOccurrences(of: #"\S*[/=]\S*"#, with: " ", options: .regularExpression)
  }

  @Test(arguments: commands.map(\.command))
  func theHelpIsInJapanese(command: [String]) async throws {
    let japanese = try await Self.help(command, language: "ja")
    let english = try await Self.help(command, language: "en")
    let key = try #require(Self.commands.first { $0.command == command }).abstract
    let abstract = try #require(Catalog.bundled(.japanese).messages[key]?.forms.first)
    #expect(Self.flat(japanese).contains("OVERVIEW: " + Self.flat(abstract)), "\(japanese)")
    let allowed = Self.argumentParsersWords(inEnglish: english).union(Self.names)
    let left = EnglishLeft.words(in: Self.withoutExamples(japanese), allowing: allowed)
    #expect(left.isEmpty, "\(left) in:\n\(japanese)")
  }

  @Test(arguments: commands.map(\.command).filter { !$0.isEmpty })
  func theEnglishHelpIsUnchanged(command: [String]) async throws {
    let english = try await Self.help(command, language: "en")
    let fixture = FrontlineProcess.fixtures + "/help/" + command.joined(separator: "_") + ".txt"
    #expect(english == (try String(contentsOfFile: fixture, encoding: .utf8)))
  }

  /// ArgumentParser counts characters and wraps at spaces; a Japanese character takes two columns,
  /// so the catalog breaks its lines itself: none is wider than the terminal.
  @Test(arguments: commands.map(\.command))
  func noJapaneseLineOverflows(command: [String]) async throws {
    let japanese = try await Self.help(command, language: "ja")
    for line in japanese.split(separator: "\n") where !line.hasPrefix("USAGE: ") {
      let width = line.unicodeScalars.reduce(0) { $0 + (Self.isWide($1) ? 2 : 1) }
      #expect(width <= 80, "\(width) columns: \(line)")
    }
  }

  /// Whether `scalar` takes two columns: CJK, kana, full-width forms and punctuation.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
      true
    default: false
    }
  }
}
