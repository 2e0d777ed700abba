import Crypto
import Foundation

/// Name-based UUIDs, version 5 (RFC 9562, section 5.5): the SHA-1 of a namespace and a name, so that
/// the same name in the same namespace always gives the same UUID and other namespaces other ones.
public enum NameBasedUUID {
  /// The version 5 UUID of `name` (its UTF-8 bytes) in `namespace`.
  public static func make(namespace: UUID, name: String) -> UUID {
    var hash = Insecure.SHA1()
    withUnsafeBytes(of: namespace.uuid) { hash.update(bufferPointer: $0) }
    hash.update(data: Data(name.utf8))
    var bytes = Array(hash.finalize().prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x50  // version 5
    bytes[8] = (bytes[8] & 0x3F) | 0x80  // the RFC's variant
    return UUID(
      uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
        bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
      ))
  }
}
