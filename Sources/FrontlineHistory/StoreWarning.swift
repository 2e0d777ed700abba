import Foundation

/// How a store tells the user of something it survived (a damaged row left out, a connection
/// retried) without failing the command: one line on standard error.
package enum StoreWarning {
  package static let standardError: @Sendable (String) -> Void = { message in
    FileHandle.standardError.write(Data("frontline: \(message)\n".utf8))
  }
}
