import Foundation

extension FrontlineProcess {
  /// ``seededDatabase(_:)`` with `lead` recorded as a team leader, who may review and promote.
  static func seededDatabase(_ trainees: [(name: String, attempts: Int)], lead: String) async throws -> (
    path: String, folder: URL
  ) {
    let database = try await seededDatabase(trainees)
    let added = try await run(["admin", "add-lead", lead, "--database", database.path])
    guard added.status == 0 else {
      throw ProbeFailed(trainee: lead, status: added.status, stderr: added.stderr)
    }
    return database
  }
}
