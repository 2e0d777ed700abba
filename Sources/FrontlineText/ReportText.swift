/// The team and trainee reports, as text and as HTML pages.
public enum ReportText: String, MessageKey {
  public static var area: String { "report" }

  case placeholder
}
