import Foundation
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal

/// Values JSONSerialization produces for numbers.
typealias NSNumberLike = NSNumber

/// What `frontline rubric calibrate` prints.
struct CalibrationReport {
  let calibration: Calibration
  let scorecard: Scorecard

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
    output.line(style.bold("\(calibration.count) labelled replies"))
    if let agreement = calibration.agreement {
      let percent = String(format: "%.0f%%", agreement * 100)
      let text =
        "Pass/fail agreement: \(percent) (\(calibration.verdictAgreements) of \(calibration.labelledVerdicts))"
      output.line(agreement >= 0.9 ? style.green(text) : style.yellow(text))
    }
    if let kappa = calibration.kappa {
      output.line("Cohen's kappa: \(String(format: "%.2f", kappa)) (\(Self.kappaWords(kappa)))")
    }
    for category in scorecard.categories.map(\.name) {
      guard let difference = calibration.meanAbsoluteDifference[category] else { continue }
      output.line("Mean absolute difference, \(category): \(String(format: "%.1f", difference)) points")
    }
    guard !calibration.disagreements.isEmpty else { return }
    output.line()
    output.line(style.bold("Where the engine and the person disagree most:"))
    for item in calibration.disagreements {
      let flat = item.label.response.split(whereSeparator: \.isNewline).joined(separator: " ")
      let reply = flat.count > 90 ? String(flat.prefix(87)) + "..." : flat
      output.line("  line \(item.label.line): “\(reply)”")
      let person = item.label.passed.map { $0 ? "pass" : "fail" } ?? "-"
      output.line(
        "    person: \(person) \(describe(item.label.categories))   engine: \(item.score.passed ? "pass" : "fail") "
          + "\(ReportNumber.format(item.score.score)) (\(item.score.decidedBy))")
    }
  }

  private func describe(_ categories: [String: Double]) -> String {
    categories.sorted { $0.key < $1.key }.map { "\($0.key) \(Int($0.value))" }.joined(separator: ", ")
  }

  private func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  /// Landis and Koch's words for a kappa.
  static func kappaWords(_ kappa: Double) -> String {
    switch kappa {
    case ..<0: "worse than chance"
    case ..<0.21: "slight agreement"
    case ..<0.41: "fair agreement"
    case ..<0.61: "moderate agreement"
    case ..<0.81: "substantial agreement"
    default: "almost perfect agreement"
    }
  }
}
