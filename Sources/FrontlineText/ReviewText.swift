/// Reviews, disputes, promotions, the review queue and transcripts.
public enum ReviewText: String, MessageKey {
  public static var area: String { "review" }

  case placeholder
}
