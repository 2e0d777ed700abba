/// A score as one line of JSON, written directly: the same document `JSONEncoder` makes with sorted
/// keys and unescaped slashes, several times faster, for `frontline score --responses-file`, where
/// encoding took longer than scoring.
extension ReplyScore {
  /// The score as compact JSON with sorted keys.
  public var jsonLine: String {
    var out = JSONLineWriter()
    out.open()
    out.key("categories")
    out.open()
    for name in categories.keys.sorted() {
      out.authoredKey(name)
      if let value = categories[name] ?? nil { out.number(value) } else { out.raw("null") }
    }
    out.close()
    out.key("categoryOrder")
    out.strings(categoryOrder)
    out.key("criteria")
    out.raw("[")
    for (index, criterion) in criteria.enumerated() {
      if index > 0 { out.raw(",") }
      criterion.write(to: &out)
    }
    out.raw("]")
    out.key("criticalFailures")
    out.strings(criticalFailures)
    out.key("notes")
    out.strings(notes)
    out.key("passMark")
    out.number(passMark)
    out.key("passed")
    out.raw(passed ? "true" : "false")
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

extension CriterionResult {
  fileprivate func write(to out: inout JSONLineWriter) {
    out.open()
    out.key("applicable")
    out.raw(applicable ? "true" : "false")
    out.key("category")
    out.string(category)
    out.key("critical")
    out.raw(critical ? "true" : "false")
    out.key("description")
    out.string(description)
    if let evidence {
      out.key("evidence")
      out.string(evidence)
    }
    out.key("id")
    out.string(id)
    out.key("met")
    out.raw(met ? "true" : "false")
    if let note {
      out.key("note")
      out.string(note)
    }
    out.key("points")
    out.number(points)
    out.key("possible")
    out.number(possible)
    if let rubric {
      out.key("rubric")
      out.string(rubric)
    }
    out.key("spans")
    out.raw("[")
    for (index, span) in spans.enumerated() {
      if index > 0 { out.raw(",") }
      out.open()
      out.key("end")
      out.number(Double(span.end))
      out.key("start")
      out.number(Double(span.start))
      out.key("text")
      out.string(span.text)
      out.close()
    }
    out.raw("]")
    if let tip {
      out.key("tip")
      out.string(tip)
    }
    out.close()
  }
}

/// Builds compact JSON text: objects whose keys the caller gives in sorted order.
struct JSONLineWriter {
  private(set) var text: String
  private var first = [true]

  init() {
    text = ""
    text.reserveCapacity(16_384)
  }

  mutating func open() {
    text += "{"
    first.append(true)
  }

  mutating func close() {
    text += "}"
    first.removeLast()
  }

  /// A key of the document's own, which needs no escapes ("criteria", "met").
  mutating func key(_ name: String) {
    if first[first.count - 1] { first[first.count - 1] = false } else { text += "," }
    text += "\""
    text += name
    text += "\":"
  }

  /// A key an author named (a category), escaped.
  mutating func authoredKey(_ name: String) {
    if first[first.count - 1] { first[first.count - 1] = false } else { text += "," }
    string(name)
    text += ":"
  }

  mutating func raw(_ value: String) { text += value }

  /// A number as JSONEncoder writes it: whole numbers without a fraction, others in the shortest form.
  mutating func number(_ value: Double) {
    if value.isFinite && value.rounded() == value && abs(value) < 1e15 {
      text += String(Int64(value))
    } else {
      text += "\(value)"
    }
  }

  mutating func strings(_ values: [String]) {
    text += "["
    for (index, value) in values.enumerated() {
      if index > 0 { text += "," }
      string(value)
    }
    text += "]"
  }

  /// A string with JSON escapes: quotes, backslashes and control characters; `/` is left as it is.
  mutating func string(_ value: String) {
    text += "\""
    var plain = true
    for unit in value.utf8 where unit < 0x20 || unit == 0x22 || unit == 0x5C {
      plain = false
      break
    }
    if plain {
      text += value
    } else {
      // Runs between escapes are appended whole (the escaped characters are ASCII, so every cut
      // falls between scalars).
      let utf8 = value.utf8
      var runStart = utf8.startIndex
      var index = runStart
      while index != utf8.endIndex {
        let unit = utf8[index]
        guard unit < 0x20 || unit == 0x22 || unit == 0x5C else {
          index = utf8.index(after: index)
          continue
        }
        text += Substring(utf8[runStart..<index])
        switch unit {
        case 0x22: text += "\\\""
        case 0x5C: text += "\\\\"
        case 0x0A: text += "\\n"
        case 0x0D: text += "\\r"
        case 0x09: text += "\\t"
        case 0x08: text += "\\b"
        case 0x0C: text += "\\f"
        default:
          let hex = String(unit, radix: 16)
          text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        index = utf8.index(after: index)
        runStart = index
      }
      text += Substring(utf8[runStart..<utf8.endIndex])
    }
    text += "\""
  }
}
