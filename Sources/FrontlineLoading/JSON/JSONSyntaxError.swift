/// Why a file is not JSON, and where.
public struct JSONSyntaxError: Error, Equatable, Sendable {
  /// What is wrong, e.g. "expected ',' or '}' after an object member".
  public var message: String
  /// The byte offset of the problem.
  public var offset: Int

  public init(_ message: String, at offset: Int) {
    self.message = message
    self.offset = offset
  }
}
