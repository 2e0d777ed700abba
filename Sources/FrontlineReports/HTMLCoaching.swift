import Foundation
import FrontlineText

/// One trainee's coaching view (``TraineeReport``) as a section of a page: the team page holds one per
/// trainee, which the team table links to, and `report --trainee NAME --format html` a page of its own.
struct HTMLCoaching {
  let report: TraineeReport
  let format: HTMLFormatting
  /// Each scenario's language, so that quoted replies and tips are marked with theirs.
  let languages: [String: String]

  /// The namespace of the anchors' name-based UUIDs (any fixed one will do).
  private static let anchorNamespace = UUID(uuidString: "6F0B8C1E-4C1A-4E7B-9A43-2B7A1D5E9C30")!

  /// The fragment id of a trainee's section: readable for ASCII names, and distinct for every name
  /// (the hash of the whole name follows).
  static func anchor(_ trainee: String) -> String {
    var slug = ""
    for scalar in trainee.lowercased().unicodeScalars {
      if scalar.isASCII && CharacterSet.alphanumerics.contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    let suffix = NameBasedUUID.make(namespace: anchorNamespace, name: trainee).uuidString.prefix(8)
      .lowercased()
    return "trainee-" + (slug.isEmpty ? "" : String(slug.prefix(40)) + (slug.hasSuffix("-") ? "" : "-"))
      + suffix
  }

  private var localizer: Localizer { format.localizer }

  var section: HTMLMarkup {
    let id = Self.anchor(report.trainee)
    let passRate =
      report.passRate.map { localizer(ReportText.passRateSuffix, ["rate": HTMLFormatting.percent($0)]) } ?? ""
    return """
      <section class="card coaching" id="\(id)" aria-labelledby="\(id)-title">
      <h2 id="\(id)-title">\(localizer(ReportText.coachingTitle, ["trainee": report.trainee]))</h2>
      <p class="note">\(localizer(ReportText.finishedAttemptsSentence, count: report.attempts, ["passRate": passRate]))</p>
      \(trends)
      \(weakest)
      <div class="pair">
      \(endedEarly)
      \(assistance)
      </div>
      \(mostMissed)
      </section>
      """
  }

  // MARK: - Parts

  private var trends: HTMLMarkup {
    guard !report.trends.isEmpty else { return .empty }
    let rows: [HTMLMarkup] = report.trends.map { trend in
      """
      <tr><th scope="row">\(localizer.category(trend.category))</th>\
      <td data-label="\(localizer(ReportText.latest))">\(span(trend.recent))</td>\
      <td data-label="\(localizer(ReportText.before))">\(span(trend.earlier))</td>\
      <td data-label="\(localizer(ReportText.change))" class="num">\(change(trend.change))</td></tr>
      """
    }
    return """
      <h3>\(localizer(ReportText.categories))</h3>
      <p class="note">\(localizer(ReportText.categoriesNote))</p>
      <table class="coaching-trends stack">
      <thead><tr><th scope="col">\(localizer(ReportText.category))</th>\
      <th scope="col">\(localizer(ReportText.latest))</th><th scope="col">\(localizer(ReportText.before))</th>\
      <th scope="col" class="num">\(localizer(ReportText.change))</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      </table>
      """
  }

  private func span(_ span: TraineeReport.Span?) -> HTMLMarkup {
    guard let span else { return "<span class=\"muted\">—</span>" }
    let count = localizer(ReportText.attemptCount, count: span.attempts)
    let days: HTMLMarkup =
      format.day(span.from) == format.day(span.to)
      ? "<time datetime=\"\(HTMLFormatting.iso(span.from))\">\(format.day(span.from))</time>"
      : """
      <time datetime="\(HTMLFormatting.iso(span.from))">\(format.day(span.from))</time> – \
      <time datetime="\(HTMLFormatting.iso(span.to))">\(format.day(span.to))</time>
      """
    let detail = format.markup(ReportText.spanDetail, ["attempts": "\(count)", "days": days])
    return "<strong>\(HTMLFormatting.average(span.average))</strong> <span class=\"muted\">\(detail)</span>"
  }

  private func change(_ value: Double?) -> HTMLMarkup {
    guard let value, value.isFinite else { return "<span class=\"muted\">—</span>" }
    let text = HTMLFormatting.change(value)
    if text == "0.0" { return "<span class=\"trend flat\">→ 0.0</span>" }
    return value > 0
      ? "<span class=\"trend up\">▲ \(text)</span>" : "<span class=\"trend down\">▼ \(text)</span>"
  }

  private var weakest: HTMLMarkup {
    let heading = localizer(ReportText.weakestReplies)
    guard !report.weakestReplies.isEmpty else {
      return "<h3>\(heading)</h3><p class=\"empty small\">\(localizer(ReportText.noReplyMissed))</p>"
    }
    let items: [HTMLMarkup] = report.weakestReplies.map { weak in
      let lang = HTMLLanguage.attribute(languages[weak.scenario], page: localizer)
      let own = HTMLLanguage.page(localizer, after: languages[weak.scenario])
      let verdict: HTMLMarkup =
        weak.passed
        ? "<span class=\"pass\">\(localizer(CommonText.pass)) \(HTMLFormatting.average(weak.score))</span>"
        : "<span class=\"fail\">\(localizer(CommonText.fail)) \(HTMLFormatting.average(weak.score))</span>"
      let customer: HTMLMarkup =
        weak.customer.map {
          """
          <blockquote class="said customer"\(lang)><span class="who"\(own)>\(localizer(ReportText.customer))</span> \
          \($0)</blockquote>
          """
        } ?? .empty
      let misses: [HTMLMarkup] = weak.missed.map { miss in
        let critical: HTMLMarkup =
          miss.critical
          ? " <span class=\"badge critical\"\(own)>\(localizer(ReportText.critical))</span>" : .empty
        let note: HTMLMarkup = miss.note.map { " <span class=\"muted\">— \($0)</span>" } ?? .empty
        let tip: HTMLMarkup =
          miss.tip.map {
            "<br><span class=\"tip\">\(format.markup(ReportText.tip, ["tip": "\($0)"]))</span>"
          } ?? .empty
        return "<li\(lang)>\(miss.description)\(critical)\(note)\(tip)</li>"
      }
      return """
        <li class="weak">
        <p class="weak-head"><span class="attempt">#\(String(weak.attempt))</span> \
        <time datetime="\(HTMLFormatting.iso(weak.at))">\(format.day(weak.at))</time> \
        <code>\(weak.scenario)</code> · \(weak.step) · \(verdict)</p>
        \(customer)
        <blockquote class="said reply"\(lang)><span class="who"\(own)>\(localizer(ReportText.reply))</span> \
        \(weak.reply)</blockquote>
        <ul class="misses">\(misses.joined(separator: ""))</ul>
        </li>
        """
    }
    return """
      <h3>\(heading)</h3>
      <ol class="weakest">
      \(items.joined(separator: "\n"))
      </ol>
      """
  }

  private var endedEarly: HTMLMarkup {
    let items: [HTMLMarkup] = report.endedEarly.map { note in
      """
      <li><span class="attempt">#\(String(note.attempt))</span> \
      <time datetime="\(HTMLFormatting.iso(note.startedAt))">\(format.day(note.startedAt))</time> \
      \(format.markup(ReportText.afterReplies, count: note.turns, ["scenario": "<code>\(note.scenario)</code>"]))</li>
      """
    }
    let body: HTMLMarkup =
      items.isEmpty
      ? "<p class=\"empty small\">\(localizer(ReportText.noneSentence))</p>"
      : "<ul class=\"plain\">\(items.joined(separator: ""))</ul>"
    return "<div><h3>\(localizer(ReportText.endedEarly))</h3>\(body)</div>"
  }

  private var assistance: HTMLMarkup {
    let items: [HTMLMarkup] = report.assistance.map { help in
      var parts: [HTMLMarkup] = []
      if help.hints > 0 { parts.append("\(localizer(ReportText.hintCount, count: help.hints))") }
      if !help.lookups.isEmpty {
        let topics: [HTMLMarkup] = help.lookups.map { "<code>\($0)</code>" }
        parts.append(
          format.markup(
            ReportText.lookedUp,
            ["topics": topics.joined(separator: "\(localizer(ReportText.listSeparator))")]))
      }
      return """
        <li><span class="attempt">#\(String(help.attempt))</span> \
        <time datetime="\(HTMLFormatting.iso(help.startedAt))">\(format.day(help.startedAt))</time> \
        <code>\(help.scenario)</code>: \(parts.joined(separator: "\(localizer(ReportText.partsSeparator))"))</li>
        """
    }
    let body: HTMLMarkup =
      items.isEmpty
      ? "<p class=\"empty small\">\(localizer(ReportText.noneSentence))</p>"
      : "<ul class=\"plain\">\(items.joined(separator: ""))</ul>"
    return "<div><h3>\(localizer(ReportText.hintsAndLookups))</h3>\(body)</div>"
  }

  private var mostMissed: HTMLMarkup {
    guard !report.mostMissed.isEmpty else { return .empty }
    let items: [HTMLMarkup] = report.mostMissed.map { missed in
      let lang = HTMLLanguage.attribute(missed.language, page: localizer)
      let tip: HTMLMarkup =
        missed.tip.map {
          "<br><span class=\"tip\"\(lang)>\(format.markup(ReportText.tip, ["tip": "\($0)"]))</span>"
        } ?? .empty
      let scenarios: HTMLMarkup =
        missed.scenarios.isEmpty
        ? .empty
        : """
         <span class="muted">\(localizer(ReportText.inScenarios, ["scenarios": missed.scenarioList(localizer)]))</span>
        """
      return """
        <li><strong>\(localizer(ReportText.timesMissed, count: missed.misses))</strong> \
        <span\(lang)>\(missed.description)</span> \
        <code>\(missed.reference)</code>\(scenarios)\(tip)</li>
        """
    }
    return """
      <h3>\(localizer(ReportText.missedMostOften))</h3><ul class="plain missed-list">\(items.joined(separator: ""))</ul>
      """
  }
}

/// The `lang` attribute of text quoted from a scenario, so browsers choose fonts and line breaking
/// for it: on an English page, any language but English; on a page in another language, every known
/// language (English text on a Japanese page says so).
enum HTMLLanguage {
  static func attribute(_ language: String?, page localizer: Localizer) -> HTMLMarkup {
    guard let language, !language.isEmpty else { return .empty }
    let english = language == "en" || language.hasPrefix("en-")
    if english && localizer.language == .english { return .empty }
    return " lang=\"\(language)\""
  }

  /// The page's own language again, for interface words inside quoted text that has its own, on a
  /// page not in English (the English page's markup is as it was before pages had other languages).
  static func page(_ localizer: Localizer, after language: String?) -> HTMLMarkup {
    guard localizer.language != .english, attribute(language, page: localizer) != .empty else {
      return .empty
    }
    return " lang=\"\(localizer.language.rawValue)\""
  }
}
