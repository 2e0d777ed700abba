import Foundation
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

/// Values JSONSerialization produces for numbers.
typealias NSNumberLike = NSNumber

/// What `frontline rubric calibrate` prints.
struct CalibrationReport {
  let calibration: Calibration
  let scorecard: Scorecard
  let localizer: Localizer

  /// The JSON form.
  struct Document: Encodable {
    var replies: Int
    var labelledVerdicts: Int
    var agreement: Double?
    var kappa: Double?
    var meanAbsoluteDifference: [String: Double]
    var disagreements: [Entry]
  }

  /// One disagreement in the JSON form.
  struct Entry: Encodable {
    var line: Int
    var response: String
    var labelPassed: Bool?
    var enginePassed: Bool
    var labelCategories: [String: Double]
    var engineCategories: [String: Double?]
    var engineScore: Double
    var decidedBy: String
  }

  func write(_ format: DataFormat, to output: Output) throws {
    switch format {
    case .json:
      output.line(
        try JSONOutput.encode(
          Document(
            replies: calibration.count, labelledVerdicts: calibration.labelledVerdicts,
            agreement: calibration.agreement.map(round), kappa: calibration.kappa.map(round),
            meanAbsoluteDifference: calibration.meanAbsoluteDifference.mapValues(round),
            disagreements: calibration.disagreements.map {
              Entry(
                line: $0.label.line, response: $0.label.response, labelPassed: $0.label.passed,
                enginePassed: $0.score.passed, labelCategories: $0.label.categories,
                engineCategories: $0.score.categories,
                engineScore: $0.score.score, decidedBy: $0.score.decidedBy)
            })))
    case .text:
      writeText(to: output)
    }
  }

  private func writeText(to output: Output) {
    let style = output.style
    output.line(style.bold(localizer(CommandText.labelledReplies, count: calibration.count)))
    if let agreement = calibration.agreement {
      let text = localizer(
        CommandText.verdictAgreement,
        [
          "percent": String(format: "%.0f", agreement * 100),
          "agreeing": String(calibration.verdictAgreements), "labelled": String(calibration.labelledVerdicts),
        ])
      output.line(agreement >= 0.9 ? style.green(text) : style.yellow(text))
    }
    if let kappa = calibration.kappa {
      output.line(
        localizer(
          CommandText.kappa,
          ["kappa": String(format: "%.2f", kappa), "words": Self.kappaWords(kappa, localizer)]))
    }
    for category in scorecard.categories.map(\.name) {
      guard let difference = calibration.meanAbsoluteDifference[category] else { continue }
      output.line(
        localizer(
          CommandText.meanAbsoluteDifference,
          ["category": localizer.category(category), "points": String(format: "%.1f", difference)]))
    }
    guard !calibration.disagreements.isEmpty else { return }
    output.line()
    output.line(style.bold(localizer(CommandText.worstDisagreements)))
    let verdict = { (passed: Bool) in localizer(passed ? CommandText.passed : CommandText.failed) }
    for item in calibration.disagreements {
      let flat = item.label.response.split(whereSeparator: \.isNewline).joined(separator: " ")
      let reply = flat.count > 90 ? String(flat.prefix(87)) + "..." : flat
      output.line(
        "  " + localizer(CommandText.labelledLine, ["line": String(item.label.line), "reply": reply]))
      output.line(
        "    "
          + localizer(
            CommandText.personAndEngine,
            [
              "person": item.label.passed.map(verdict) ?? "-", "categories": describe(item.label.categories),
              "engine": verdict(item.score.passed), "score": localizer.number(item.score.score),
              "decidedBy": item.score.decidedBy,
            ]))
    }
  }

  private func describe(_ categories: [String: Double]) -> String {
    localizer.list(
      categories.sorted { $0.key < $1.key }.map { "\(localizer.category($0.key)) \(Int($0.value))" })
  }

  private func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  /// Landis and Koch's words for a kappa.
  static func kappaWords(_ kappa: Double, _ localizer: Localizer) -> String {
    switch kappa {
    case ..<0: localizer(CommandText.kappaWorseThanChance)
    case ..<0.21: localizer(CommandText.kappaSlight)
    case ..<0.41: localizer(CommandText.kappaFair)
    case ..<0.61: localizer(CommandText.kappaModerate)
    case ..<0.81: localizer(CommandText.kappaSubstantial)
    default: localizer(CommandText.kappaAlmostPerfect)
    }
  }
}
