import Foundation

#if canImport(_FoundationICU)
  import _FoundationICU
#endif

/// A regular expression run by ICU, the engine under `NSRegularExpression`, through its C API so that
/// every match has a budget (`uregex_setTimeLimit`): a pattern that backtracks without end, such as
/// `(a+)+$` on a long run of `a`, stops with ``Outcome/overBudget`` instead of hanging the grader.
///
/// The budget counts steps of ICU's match engine, not wall time, so a reply runs out of it (or does not)
/// however loaded the machine is.
final class ICURegex: @unchecked Sendable {
  // The compiled pattern is never matched itself: each match runs on a clone, so threads share it safely.

  /// What one search found.
  enum Outcome: Equatable {
    /// The first match, in UTF-16 offsets of the text.
    case found(Range<Int>)
    case notFound
    /// The search ran out of its budget (of steps, or of ICU's backtracking stack) before it could tell.
    case overBudget
  }

  /// The budget of one search, in ICU's time-limit units (each a fixed number of steps of its engine):
  /// about 40 ms of a core for a pattern that uses it all. The most a bundled pattern needs on the longest reply scored is
  /// 8 (`frontline-bench patterns` prints it).
  static let defaultBudget: Int32 = 200

  let budget: Int32

  #if canImport(_FoundationICU)
    private let compiled: OpaquePointer

    /// Compiles `pattern`; throws when ICU refuses it.
    init(_ pattern: String, budget: Int32 = ICURegex.defaultBudget) throws {
      let units = Array(pattern.utf16)
      var status = U_ZERO_ERROR
      let compiled = swift_uregex_open(units, Int32(units.count), 0, nil, &status)
      guard status.rawValue <= U_ZERO_ERROR.rawValue, let compiled else {
        if let compiled { swift_uregex_close(compiled) }
        throw CocoaError(.formatting, userInfo: ["pattern": pattern, "status": status.rawValue])
      }
      self.compiled = compiled
      self.budget = budget
    }

    deinit { swift_uregex_close(compiled) }

    /// The first match in `text` (UTF-16), within the budget.
    func firstMatch(in text: [UInt16]) -> Outcome {
      var status = U_ZERO_ERROR
      guard let matcher = swift_uregex_clone(compiled, &status) else { return .notFound }
      defer { swift_uregex_close(matcher) }
      swift_uregex_setTimeLimit(matcher, budget, &status)
      // ICU wants a buffer even for an empty text.
      let units = text.isEmpty ? [0] : text
      return units.withUnsafeBufferPointer { buffer in
        swift_uregex_setText(matcher, buffer.baseAddress!, Int32(text.count), &status)
        let found = swift_uregex_find(matcher, 0, &status) != 0
        if status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW { return .overBudget }
        guard found, status.rawValue <= U_ZERO_ERROR.rawValue else { return .notFound }
        let start = Int(swift_uregex_start(matcher, 0, &status))
        let end = Int(swift_uregex_end(matcher, 0, &status))
        return .found(start..<end)
      }
    }
  #else
    // Without the toolchain's ICU module (Darwin), NSRegularExpression runs the pattern, with no budget.
    private let expression: NSRegularExpression

    /// Compiles `pattern`; throws when ICU refuses it.
    init(_ pattern: String, budget: Int32 = ICURegex.defaultBudget) throws {
      expression = try NSRegularExpression(pattern: pattern)
      self.budget = budget
    }

    /// The first match in `text` (UTF-16).
    func firstMatch(in text: [UInt16]) -> Outcome {
      let string = String(decoding: text, as: UTF16.self)
      guard let match = expression.firstMatch(in: string, range: NSRange(location: 0, length: text.count))
      else { return .notFound }
      return .found(match.range.location..<(match.range.location + match.range.length))
    }
  #endif
}
