import Foundation

/// Times `grep -c -i -F -f PHRASES` over the replies written as a text file, for scale.
enum GrepComparison {
  static func time(replies: [String], phrases: [String]) throws -> (seconds: Double, count: Int)? {
    guard let grep = ["/usr/bin/grep", "/bin/grep"].first(where: FileManager.default.isExecutableFile) else {
      return nil
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let repliesFile = folder.appendingPathComponent("replies.txt")
    let phrasesFile = folder.appendingPathComponent("phrases.txt")
    try replies.joined(separator: "\n").appending("\n").write(
      to: repliesFile, atomically: true, encoding: .utf8)
    let plain = phrases.map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 }
    try plain.joined(separator: "\n").appending("\n").write(
      to: phrasesFile, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: grep)
    process.arguments = ["-c", "-i", "-F", "-f", phrasesFile.path, repliesFile.path]
    let output = Pipe()
    process.standardOutput = output
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let count =
      Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    return (seconds, count)
  }
}
