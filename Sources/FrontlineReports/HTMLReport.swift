import Foundation
import FrontlineText

/// The team report as one self-contained HTML page for team leaders: the team at a glance, a heat map
/// of trainees by category, score trends, the criteria missed most, the review overrides of the period,
/// and what waits for a team leader. It reads on a phone as on a wide screen (see `HTMLReportStyle`).
///
/// The page works offline and loads nothing: its style is inline, its charts are inline SVG, and it
/// has no script (its Content-Security-Policy forbids any). Every text that comes from files or
/// trainees is escaped, so it can only ever show as text.
public enum HTMLReport {
  /// The HTML5 document for `report` in `localizer`'s language, with dates shown in `timeZone` (by
  /// default UTC, the time zone of `frontline report --since/--until` and of the text report).
  ///
  /// `coaching` adds a section per trainee (``TraineeReport``), which the team table links to;
  /// `languages` (each scenario's language) marks quoted replies and tips with theirs.
  public static func render(
    _ report: TeamReport, coaching: [TraineeReport] = [], languages: [String: String] = [:],
    timeZone: TimeZone = .gmt, localizer: Localizer
  ) -> String {
    HTMLReportPage(
      report: report, format: HTMLFormatting(timeZone: timeZone, localizer: localizer), coaching: coaching,
      languages: languages
    ).document.markup
  }

  /// One trainee's coaching view as a page of its own (`report --trainee NAME --format html`).
  public static func render(
    _ report: TraineeReport, languages: [String: String] = [:], generatedAt: Date = Date(),
    timeZone: TimeZone = .gmt, localizer: Localizer
  ) -> String {
    let format = HTMLFormatting(timeZone: timeZone, localizer: localizer)
    let generated = "\(format.minute(generatedAt)) \(format.zone(at: generatedAt))"
    let body: HTMLMarkup = """
      <header class="masthead">
      <div>
      <p class="eyebrow">\(localizer(ReportText.eyebrow))</p>
      <h1>\(localizer(ReportText.coachingView))</h1>
      </div>
      <p class="generated">\(localizer(ReportText.generated))<br><time datetime="\(HTMLFormatting.iso(generatedAt))">\(generated)</time></p>
      </header>
      \(HTMLCoaching(report: report, format: format, languages: languages).section)
      <footer class="footer">\(localizer(ReportText.coachingFooter, ["generated": generated]))</footer>
      """
    return HTMLDocument.page(
      title: localizer(ReportText.coachingTitle, ["trainee": report.trainee]), language: localizer.language,
      body: body
    ).markup
  }
}

/// The page's parts, each a section of the document.
struct HTMLReportPage {
  let report: TeamReport
  let format: HTMLFormatting
  var coaching: [TraineeReport] = []
  var languages: [String: String] = [:]

  var period: String { format.period(since: report.since, until: report.until) }
  var localizer: Localizer { format.localizer }

  var document: HTMLMarkup {
    let body: HTMLMarkup = """
      \(header)
      \(navigation)
      \(summary)
      \(teamTable)
      \(heatMap)
      \(trends)
      \(mostMissed)
      \(overrides)
      <div class="pair">
      \(pendingPromotions)
      \(openDisputes)
      </div>
      \(coachingSections)
      <footer class="footer">\(localizer(ReportText.teamFooter, ["generated": generated]))</footer>
      """
    return HTMLDocument.page(
      title: localizer(ReportText.teamTitle, ["period": period]), language: localizer.language, body: body)
  }

  /// A coaching section per trainee, in the team table's order.
  var coachingSections: HTMLMarkup {
    guard !coaching.isEmpty else { return .empty }
    let sections: [HTMLMarkup] = coaching.map {
      HTMLCoaching(report: $0, format: format, languages: languages).section
    }
    return """
      <div id="coaching" class="coaching-all">
      \(sections.joined(separator: "\n"))
      </div>
      """
  }

  private var generated: String {
    "\(format.minute(report.generatedAt)) \(format.zone(at: report.generatedAt))"
  }

  // MARK: - Header and summary

  var header: HTMLMarkup {
    """
    <header class="masthead">
    <div>
    <p class="eyebrow">\(localizer(ReportText.eyebrow))</p>
    <h1>\(localizer(ReportText.teamReport))</h1>
    <p class="period">\(format.markup(ReportText.periodLabel, ["period": "<strong>\(period)</strong>"]))</p>
    </div>
    <p class="generated">\(localizer(ReportText.generated))<br><time datetime="\(HTMLFormatting.iso(report.generatedAt))">\
    \(generated)</time></p>
    </header>
    """
  }

  var navigation: HTMLMarkup {
    let coachingLink: HTMLMarkup =
      coaching.isEmpty ? .empty : "<a href=\"#coaching\">\(localizer(ReportText.coaching))</a>"
    return """
      <nav class="toc" aria-label="\(localizer(ReportText.sections))">\
      <a href="#team">\(localizer(ReportText.team))</a>\
      <a href="#heat-map">\(localizer(ReportText.heatMap))</a>\
      <a href="#trends">\(localizer(ReportText.scoreTrends))</a>\
      <a href="#missed">\(localizer(ReportText.mostMissedCriteria))</a>\
      <a href="#overrides">\(localizer(ReportText.reviewOverrides))</a>\
      <a href="#promotions">\(localizer(ReportText.pendingPromotions))</a>\
      <a href="#disputes">\(localizer(ReportText.openDisputes))</a>\(coachingLink)</nav>
      """
  }

  var summary: HTMLMarkup {
    let attempts = report.rows.reduce(0) { $0 + $1.attempts }
    let rated = report.rows.filter { $0.passRate != nil && $0.attempts > 0 }
    let ratedAttempts = rated.reduce(0) { $0 + $1.attempts }
    let passed = rated.reduce(0.0) { $0 + ($1.passRate ?? 0) * Double($1.attempts) }
    let passRate = ratedAttempts > 0 ? HTMLFormatting.percent(passed / Double(ratedAttempts)) : "—"
    let waiting = report.pendingPromotions.count
    let disputes = report.openDisputes.count
    return """
      <section class="tiles" aria-label="\(localizer(ReportText.summary))">
      \(tile(localizer(ReportText.trainees), String(report.rows.count)))
      \(tile(localizer(ReportText.attempts), String(attempts)))
      \(tile(localizer(ReportText.passRate), passRate, note: localizer(ReportText.ofAllAttempts)))
      \(tile(localizer(ReportText.pendingPromotions), String(waiting), alert: waiting > 0))
      \(tile(localizer(ReportText.openDisputes), String(disputes), alert: disputes > 0))
      </section>
      """
  }

  /// A figure with its label, highlighted (`alert`) when something waits for a team leader.
  private func tile(_ label: String, _ value: String, note: String = "", alert: Bool = false) -> HTMLMarkup {
    let note: HTMLMarkup = note.isEmpty ? .empty : "<span class=\"tile-note\">\(note)</span>"
    return """
      <div class="tile\(alert ? " alert" : "")"><span class="tile-label">\(label)</span>\
      <span class="tile-value">\(value)</span>\(note)</div>
      """
  }

  // MARK: - Most-missed criteria

  var mostMissed: HTMLMarkup {
    let title = localizer(ReportText.mostMissedCriteria)
    guard !report.mostMissed.isEmpty else {
      return section(
        "missed", title, .empty, body: "<p class=\"empty\">\(localizer(ReportText.noCriteriaMissed))</p>")
    }
    let most = max(report.mostMissed.map(\.misses).max() ?? 1, 1)
    let rows: [HTMLMarkup] = report.mostMissed.enumerated().map { index, missed in
      let width = HTMLFormatting.points(Double(max(missed.misses, 0)) / Double(most) * 100)
      let tip: HTMLMarkup =
        missed.tip.map { "<span\(HTMLLanguage.attribute(missed.language, page: localizer))>\($0)</span>" }
        ?? "<span class=\"muted\">—</span>"
      // Misses recorded before scenarios were have none to name.
      let scenarios: HTMLMarkup =
        missed.scenarios.isEmpty
        ? .empty
        : """
        <br><span class="muted"\(HTMLLanguage.page(localizer, after: missed.language))>\
        \(localizer(ReportText.inScenarios, ["scenarios": missed.scenarioList(localizer)]))</span>
        """
      return """
        <tr><td data-label="\(localizer(ReportText.rank))" class="num rank">\(index + 1)</td>\
        <td data-label="\(localizer(ReportText.criterion))" class="criterion"\
        \(HTMLLanguage.attribute(missed.language, page: localizer))>\(missed.description)<br>\
        <code>\(missed.reference)</code>\(scenarios)</td>\
        <td data-label="\(localizer(ReportText.misses))" class="num misses">\(missed.misses)\
        <span class="meter miss" aria-hidden="true"><span style="width: \(width)%"></span></span></td>\
        <td data-label="\(localizer(ReportText.coachingTip))" class="tip">\(tip)</td></tr>
        """
    }
    let table: HTMLMarkup = """
      <table class="stack missed">
      <thead><tr><th scope="col" class="num">#</th><th scope="col">\(localizer(ReportText.criterion))</th>\
      <th scope="col" class="num">\(localizer(ReportText.misses))</th>\
      <th scope="col">\(localizer(ReportText.coachingTip))</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      </table>
      """
    return section("missed", title, format.markup(ReportText.mostMissedNote), body: table)
  }

  // MARK: - What waits for a team leader

  var pendingPromotions: HTMLMarkup {
    let title = localizer(ReportText.pendingPromotions)
    guard !report.pendingPromotions.isEmpty else {
      return section(
        "promotions", title, .empty,
        body: "<p class=\"empty\">\(localizer(ReportText.noPromotionWaiting))</p>")
    }
    let rows: [HTMLMarkup] = report.pendingPromotions.map { promotion in
      """
      <tr><th scope="row">\(promotion.trainee)</th>\
      <td data-label="\(localizer(ReportText.promotion))" class="step"><span class="level-id">\(promotion.level)</span> → \
      <span class="badge pending">\(promotion.nextLevel)</span></td>\
      <td data-label="\(localizer(ReportText.toApprove))">\
      \(Self.command("frontline", "promote", Self.shellQuoted(promotion.trainee), "--reviewer", localizer(ReportText.reviewerName)))\
      </td></tr>
      """
    }
    let table: HTMLMarkup = """
      <table class="stack queue">
      <thead><tr><th scope="col">\(localizer(ReportText.trainee))</th>\
      <th scope="col">\(localizer(ReportText.promotion))</th>\
      <th scope="col">\(localizer(ReportText.toApprove))</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      </table>
      """
    return section("promotions", title, format.markup(ReportText.promotionsNote), body: table)
  }

  var openDisputes: HTMLMarkup {
    let title = localizer(ReportText.openDisputes)
    guard !report.openDisputes.isEmpty else {
      return section(
        "disputes", title, .empty, body: "<p class=\"empty\">\(localizer(ReportText.noDisputeOpen))</p>")
    }
    let items: [HTMLMarkup] = report.openDisputes.map { dispute in
      """
      <li class="dispute"><div class="dispute-head">\
      <span class="attempt">\(localizer(ReportText.attemptNumber, ["attempt": String(dispute.attempt)]))</span>\
      <span class="who">\(dispute.trainee)</span><time datetime="\(HTMLFormatting.iso(dispute.recordedAt))">\
      \(format.minute(dispute.recordedAt))</time></div>\
      <blockquote class="reason">\(dispute.reason)</blockquote>\
      <p class="settle">\(format.markup(ReportText.toSettle, ["command": Self.command("frontline", "review", String(dispute.attempt))])) \
      <span class="muted">\(format.markup(ReportText.toSettleFlags, [
        "accept": "<span class=\"flag\">--accept</span>", "reject": "<span class=\"flag\">--reject</span>",
        "reviewer": "<span class=\"flag\">--reviewer</span>", "reason": "<span class=\"flag\">--reason</span>",
      ]))</span></p></li>
      """
    }
    return section(
      "disputes", title, format.markup(ReportText.disputesNote), body: "<ol class=\"disputes\">\(items)</ol>")
  }

  // MARK: - Pieces

  /// A titled section of the page.
  func section(_ id: String, _ title: String, _ note: HTMLMarkup, body: HTMLMarkup) -> HTMLMarkup {
    let note: HTMLMarkup = note == .empty ? .empty : "<p class=\"note\">\(note)</p>"
    return """
      <section class="card" id="\(id)" aria-labelledby="\(id)-title">
      <h2 id="\(id)-title">\(title)</h2>
      \(note)
      \(body)
      </section>
      """
  }

  /// A command line to copy, broken between words only (a name with spaces is one word).
  static func command(_ words: String...) -> HTMLMarkup {
    let words: [HTMLMarkup] = words.map {
      $0.contains(" ") ? "<span>\($0)</span>" : "<span class=\"word\">\($0)</span>"
    }
    return "<code class=\"command\">\(words.joined(separator: " "))</code>"
  }

  /// A word for a POSIX shell: as it is when plain, else single-quoted.
  static func shellQuoted(_ word: String) -> String {
    let plain =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (CharacterSet.alphanumerics.contains(scalar) || "-_.@".unicodeScalars.contains(scalar))
      }
    return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
