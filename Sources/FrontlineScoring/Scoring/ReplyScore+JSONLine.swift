/// A score as one line of JSON, written directly: the same document `JSONEncoder` makes with sorted
/// keys and unescaped slashes, several times faster, for `frontline score --responses-file`, where
/// encoding took longer than scoring.
extension ReplyScore {
  /// The score as compact JSON with sorted keys.
  public var jsonLine: String { jsonLine(encoded: []) }

  /// The score as compact JSON, with the members of criteria that `encoded` holds beforehand (by
  /// criterion, in order) copied rather than written again where they still describe the result.
  func jsonLine(encoded: [EncodedCriterion]) -> String {
    var out = JSONLineWriter(capacity: 16_384)
    out.open()
    out.key("categories")
    out.open()
    for name in categories.keys.sorted() {
      out.authoredKey(name)
      if let value = categories[name] ?? nil { out.number(value) } else { out.null() }
    }
    out.close()
    out.key("categoryOrder")
    out.strings(categoryOrder)
    out.key("criteria")
    out.openArray()
    for (index, criterion) in criteria.enumerated() {
      let constants = index < encoded.count ? encoded[index] : nil
      criterion.write(to: &out, encoded: constants.flatMap { $0.describes(criterion) ? $0 : nil })
    }
    out.closeArray()
    out.key("criticalFailures")
    out.strings(criticalFailures)
    out.key("notes")
    out.strings(notes)
    out.key("passMark")
    out.number(passMark)
    out.key("passed")
    out.bool(passed)
    if let penalty {
      out.key("penalty")
      out.number(penalty)
    }
    if let route {
      out.key("route")
      out.string(route)
    }
    if let scenario {
      out.key("scenario")
      out.string(scenario)
    }
    out.key("score")
    out.number(score)
    if let step {
      out.key("step")
      out.string(step)
    }
    if let voided {
      out.key("voided")
      out.strings(voided)
    }
    if let weights {
      out.key("weights")
      out.open()
      for name in weights.keys.sorted() {
        out.authoredKey(name)
        out.number(weights[name]!)
      }
      out.close()
    }
    out.close()
    return out.text
  }
}

extension CompiledScorecard {
  /// A score of this scorecard as compact JSON with sorted keys: the same text as
  /// ``ReplyScore/jsonLine``, faster, as each criterion's own texts were encoded with the scorecard.
  public func jsonLine(_ score: ReplyScore) -> String {
    score.jsonLine(encoded: plan.encodedCriteria)
  }
}

extension CriterionResult {
  /// Writes the result as a JSON object, copying the members `encoded` holds instead of writing them.
  fileprivate func write(to out: inout JSONLineWriter, encoded: EncodedCriterion?) {
    out.open()
    out.key("applicable")
    out.bool(applicable)
    if let encoded {
      out.members(encoded.kind)
    } else {
      Self.writeKind(to: &out, category: category, critical: critical, description: description)
    }
    if let evidence {
      out.key("evidence")
      out.string(evidence)
    }
    if let encoded { out.members(encoded.id) } else { Self.writeID(to: &out, id: id) }
    out.key("met")
    out.bool(met)
    if let note {
      out.key("note")
      out.string(note)
    }
    out.key("points")
    out.number(points)
    if let encoded {
      out.members(encoded.worth)
    } else {
      Self.writeWorth(to: &out, possible: possible, rubric: rubric)
    }
    out.key("spans")
    out.openArray()
    for span in spans {
      out.open()
      out.key("end")
      out.number(Double(span.end))
      out.key("start")
      out.number(Double(span.start))
      out.key("text")
      out.string(span.text)
      out.close()
    }
    out.closeArray()
    if let tip {
      if let encoded, let encodedTip = encoded.tip {
        out.members(encodedTip)
      } else {
        Self.writeTip(to: &out, tip: tip)
      }
    }
    out.close()
  }

  /// The members between `applicable` and `evidence`: what the criterion is.
  static func writeKind(to out: inout JSONLineWriter, category: String, critical: Bool, description: String) {
    out.key("category")
    out.string(category)
    out.key("critical")
    out.bool(critical)
    out.key("description")
    out.string(description)
  }

  static func writeID(to out: inout JSONLineWriter, id: String) {
    out.key("id")
    out.string(id)
  }

  /// The members between `points` and `spans`: what the criterion is worth and where it comes from.
  static func writeWorth(to out: inout JSONLineWriter, possible: Double, rubric: String?) {
    out.key("possible")
    out.number(possible)
    if let rubric {
      out.key("rubric")
      out.string(rubric)
    }
  }

  static func writeTip(to out: inout JSONLineWriter, tip: String) {
    out.key("tip")
    out.string(tip)
  }
}
