import Foundation

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

  var section: HTMLMarkup {
    let id = Self.anchor(report.trainee)
    let passRate = report.passRate.map { ", pass rate \(HTMLFormatting.percent($0))" } ?? ""
    return """
      <section class="card coaching" id="\(id)" aria-labelledby="\(id)-title">
      <h2 id="\(id)-title">Coaching · \(report.trainee)</h2>
      <p class="note">\(report.attempts) finished attempt\(report.attempts == 1 ? "" : "s")\(passRate).</p>
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
      <tr><th scope="row">\(trend.category)</th>\
      <td data-label="Latest">\(span(trend.recent))</td>\
      <td data-label="Before">\(span(trend.earlier))</td>\
      <td data-label="Change" class="num">\(change(trend.change))</td></tr>
      """
    }
    return """
      <h3>Categories</h3>
      <p class="note">The latest half of the finished attempts against the earlier half.</p>
      <table class="coaching-trends stack">
      <thead><tr><th scope="col">Category</th><th scope="col">Latest</th><th scope="col">Before</th>\
      <th scope="col" class="num">Change</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      </table>
      """
  }

  private func span(_ span: TraineeReport.Span?) -> HTMLMarkup {
    guard let span else { return "<span class=\"muted\">—</span>" }
    let count = "\(span.attempts) attempt\(span.attempts == 1 ? "" : "s")"
    let days: HTMLMarkup =
      format.day(span.from) == format.day(span.to)
      ? "<time datetime=\"\(HTMLFormatting.iso(span.from))\">\(format.day(span.from))</time>"
      : """
      <time datetime="\(HTMLFormatting.iso(span.from))">\(format.day(span.from))</time> – \
      <time datetime="\(HTMLFormatting.iso(span.to))">\(format.day(span.to))</time>
      """
    return
      "<strong>\(HTMLFormatting.average(span.average))</strong> <span class=\"muted\">\(count), \(days)</span>"
  }

  private func change(_ value: Double?) -> HTMLMarkup {
    guard let value, value.isFinite else { return "<span class=\"muted\">—</span>" }
    let text = HTMLFormatting.change(value)
    if text == "0.0" { return "<span class=\"trend flat\">→ 0.0</span>" }
    return value > 0
      ? "<span class=\"trend up\">▲ \(text)</span>" : "<span class=\"trend down\">▼ \(text)</span>"
  }

  private var weakest: HTMLMarkup {
    guard !report.weakestReplies.isEmpty else {
      return "<h3>Weakest replies</h3><p class=\"empty small\">No reply missed anything.</p>"
    }
    let items: [HTMLMarkup] = report.weakestReplies.map { weak in
      let lang = HTMLLanguage.attribute(languages[weak.scenario])
      let verdict: HTMLMarkup =
        weak.passed
        ? "<span class=\"pass\">PASS \(HTMLFormatting.average(weak.score))</span>"
        : "<span class=\"fail\">FAIL \(HTMLFormatting.average(weak.score))</span>"
      let customer: HTMLMarkup =
        weak.customer.map {
          "<blockquote class=\"said customer\"\(lang)><span class=\"who\">Customer</span> \($0)</blockquote>"
        } ?? .empty
      let misses: [HTMLMarkup] = weak.missed.map { miss in
        let critical: HTMLMarkup = miss.critical ? " <span class=\"badge critical\">critical</span>" : .empty
        let note: HTMLMarkup = miss.note.map { " <span class=\"muted\">— \($0)</span>" } ?? .empty
        let tip: HTMLMarkup = miss.tip.map { "<br><span class=\"tip\">Tip: \($0)</span>" } ?? .empty
        return "<li\(lang)>\(miss.description)\(critical)\(note)\(tip)</li>"
      }
      return """
        <li class="weak">
        <p class="weak-head"><span class="attempt">#\(String(weak.attempt))</span> \
        <time datetime="\(HTMLFormatting.iso(weak.at))">\(format.day(weak.at))</time> \
        <code>\(weak.scenario)</code> · \(weak.step) · \(verdict)</p>
        \(customer)
        <blockquote class="said reply"\(lang)><span class="who">Reply</span> \(weak.reply)</blockquote>
        <ul class="misses">\(misses.joined(separator: ""))</ul>
        </li>
        """
    }
    return """
      <h3>Weakest replies</h3>
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
      <code>\(note.scenario)</code>, after \(note.turns) repl\(note.turns == 1 ? "y" : "ies")</li>
      """
    }
    let body: HTMLMarkup =
      items.isEmpty
      ? "<p class=\"empty small\">None.</p>" : "<ul class=\"plain\">\(items.joined(separator: ""))</ul>"
    return "<div><h3>Ended early</h3>\(body)</div>"
  }

  private var assistance: HTMLMarkup {
    let items: [HTMLMarkup] = report.assistance.map { help in
      var parts: [HTMLMarkup] = []
      if help.hints > 0 { parts.append("\(help.hints) hint\(help.hints == 1 ? "" : "s")") }
      if !help.lookups.isEmpty {
        let topics: [HTMLMarkup] = help.lookups.map { "<code>\($0)</code>" }
        parts.append("looked up \(topics.joined(separator: ", "))")
      }
      return """
        <li><span class="attempt">#\(String(help.attempt))</span> \
        <time datetime="\(HTMLFormatting.iso(help.startedAt))">\(format.day(help.startedAt))</time> \
        <code>\(help.scenario)</code>: \(parts.joined(separator: "; "))</li>
        """
    }
    let body: HTMLMarkup =
      items.isEmpty
      ? "<p class=\"empty small\">None.</p>" : "<ul class=\"plain\">\(items.joined(separator: ""))</ul>"
    return "<div><h3>Hints and knowledge-base lookups</h3>\(body)</div>"
  }

  private var mostMissed: HTMLMarkup {
    guard !report.mostMissed.isEmpty else { return .empty }
    let items: [HTMLMarkup] = report.mostMissed.map { missed in
      let lang = HTMLLanguage.attribute(missed.language)
      let tip: HTMLMarkup = missed.tip.map { "<br><span class=\"tip\"\(lang)>Tip: \($0)</span>" } ?? .empty
      return """
        <li><strong>\(missed.misses)×</strong> <span\(lang)>\(missed.description)</span> \
        <code>\(missed.reference)</code> <span class="muted">in \(missed.scenarioList)</span>\(tip)</li>
        """
    }
    return "<h3>Missed most often</h3><ul class=\"plain missed-list\">\(items.joined(separator: ""))</ul>"
  }
}

/// The `lang` attribute for text in a language other than the page's English, so browsers choose
/// fonts and line breaking for it.
enum HTMLLanguage {
  static func attribute(_ language: String?) -> HTMLMarkup {
    guard let language, !language.isEmpty, language != "en", !language.hasPrefix("en-") else { return .empty }
    return " lang=\"\(language)\""
  }
}
