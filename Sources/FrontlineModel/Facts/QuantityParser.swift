/// Finds the quantities a text states: numbers in digits, words (English) or kanji, ranges, and their
/// units (currencies, durations, data sizes, counts, prices per unit), plus relative times ("today",
/// "tomorrow", 本日, 明日). The text is expected in lower case, as the scoring normaliser leaves it.
public enum QuantityParser {
  /// One quantity in a text, with where it is.
  public struct Mention: Sendable, Equatable {
    public var range: Range<Int>
    public var quantity: Quantity
  }

  /// Parses an authored fact value such as `3-5 business days`, `$89`, `¥980/month`, `2営業日`;
  /// `nil` when it is not one quantity with a unit.
  public static func value(_ text: String) -> Quantity? {
    let scalars = Array(text.lowercased().unicodeScalars)
    let found = mentions(in: scalars)
    guard found.count == 1, let only = found.first, !only.quantity.relative else { return nil }
    return only.quantity
  }

  /// Every quantity with a unit in `text` (numbers without a unit are left out).
  public static func mentions(in text: [Unicode.Scalar]) -> [Mention] {
    let tokens = Tokenizer.tokens(text)
    var mentions: [Mention] = []
    var index = 0
    while index < tokens.count {
      // Only a number, a currency, 月額, "between" or a relative time can start a quantity.
      let token = tokens[index]
      let starts =
        token.kind == .digits || token.kind == .kanji || starters.contains(token.text)
      if starts, let (mention, next) = relative(tokens, at: index) ?? quantity(tokens, at: index) {
        mentions.append(mention)
        index = next
      } else {
        index += 1
      }
    }
    return mentions
  }

  // MARK: - Reading a quantity

  private static func quantity(_ tokens: [Token], at start: Int) -> (Mention, Int)? {
    var index = start
    var currency: String?
    var perPrefix: String?
    if index < tokens.count, tokens[index].text == "月額" {
      perPrefix = "month"
      index += 1
    }
    if index < tokens.count, let symbol = currencySymbols[tokens[index].text] {
      currency = symbol
      index += 1
    }
    if tokens[index...].first?.text == "between" { index += 1 }
    guard index < tokens.count, let read = number(tokens, at: index) else { return nil }
    let first = tokens[index].kind == .word ? read : scaled(tokens, at: index, base: read)
    var low = first.value
    var high = first.value
    index = first.next
    // A range: 3-5, 3 to 5, three or four, 3〜5, 3から5, between 3 and 5.
    if index < tokens.count, rangeWords.contains(tokens[index].text) {
      var after = index + 1
      if after < tokens.count, currencySymbols[tokens[after].text] != nil { after += 1 }
      if let read = number(tokens, at: after) {
        let second = tokens[after].kind == .word ? read : scaled(tokens, at: after, base: read)
        high = max(first.value, second.value)
        low = min(first.value, second.value)
        index = second.next
      }
    }
    // A compound adjective: "a 90-day hold", "a 5-GB pass", "a 24-hour line".
    if currency == nil, index + 1 < tokens.count, tokens[index].text == "-", tokens[index + 1].kind == .word,
      self.unit(tokens, at: index + 1, currency: nil) != nil
    {
      index += 1
    }
    guard let (unit, afterUnit) = unit(tokens, at: index, currency: currency) else { return nil }
    // 十分 is "enough", not ten minutes; 5月10日 is a date, not ten days.
    if index < tokens.count {
      if tokens[first.next - 1].kind == .kanji && tokens[index].text == "分" { return nil }
      if tokens[index].text == "日", start > 0, tokens[start - 1].text == "月" { return nil }
    }
    index = afterUnit
    if case .count = unit.dimension, index < tokens.count, tokens[index].text == "ず",
      index + 1 < tokens.count, tokens[index + 1].text == "つ"
    {
      // 一件ずつ, 1台ずつ: "one at a time", a way of doing things, not a number of them.
      return nil
    }
    // "eleven dollars and twenty cents", "$11 and 20 cents".
    if case .money = unit.dimension, low == high, index + 2 < tokens.count, tokens[index].text == "and",
      let cents = number(tokens, at: index + 1), cents.next < tokens.count,
      ["cent", "cents"].contains(tokens[cents.next].text), cents.value < 100
    {
      low += cents.value / 100
      high = low
      index = cents.next + 1
    }
    var quantity = Quantity(
      low: low * unit.scale, high: high * unit.scale, dimension: unit.dimension, per: perPrefix,
      businessDays: unit.business)
    if perPrefix == nil, let (per, afterPer) = per(tokens, at: index) {
      quantity.per = per
      index = afterPer
    }
    let range = tokens[start].range.lowerBound..<tokens[index - 1].range.upperBound
    return (Mention(range: range, quantity: quantity), index)
  }

  private static func number(_ tokens: [Token], at index: Int) -> (value: Double, next: Int)? {
    guard index < tokens.count else { return nil }
    let token = tokens[index]
    switch token.kind {
    case .digits:
      return Double(token.text.filter { $0 != "," }).map { ($0, index + 1) }
    case .word:
      if let tens = numberWords[token.text] {
        // "twenty-four", "twenty four"
        if tens >= 20, index + 1 < tokens.count {
          var next = index + 1
          if tokens[next].text == "-" { next += 1 }
          if next < tokens.count, let unit = numberWords[tokens[next].text], unit < 10 {
            return (tens + unit, next + 1)
          }
        }
        return (tens, index + 1)
      }
      if token.text == "a" || token.text == "an" || token.text == "one" {
        // "within a week", "takes an hour"; not "on a day off" or "$1.79 a minute".
        guard index > 0, durationLeads.contains(tokens[index - 1].text), index + 1 < tokens.count,
          unitStarts(tokens[index + 1].text)
        else { return nil }
        return (1, index + 1)
      }
      if token.text == "half" { return (0.5, index + 1) }
      return nil
    case .kanji:
      return kanjiNumber(token.text).map { ($0, index + 1) }
    default:
      return nil
    }
  }

  /// A number as Japanese writes large ones: digits with a kanji multiplier and 万 or 億 ("6千",
  /// "18万", "12万6千", "1万2000"); `base` is the number read at `index`.
  private static func scaled(_ tokens: [Token], at index: Int, base: (value: Double, next: Int)) -> (
    value: Double, next: Int
  ) {
    func adjacent(_ next: Int) -> Bool {
      next < tokens.count && tokens[next].range.lowerBound == tokens[next - 1].range.upperBound
    }
    var (value, next) = base
    if tokens[index].kind == .digits, adjacent(next), let multiplier = kanjiMultipliers[tokens[next].text] {
      value *= multiplier
      next += 1
    }
    guard adjacent(next), let large = largeMultipliers[tokens[next].text] else { return (value, next) }
    value *= large
    next += 1
    if adjacent(next), tokens[next].kind == .digits || tokens[next].kind == .kanji,
      let rest = number(tokens, at: next)
    {
      var remainder = rest.value
      var end = rest.next
      if tokens[next].kind == .digits, adjacent(end), let multiplier = kanjiMultipliers[tokens[end].text] {
        remainder *= multiplier
        end += 1
      }
      if remainder < large {
        value += remainder
        next = end
      }
    }
    return (value, next)
  }

  private static let kanjiMultipliers: [String: Double] = ["十": 10, "百": 100, "千": 1000]
  private static let largeMultipliers: [String: Double] = ["万": 10_000, "億": 100_000_000]

  private struct Unit {
    var dimension: Quantity.Dimension
    var scale: Double
    var business = false
  }

  private static func unit(_ tokens: [Token], at index: Int, currency: String?) -> (Unit, Int)? {
    if let currency {
      // "$89", with an optional "dollars" after it.
      var next = index
      if next < tokens.count, currencyWords[tokens[next].text] != nil { next += 1 }
      return (Unit(dimension: .money(currency), scale: 1), next)
    }
    guard index < tokens.count else { return nil }
    let word = tokens[index].text
    if let code = currencyWords[word] { return (Unit(dimension: .money(code), scale: 1), index + 1) }
    if ["business", "working", "bank"].contains(word), index + 1 < tokens.count,
      ["day", "days"].contains(tokens[index + 1].text)
    {
      return (Unit(dimension: .duration, scale: 1.4, business: true), index + 2)
    }
    if word == "calendar", index + 1 < tokens.count, ["day", "days"].contains(tokens[index + 1].text) {
      return (Unit(dimension: .duration, scale: 1), index + 2)
    }
    if word == "営業", index + 1 < tokens.count, tokens[index + 1].text == "日" {
      return (Unit(dimension: .duration, scale: 1.4, business: true), index + 2)
    }
    if ["か", "ヶ", "カ", "ヵ", "ケ", "箇"].contains(word), index + 1 < tokens.count, tokens[index + 1].text == "月"
    {
      return (Unit(dimension: .duration, scale: 365.0 / 12), index + 2)
    }
    if word == "週", index + 1 < tokens.count, tokens[index + 1].text == "間" {
      return (Unit(dimension: .duration, scale: 7), index + 2)
    }
    if let days = durationWords[word] { return (Unit(dimension: .duration, scale: days), index + 1) }
    if let megabytes = dataWords[word] { return (Unit(dimension: .data, scale: megabytes), index + 1) }
    if ["business", "working", "office"].contains(word), index + 1 < tokens.count,
      ["hour", "hours"].contains(tokens[index + 1].text)
    {
      return (Unit(dimension: .duration, scale: 1.0 / 24, business: true), index + 2)
    }
    if let count = countWords[word] { return (Unit(dimension: .count(count), scale: 1), index + 1) }
    // Any other word counts things of its kind: "3 batteries", "2 charges", "18 W".
    if tokens[index].kind == .word, !word.contains("'"), !notUnits.contains(word) {
      return (Unit(dimension: .count(singular(word)), scale: 1), index + 1)
    }
    return nil
  }

  private static func per(_ tokens: [Token], at index: Int) -> (String, Int)? {
    guard index < tokens.count else { return nil }
    var next = index
    if ["/", "per", "a", "an", "each", "every"].contains(tokens[next].text) { next += 1 } else { return nil }
    guard next < tokens.count, let per = perWords[tokens[next].text] else { return nil }
    return (per, next + 1)
  }

  private static func relative(_ tokens: [Token], at index: Int) -> (Mention, Int)? {
    let token = tokens[index]
    var days: Double?
    var end = index + 1
    switch token.text {
    case "today", "tonight", "immediately", "instantly", "本日", "今日", "即日", "当日", "ただちに", "直ちに":
      days = 0
    case "tomorrow", "overnight", "明日", "翌日":
      days = 1
    case "same" where index + 1 < tokens.count && tokens[index + 1].text == "day":
      days = 0
      end = index + 2
    case "same"
    where index + 2 < tokens.count && tokens[index + 1].text == "-" && tokens[index + 2].text == "day":
      days = 0
      end = index + 3
    case "right" where index + 1 < tokens.count && tokens[index + 1].text == "away":
      days = 0
      end = index + 2
    case "straight" where index + 1 < tokens.count && tokens[index + 1].text == "away":
      days = 0
      end = index + 2
    default:
      return nil
    }
    guard let days else { return nil }
    let quantity = Quantity(low: days, high: days, dimension: .duration, relative: true)
    return (
      Mention(range: token.range.lowerBound..<tokens[end - 1].range.upperBound, quantity: quantity), end
    )
  }

  /// Words other than numbers that can start a quantity.
  private static let startWords: Set<String> = [
    "月額", "between", "a", "an", "one", "half", "today", "tonight", "immediately", "instantly", "本日", "今日",
    "即日", "当日", "ただちに", "直ちに", "tomorrow", "overnight", "明日", "翌日", "same", "right", "straight",
  ]

  /// Every word that can start a quantity: the start words, number words and currency symbols, for one
  /// look-up a token.
  private static let starters = startWords.union(numberWords.keys).union(currencySymbols.keys)

  /// Words before "a week", "an hour" that make it a duration.
  private static let durationLeads: Set<String> = [
    "in", "within", "about", "around", "takes", "take", "taking", "up", "under", "than", "only", "just",
    "least", "for", "after", "inside",
  ]

  /// Words that follow numbers without being what they count.
  private static let notUnits: Set<String> = [
    "and", "or", "to", "of", "the", "a", "an", "in", "on", "at", "for", "with", "is", "are", "was", "were",
    "be",
    "so", "but", "if", "by", "from", "x", "pm", "am", "th", "st", "nd", "rd", "more", "less", "times", "per",
  ]

  /// A plural as its singular, near enough to compare counts ("batteries" -> "battery").
  private static func singular(_ word: String) -> String {
    if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 2 { return String(word.dropLast()) }
    return word
  }

  private static func unitStarts(_ word: String) -> Bool {
    durationWords[word] != nil || ["business", "working", "calendar"].contains(word) || dataWords[word] != nil
  }

  private static func kanjiNumber(_ text: String) -> Double? {
    let digits: [Character: Double] = [
      "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    var total = 0.0
    var current = 0.0
    for character in text {
      if let digit = digits[character] {
        current = current * 10 + digit
      } else if character == "十" {
        total += (current == 0 ? 1 : current) * 10
        current = 0
      } else if character == "百" {
        total += (current == 0 ? 1 : current) * 100
        current = 0
      } else if character == "千" {
        total += (current == 0 ? 1 : current) * 1000
        current = 0
      } else {
        return nil
      }
    }
    return total + current
  }

  // MARK: - Words

  private static let currencySymbols: [String: String] = ["$": "USD", "¥": "JPY", "£": "GBP", "€": "EUR"]
  private static let currencyWords: [String: String] = [
    "dollar": "USD", "dollars": "USD", "usd": "USD", "bucks": "USD", "円": "JPY", "yen": "JPY", "jpy": "JPY",
    "pounds": "GBP", "gbp": "GBP", "euros": "EUR", "eur": "EUR",
  ]
  private static let rangeWords: Set<String> = ["-", "to", "and", "or", "~", "〜", "から", "–"]
  private static let durationWords: [String: Double] = [
    "second": 1 / 86400, "seconds": 1 / 86400, "secs": 1 / 86400, "秒": 1 / 86400,
    "minute": 1 / 1440, "minutes": 1 / 1440, "min": 1 / 1440, "mins": 1 / 1440, "分": 1 / 1440,
    "hour": 1 / 24, "hours": 1 / 24, "hr": 1 / 24, "hrs": 1 / 24, "h": 1 / 24, "時間": 1 / 24,
    "day": 1, "days": 1, "日": 1, "week": 7, "weeks": 7, "month": 365.0 / 12, "months": 365.0 / 12,
    "year": 365,
    "years": 365, "年": 365,
  ]
  private static let dataWords: [String: Double] = [
    "kb": 1.0 / 1024, "mb": 1, "megabytes": 1, "megabyte": 1, "メガ": 1, "メガバイト": 1, "gb": 1024,
    "gigabytes": 1024, "gigabyte": 1024, "gig": 1024, "gigs": 1024, "ギガ": 1024, "ギガバイト": 1024,
    "tb": 1024 * 1024, "terabyte": 1024 * 1024, "terabytes": 1024 * 1024, "テラ": 1024 * 1024,
    "テラバイト": 1024 * 1024,
  ]
  private static let countWords: [String: String] = [
    "line": "line", "lines": "line", "回線": "回線", "device": "device", "devices": "device", "台": "台",
    "seat": "seat", "seats": "seat", "user": "user", "users": "user", "件": "件", "回": "回", "個": "個",
    "item": "item", "items": "item", "%": "%", "percent": "%", "本": "本", "枚": "枚", "名": "名", "人": "人",
    "つ": "つ", "通": "通", "泊": "泊", "週": "週",
  ]
  private static let perWords: [String: String] = [
    "month": "month", "mo": "month", "月": "month", "year": "year", "yr": "year", "年": "year", "day": "day",
    "日": "day", "week": "week", "gb": "gb", "mb": "mb", "tb": "tb", "line": "line", "回線": "line",
    "user": "user", "device": "device", "minute": "minute", "min": "minute", "hour": "hour", "text": "text",
    "call": "call", "message": "message", "night": "night", "person": "person", "分": "minute",
  ]
  private static let numberWords: [String: Double] = [
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
  ]
}
