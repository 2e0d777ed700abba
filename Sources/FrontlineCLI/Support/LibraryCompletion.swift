import ArgumentParser
import FrontlineLoading
import FrontlineModel

/// Shell completion (`--generate-completion-script`) from the library itself: scenario ids, their
/// steps and the departments, read from the library the command line names (`--library`), else the
/// one `frontline` would use.
enum LibraryCompletion {
  static let scenarios = CompletionKind.custom { words, _, prefix in
    matching(prefix, library(words)?.scenarios.map(\.id) ?? [])
  }

  static let departments = CompletionKind.custom { words, _, prefix in
    matching(prefix, library(words)?.departments.map(\.id) ?? [])
  }

  /// The steps of the scenario already on the command line (the first word that names one).
  static let steps = CompletionKind.custom { words, _, prefix in
    guard let library = library(words),
      let scenario = words.lazy.compactMap({ library.scenario($0) }).first
    else { return [] }
    return matching(prefix, scenario.steps.map(\.id))
  }

  private static func matching(_ prefix: String, _ candidates: [String]) -> [String] {
    candidates.filter { $0.hasPrefix(prefix) }.sorted()
  }

  /// The library named by `--library PATH` or `--library=PATH` in `words`, else the default one; `nil`
  /// when there is none (completion then offers nothing, and says nothing).
  private static func library(_ words: [String]) -> Library? {
    var explicit: String?
    for (index, word) in words.enumerated() {
      if word == "--library", index + 1 < words.count { explicit = words[index + 1] }
      if word.hasPrefix("--library=") { explicit = String(word.dropFirst("--library=".count)) }
    }
    guard let folder = try? LibraryLocator.locate(explicit: explicit) else { return nil }
    return LibraryLoader.load(paths: LibraryLocator.contentPaths(of: folder)).library
  }
}
