import Foundation
import FrontlineModel

/// Decodes criteria, in rubrics and inline in scenario steps.
enum CriterionDecoder {
  static let fields =
    [
      "id", "category", "description", "points", "tip", "critical", "negation", "appliesWhen",
      "partialCredit", "negated", "voids", "tone",
    ]
    + Check.kindNames

  /// Decodes a `criteria` array, reporting duplicate ids. `variables` are the template variables a
  /// phrase may use; `nil` defers the check to the scenarios that use the rubric (`rubricID`).
  /// `definedIn` is where the criteria are defined (`Criterion.rubric`).
  static func decodeList(
    _ elements: [(node: JSONNode, path: JSONPath)], context: DecodeContext, variables: Set<String>?,
    rubricID: String?, definedIn: String?,
    checkCategory: (_ name: String, _ offset: Int, _ path: JSONPath) -> Void
  ) -> [Criterion] {
    var seen: Set<String> = []
    var criteria: [Criterion] = []
    for element in elements {
      guard
        var criterion = decode(
          element.node, path: element.path, context: context, variables: variables, rubricID: rubricID,
          checkCategory: checkCategory)
      else { continue }
      criterion.rubric = definedIn
      if !seen.insert(criterion.id).inserted {
        context.error(
          "duplicate criterion id '\(criterion.id)'", at: element.node.offset,
          path: element.path.appending("id"))
      }
      criteria.append(criterion)
    }
    return criteria
  }

  static func decode(
    _ node: JSONNode, path: JSONPath, context: DecodeContext, variables: Set<String>?, rubricID: String?,
    checkCategory: (_ name: String, _ offset: Int, _ path: JSONPath) -> Void
  ) -> Criterion? {
    guard let reader = ObjectReader(node, path: path, context: context, fields: fields, what: "a criterion")
    else { return nil }
    let id = reader.identifier()
    let category = reader.string("category", required: true)
    if let category { checkCategory(category, reader.keyOffset("category"), path.appending("category")) }
    let descriptions = reader.textByLanguage("description", required: true)
    let description = descriptions?.text
    let points = reader.number("points", in: 0...1000) ?? 10
    let tips = reader.textByLanguage("tip")
    let tip = tips?.text
    let critical = reader.bool("critical") ?? false
    let negation = reader.bool("negation") ?? true
    let applies = reader.object(
      "appliesWhen", fields: ["transferred", "expectsTransfer", "channels", "moodAtMost"],
      what: "an appliesWhen condition"
    ).map(decodeApplicability)
    let negated = reader.bool("negated") ?? false
    let tone = reader.bool("tone") ?? false
    let voids = reader.identifier("voids", required: false)
    if let voids { checkCategory(voids, reader.keyOffset("voids"), path.appending("voids")) }
    let partial = reader.number("partialCredit", in: 0...100)
    let phrases = PhraseChecker(context: context, variables: variables, rubricID: rubricID)
    let check = decodeCheck(reader, phrases: phrases)
    if partial != nil, let check, check != .route {
      context.warning(
        "'partialCredit' only matters for a route check", at: reader.keyOffset("partialCredit"),
        path: path.appending("partialCredit"))
    }
    if tip == nil && !critical {
      context.warning(
        "no coaching 'tip': a trainee who misses this criterion is not told how to improve",
        at: node.offset, path: path)
    }
    guard let id, let category, let description, let check else { return nil }
    var criterion = Criterion(
      id: id, category: category, description: description, points: points, tip: tip, critical: critical,
      negation: negation, appliesWhen: applies, partialCredit: partial ?? 50, check: check, negated: negated,
      voids: voids, tone: tone)
    for language in Set((descriptions?.others ?? [:]).keys).union((tips?.others ?? [:]).keys) {
      criterion.translations[language] = Criterion.Translation(
        description: descriptions?.others[language], tip: tips?.others[language])
    }
    return criterion
  }

  private static func decodeApplicability(_ reader: ObjectReader) -> Applicability {
    var channels: [Channel]?
    if let list = reader.strings("channels") {
      channels = list.compactMap { item in
        guard let channel = Channel(rawValue: item.value) else {
          reader.context.error(
            Suggestion.unknownValue("channel", item.value, among: Channel.allCases.map(\.rawValue)),
            at: item.offset,
            path: item.path)
          return nil
        }
        return channel
      }
    }
    var mood: Mood?
    if let name = reader.string("moodAtMost") {
      mood = Mood(name: name)
      if mood == nil {
        reader.context.error(
          Suggestion.unknownValue("mood", name, among: Mood.allCases.map(\.name)),
          at: reader.keyOffset("moodAtMost"), path: reader.path.appending("moodAtMost"))
      }
    }
    return Applicability(
      transferred: reader.bool("transferred"), expectsTransfer: reader.bool("expectsTransfer"),
      channels: channels, moodAtMost: mood)
  }

  private static func decodeCheck(_ reader: ObjectReader, phrases: PhraseChecker) -> Check? {
    let present = Check.kindNames.filter { reader.has($0) }
    guard let kind = present.first else {
      reader.context.error(
        "a criterion needs exactly one check: \(Check.kindNames.joined(separator: ", "))",
        at: reader.node.offset, path: reader.path)
      return nil
    }
    if present.count > 1 {
      reader.context.error(
        "a criterion has exactly one check, but this one has \(present.map { "'\($0)'" }.joined(separator: " and "))",
        at: reader.keyOffset(present[1]), path: reader.path.appending(present[1]))
      return nil
    }
    switch kind {
    case "any": return reader.strings("any").flatMap { phrases.list($0, reader, "any") }.map(Check.any)
    case "none":
      if let node = reader.value("none"), case .array(let items) = node.value,
        case .array = items.first?.value
      {
        return decodeGroups(reader, key: "none", phrases: phrases).map(Check.noneTogether)
      }
      return reader.strings("none").flatMap { phrases.list($0, reader, "none") }.map(Check.none)
    case "all": return decodeGroups(reader, key: "all", phrases: phrases).map(Check.all)
    case "together": return decodeGroups(reader, key: "together", phrases: phrases).map(Check.together)
    case "acknowledges":
      return reader.strings("acknowledges").flatMap { phrases.list($0, reader, "acknowledges") }.map(
        Check.acknowledges)
    case "pattern": return decodePattern(reader)
    case "usesName", "route", "sentences":
      guard let flag = reader.bool(kind) else { return nil }
      guard flag else {
        reader.context.error(
          "'\(kind)': false checks nothing; remove the criterion or set it to true",
          at: reader.keyOffset(kind), path: reader.path.appending(kind))
        return nil
      }
      return kind == "route" ? .route : kind == "sentences" ? .sentences : .usesName
    case "length": return decodeLength(reader)
    case "fact": return reader.identifier("fact", required: true).map(Check.fact)
    case "facts": return decodeFacts(reader, phrases: phrases)
    default: return decodeMaxCount(reader, phrases: phrases)
    }
  }

  private static func decodeGroups(_ reader: ObjectReader, key: String, phrases: PhraseChecker) -> [[String]]?
  {
    guard let elements = reader.array(key, nonEmpty: true) else { return nil }
    var groups: [[String]] = []
    for element in elements {
      guard case .array(let items) = element.node.value else {
        reader.context.error(
          "each entry of '\(key)' must be a phrase list (an array of strings), found \(element.node.typeDescription)",
          at: element.node.offset, path: element.path)
        continue
      }
      guard !items.isEmpty else {
        reader.context.error("empty phrase list", at: element.node.offset, path: element.path)
        continue
      }
      let located = StringList.read(
        items.enumerated().map { ($0.element, element.path.appending($0.offset)) }, context: reader.context,
        what: key)
      if let group = phrases.list(located, reader, key) { groups.append(group) }
    }
    return groups.count == elements.count ? groups : nil
  }

  private static func decodePattern(_ reader: ObjectReader) -> Check? {
    guard let pattern = reader.string("pattern") else { return nil }
    do {
      _ = try NSRegularExpression(pattern: pattern)
    } catch {
      reader.context.error(
        "the pattern does not compile as a regular expression: \(PatternProblem.describe(pattern))",
        at: reader.keyOffset("pattern"),
        path: reader.path.appending("pattern"))
      return nil
    }
    if let nested = (try? PatternParser.parse(pattern))?.nestedQuantifiers.first {
      let scalars = Array(pattern.unicodeScalars)[nested]
      reader.context.warning(
        "the pattern nests quantifiers, '\(Excerpt.of(String(String.UnicodeScalarView(scalars))))': on a reply "
          + "that almost matches, ICU can try exponentially many ways to match it and is stopped at its time "
          + "budget; repeat nothing that itself repeats (for '(a+)+', 'a+')",
        at: reader.keyOffset("pattern"), path: reader.path.appending("pattern"))
    }
    return .pattern(pattern)
  }

  private static func decodeLength(_ reader: ObjectReader) -> Check? {
    guard
      let object = reader.object(
        "length", fields: ["min", "max", "minWords", "maxWords"], what: "length bounds")
    else { return nil }
    let bounds = LengthBounds(
      minCharacters: object.integer("min", in: 0...Int.max),
      maxCharacters: object.integer("max", in: 0...Int.max),
      minWords: object.integer("minWords", in: 0...Int.max),
      maxWords: object.integer("maxWords", in: 0...Int.max))
    if bounds == LengthBounds() {
      object.context.error(
        "length bounds need at least one of min, max, minWords, maxWords", at: object.node.offset,
        path: object.path)
      return nil
    }
    for (low, high, key) in [
      (bounds.minCharacters, bounds.maxCharacters, "max"), (bounds.minWords, bounds.maxWords, "maxWords"),
    ] {
      if let low, let high, low > high {
        object.context.error(
          "'\(key)' (\(high)) is below its minimum (\(low))", at: object.keyOffset(key),
          path: object.path.appending(key))
        return nil
      }
    }
    return .length(bounds)
  }

  private static func decodeFacts(_ reader: ObjectReader, phrases: PhraseChecker) -> Check? {
    let keys = ["charges", "guarantees", "arrivals", "frees", "offers", "goodwill"]
    guard let object = reader.object("facts", fields: keys, what: "a facts check's lexicon") else {
      return nil
    }
    func list(_ key: String) -> [String] {
      object.strings(key, nonEmpty: false).flatMap { phrases.list($0, object, key) } ?? []
    }
    return .facts(
      FactLexicon(
        charges: list("charges"), guarantees: list("guarantees"), arrivals: list("arrivals"),
        frees: list("frees"), offers: list("offers"), goodwill: list("goodwill")))
  }

  private static func decodeMaxCount(_ reader: ObjectReader, phrases: PhraseChecker) -> Check? {
    guard let object = reader.object("maxCount", fields: ["phrases", "max"], what: "a maxCount check")
    else { return nil }
    let list = object.strings("phrases", required: true).flatMap { phrases.list($0, object, "phrases") }
    let max = object.integer("max", required: true, in: 0...1000)
    guard let list, let max else { return nil }
    return .maxCount(phrases: list, max: max)
  }
}
