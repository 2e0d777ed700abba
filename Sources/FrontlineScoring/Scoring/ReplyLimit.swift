/// The longest reply that is scored, checked where replies come in (the practice session, `frontline
/// score`) so that a reply over it is refused with a message instead of being scored on its beginning.
public enum ReplyLimit {
  /// The most characters (Unicode scalars) a reply may have: ``CompiledScorecard/maximumReplyLength``.
  public static var maximum: Int { CompiledScorecard.maximumReplyLength }

  /// Why `reply` is refused, with its length and the limit; `nil` when it may be scored.
  public static func problem(_ reply: String) -> String? {
    excess(reply).map { "the reply is \($0) characters long, and the most a reply may have is \(maximum)" }
  }

  /// The length of `reply` when it is over the limit; `nil` when it may be scored.
  public static func excess(_ reply: String) -> Int? {
    // Counting the bytes is free; only a reply that may be too long is counted character by character.
    guard reply.utf8.count > maximum else { return nil }
    let length = reply.unicodeScalars.count
    return length > maximum ? length : nil
  }
}
