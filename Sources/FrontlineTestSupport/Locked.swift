import Foundation

/// A value shared by threads, read and changed under a lock.
public final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  public init(_ value: Value) { self.value = value }

  /// The value now.
  public var current: Value { lock.withLock { value } }

  /// Changes the value under the lock and returns what `body` returns.
  @discardableResult
  public func update<T>(_ body: (inout Value) throws -> T) rethrows -> T {
    try lock.withLock { try body(&value) }
  }
}
