extension QuantityParser {
  /// A piece of text as the quantity parser reads it.
  struct Token {
    enum Kind { case digits, word, kanji, japanese, symbol }
    let kind: Kind
    let text: String
    let range: Range<Int>
  }

  /// Splits text into digit runs (with `,` and `.` between digits), Latin words, runs of kanji
  /// numerals, other Japanese characters one by one (units such as 円, 日, 営業, ヶ月 are matched across
  /// them), and symbols. White space separates; it is not a token.
  enum Tokenizer {
    static func tokens(_ text: [Unicode.Scalar]) -> [Token] {
      var tokens: [Token] = []
      var index = 0
      func string(_ range: Range<Int>) -> String { String(scalars: text[range]) }
      while index < text.count {
        let scalar = text[index]
        let start = index
        if isDigit(scalar) {
          while index < text.count,
            isDigit(text[index])
              || ((text[index] == "," || text[index] == ".") && index + 1 < text.count
                && isDigit(text[index + 1]))
          {
            index += 1
          }
          // "a1042", "4417x": part of a word or code, not a quantity; "12gb", "24h" are a number and a unit.
          var unitEnd = index
          while unitEnd < text.count, isLatin(text[unitEnd]) { unitEnd += 1 }
          let gluedUnit =
            unitEnd > index && gluedUnits.contains(string(index..<unitEnd))
            && (unitEnd == text.count || !isDigit(text[unitEnd]))
          // "SB-40", "KT-200": a model number.
          let model = start > 1 && text[start - 1] == "-" && isLatin(text[start - 2])
          let glued =
            (start > 0 && isLatin(text[start - 1]))
            || (index < text.count && isLatin(text[index]) && !gluedUnit)
            || model
          if glued {
            while index < text.count, isLatin(text[index]) || isDigit(text[index]) { index += 1 }
            tokens.append(Token(kind: .word, text: string(start..<index), range: start..<index))
          } else {
            tokens.append(Token(kind: .digits, text: string(start..<index), range: start..<index))
          }
        } else if isLatin(scalar) {
          while index < text.count, isLatin(text[index]) || isDigit(text[index]) || text[index] == "'" {
            index += 1
          }
          tokens.append(Token(kind: .word, text: string(start..<index), range: start..<index))
        } else if isKanjiNumeral(scalar) {
          while index < text.count, isKanjiNumeral(text[index]) { index += 1 }
          tokens.append(Token(kind: .kanji, text: string(start..<index), range: start..<index))
        } else if scalar.properties.isWhitespace {
          index += 1
        } else if isJapanese(scalar) {
          // Multi-character units are read as one token.
          if let unit = japaneseUnits.first(where: { matches($0, text, at: index) }) {
            index += unit.count
            tokens.append(Token(kind: .japanese, text: string(start..<index), range: start..<index))
          } else {
            index += 1
            tokens.append(Token(kind: .japanese, text: string(start..<index), range: start..<index))
          }
        } else {
          index += 1
          tokens.append(Token(kind: .symbol, text: string(start..<index), range: start..<index))
        }
      }
      return tokens
    }

    private static let gluedUnits: Set<String> = [
      "gb", "mb", "tb", "kb", "h", "hr", "hrs", "min", "mins", "days", "d", "usd", "yen", "w", "kw", "mah",
      "x",
    ]

    private static let japaneseUnits: [[Unicode.Scalar]] = [
      "月額", "時間", "回線", "ギガバイト", "ギガ", "メガバイト", "メガ", "テラバイト", "テラ", "本日", "今日", "即日", "当日",
      "明日", "翌日", "ただちに", "直ちに", "から", "営業",
    ].map { Array($0.unicodeScalars) }

    private static func matches(_ word: [Unicode.Scalar], _ text: [Unicode.Scalar], at index: Int) -> Bool {
      index + word.count <= text.count && text[index..<(index + word.count)].elementsEqual(word)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
      (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
        || (scalar.value >= 0xC0 && scalar.value <= 0x24F)
    }

    static func isKanjiNumeral(_ scalar: Unicode.Scalar) -> Bool {
      // 〇 is the first of them: nothing before it is looked for.
      scalar.value >= 0x3007 && "〇一二三四五六七八九十百千".unicodeScalars.contains(scalar)
    }

    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x3005...0x30FF, 0x4E00...0x9FFF, 0xFF66...0xFF9F: true
      default: false
      }
    }
  }
}
