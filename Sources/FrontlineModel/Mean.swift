/// The mean of scores as Frontline keeps and shows them: rounded to one decimal.
public enum Mean {
  /// The mean of `values` rounded to one decimal (`66.7` for 50, 75, 75), `nil` when there are none.
  ///
  /// Attempt scores, category averages, ladder requirements and reports all use this one rule, so a
  /// figure reads the same wherever it appears.
  public static func rounded<Values: Collection>(_ values: Values) -> Double? where Values.Element == Double {
    guard !values.isEmpty else { return nil }
    return ((values.reduce(0, +) / Double(values.count)) * 10).rounded() / 10
  }
}
