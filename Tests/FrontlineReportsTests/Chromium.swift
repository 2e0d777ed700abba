import Foundation
import FrontlineTestSupport
import Testing

/// Headless Chromium for the HTML report's tests: renders a page at a window size, as a PNG or as the
/// DOM after its scripts ran.
enum Chromium {
  static let path = "/usr/bin/chromium"

  /// Whether the tests that need a tool run: always in CI (where a missing tool fails them), else
  /// when it is installed.
  static func runs(_ tool: String) -> Bool {
    ProcessInfo.processInfo.environment["CI"] != nil || FileManager.default.isExecutableFile(atPath: tool)
  }

  /// A folder for one test's files, removed by `defer`ring `remove`.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-html-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Runs Chromium on `page` in a window `width` × `height` with `mode`'s flag (`--dump-dom`,
  /// `--screenshot=…`), in its own profile under `folder`.
  static func run(_ page: URL, width: Int, height: Int, mode: String, folder: URL) async throws
    -> ChildProcess.Outcome
  {
    let profile = folder.appendingPathComponent("profile-\(UUID())")
    return try await ChildProcess.run(
      path,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=\(profile.path)",
        "--virtual-time-budget=3000", "--window-size=\(width),\(height)", mode, page.absoluteString,
      ], seconds: 240)
  }

  /// A PNG's width and height, from its IHDR chunk.
  static func size(ofPNG png: Data) -> (width: Int, height: Int)? {
    let header = [UInt8](png.prefix(24))
    guard header.count == 24, header.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
      return nil
    }
    func word(_ offset: Int) -> Int { header[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (word(16), word(20))
  }
}
