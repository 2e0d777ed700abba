import ArgumentParser
import Foundation
import FrontlineLoading
import FrontlineModel
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline new`: skeletons of authored files that validate as they are.
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.newAbstract),
      discussion: Interface.localizer(HelpText.newDiscussion),
      subcommands: [ScenarioFile.self, RubricFile.self])

    /// `frontline new scenario ID`.
    struct ScenarioFile: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "scenario", abstract: Interface.localizer(HelpText.newScenarioAbstract))

      @Argument(help: ArgumentHelp(Interface.localizer(HelpText.newScenarioID)))
      var id: String

      @Option(help: ArgumentHelp(Interface.localizer(HelpText.newScenarioKind)))
      var kind: ScenarioKind

      @Option(help: ArgumentHelp(Interface.localizer(HelpText.newScenarioLanguage)))
      var language = "en"

      @Option(help: ArgumentHelp(Interface.localizer(HelpText.newScenarioChannel)))
      var channel: Channel

      @OptionGroup var libraryOptions: LibraryOptions

      func run() throws {
        try New.checkID(id)
        let folder = try libraryOptions.folder()
        try New.write(
          [
            (
              "scenarios/\(id).json",
              Skeleton.scenario(id: id, kind: kind, language: language, channel: channel)
            ),
            ("rubrics/\(id).json", Skeleton.rubric(id: id, scenario: id, language: language)),
          ], in: folder)
      }
    }

    /// `frontline new rubric ID`.
    struct RubricFile: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "rubric",
        abstract: Interface.localizer(HelpText.newRubricAbstract))

      @Argument(help: ArgumentHelp(Interface.localizer(HelpText.newRubricID)))
      var id: String

      @Option(help: ArgumentHelp(Interface.localizer(HelpText.newRubricScenario)))
      var scenario: String

      @Option(help: ArgumentHelp(Interface.localizer(HelpText.newRubricLanguage)))
      var language = "en"

      @OptionGroup var libraryOptions: LibraryOptions

      func run() throws {
        try New.checkID(id)
        try New.write(
          [("rubrics/\(id).json", Skeleton.rubric(id: id, scenario: scenario, language: language))],
          in: try libraryOptions.folder())
      }
    }

    static func checkID(_ id: String) throws {
      guard Identifier.isValid(id) else {
        throw CLIError.usage(Interface.localizer(CommandText.invalidID, ["id": TerminalText.sanitize(id)]))
      }
    }

    /// Writes every file, or none when one of them exists already.
    static func write(_ files: [(path: String, text: String)], in folder: String) throws {
      let output = Output.standard()
      let localizer = Interface.localizer
      let manager = FileManager.default
      for file in files where manager.fileExists(atPath: folder + "/" + file.path) {
        throw CLIError.usage(localizer(CommandText.fileExists, ["path": folder + "/" + file.path]))
      }
      for file in files {
        let path = folder + "/" + file.path
        do {
          try manager.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
          try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
          throw CLIError.usage(
            localizer(CommandText.fileNotWritten, ["path": path, "error": error.localizedDescription]))
        }
        output.line(localizer(CommandText.wrote, ["path": path]))
      }
      output.line(
        localizer(
          CommandText.newNext, ["paths": files.map { folder + "/" + $0.path }.joined(separator: " ")]))
    }
  }
}
extension Channel: ExpressibleByArgument {}
