import FrontlineModel

extension TraineeName {
  /// `raw` as a name, or a usage error that says where the name came from (`--trainee`,
  /// `FRONTLINE_TRAINEE`, `--reviewer`…) and what is wrong with it.
  static func given(_ raw: String, by source: String) throws(CLIError) -> TraineeName {
    do {
      return try TraineeName(raw)
    } catch {
      throw CLIError.usage("\(source): \(Interface.localizer.nameProblem(error))")
    }
  }

  /// `raw` as a name when given, `nil` when not.
  static func ifGiven(_ raw: String?, by source: String) throws(CLIError) -> TraineeName? {
    guard let raw else { return nil }
    return try given(raw, by: source)
  }
}
