import Foundation
import Testing

@testable import FrontlineHistory

/// An unfinished attempt is in progress only while the very process that started it runs.
@Suite struct ProcessIdentityTests {
  @Test(.enabled(if: ProcessIdentity.token != nil, "the system gives no boot id or start time"))
  func theTokenTellsTheProcessApartFromOneThatReusedItsPid() throws {
    let token = try #require(ProcessIdentity.token)
    let parts = token.split(separator: "/").map(String.init)
    #expect(parts.count == 3 && parts[1] == String(ProcessIdentity.pid))
    // The same process, though the host name changed (a container restarted under a new name).
    #expect(ProcessIdentity.isRunning(host: "renamed-container", pid: ProcessIdentity.pid, token: token))
    // The same pid, started at another time: another process reused it.
    let reused = "\(parts[0])/\(parts[1])/1"
    #expect(!ProcessIdentity.isRunning(host: ProcessIdentity.host, pid: ProcessIdentity.pid, token: reused))
    // A token from an earlier boot of this host: the machine restarted since.
    let earlierBoot = "00000000-0000-0000-0000-000000000000/\(parts[1])/\(parts[2])"
    #expect(
      !ProcessIdentity.isRunning(host: ProcessIdentity.host, pid: ProcessIdentity.pid, token: earlierBoot))
    // From another machine (a shared server), it cannot be known: it counts as running.
    #expect(ProcessIdentity.isRunning(host: "elsewhere", pid: 1, token: earlierBoot))
  }

  @Test(arguments: [Int(Int32.max) + 1, Int.max, -1, 0])
  func aPidNoProcessCanHaveIsNotRunning(pid: Int) {
    #expect(!ProcessIdentity.isRunning(host: ProcessIdentity.host, pid: pid))
  }
}
