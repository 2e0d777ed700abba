import Foundation

/// The web addresses an xAPI export is given: the home page its IRIs are built on, and the learning
/// record store it posts to. Each is checked before anything is read or sent.
public enum XAPIAddress {
  /// An address that is not what it must be.
  public struct Problem: Error, CustomStringConvertible, Equatable {
    public var description: String
  }

  /// `text` as a home page: an absolute http or https URL with a host and no query, fragment or
  /// credentials, without a trailing slash (IRIs are built by adding paths to it). `source` names
  /// where it was given (`--home-page`, `FRONTLINE_XAPI_HOME`).
  public static func homePage(_ text: String, from source: String) throws(Problem) -> String {
    let url = try absolute(text, from: source, example: "https://lms.example.com/frontline")
    if url.query() != nil || url.fragment() != nil {
      throw Problem(description: "\(source) must not have a query or a fragment: \(quoted(text))")
    }
    return String(text.reversed().drop { $0 == "/" }.reversed())
  }

  /// The statements resource of the learning record store at `text`: the URL as given when its path
  /// ends in `/statements`, else the xAPI endpoint it names with `/statements` added.
  public static func statements(_ text: String, from source: String) throws(Problem) -> URL {
    let url = try absolute(text, from: source, example: "https://lrs.example.com/xAPI")
    if url.query() != nil || url.fragment() != nil {
      throw Problem(description: "\(source) must not have a query or a fragment: \(quoted(text))")
    }
    if url.path().hasSuffix("/statements") { return url }
    let trimmed = String(text.reversed().drop { $0 == "/" }.reversed())
    guard let endpoint = URL(string: trimmed + "/statements") else {
      throw Problem(description: "\(source) is not a URL: \(quoted(text))")
    }
    return endpoint
  }

  /// An absolute http(s) URL with a host and no credentials.
  static func absolute(_ text: String, from source: String, example: String) throws(Problem) -> URL {
    let url = URL(string: text)
    // Said without the address, which would show the password.
    if let url, url.user() != nil || url.password() != nil {
      throw Problem(
        description:
          "\(source) must not hold a user name or password: give them with --user or FRONTLINE_XAPI_USER")
    }
    guard let url, let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host(), !host.isEmpty
    else {
      throw Problem(
        description:
          "\(source) must be an absolute http or https URL, such as \(example): got \(quoted(text))")
    }
    return url
  }

  /// `text` in quotes, on one line and short, for a message.
  static func quoted(_ text: String) -> String {
    let line = text.replacingOccurrences(of: "\n", with: " ")
    return "'" + (line.count > 200 ? line.prefix(200) + "…" : line) + "'"
  }
}
