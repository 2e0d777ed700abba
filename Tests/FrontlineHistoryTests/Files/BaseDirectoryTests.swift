import Foundation
import FrontlineHistory
import Testing

/// The XDG Base Directory specification, exactly: the variable when it is an absolute path, else the
/// default under `$HOME` (never the password database's home when `$HOME` is set).
@Suite struct BaseDirectoryTests {
  @Test func usesHomeWhenTheVariableIsUnset() {
    let environment = ["HOME": "/tmp/someone"]
    #expect(BaseDirectory.data.path(environment: environment) == "/tmp/someone/.local/share")
    #expect(BaseDirectory.config.path(environment: environment) == "/tmp/someone/.config")
    #expect(BaseDirectory.state.path(environment: environment) == "/tmp/someone/.local/state")
    #expect(
      BaseDirectory.data.frontlineFile("frontline.sqlite", environment: environment)
        == "/tmp/someone/.local/share/frontline/frontline.sqlite")
  }

  @Test func usesAnAbsoluteVariableAndIgnoresARelativeOrEmptyOne() {
    #expect(BaseDirectory.data.path(environment: ["HOME": "/h", "XDG_DATA_HOME": "/data"]) == "/data")
    #expect(BaseDirectory.data.isSet(in: ["XDG_DATA_HOME": "/data"]))
    for ignored in ["", "data", "./data", "~/data"] {
      let environment = ["HOME": "/h", "XDG_DATA_HOME": ignored, "XDG_CONFIG_HOME": ignored]
      #expect(BaseDirectory.data.path(environment: environment) == "/h/.local/share")
      #expect(BaseDirectory.config.path(environment: environment) == "/h/.config")
      #expect(!BaseDirectory.data.isSet(in: environment))
    }
  }

  @Test func withoutHomeFallsBackToTheUsersEntry() {
    let home = BaseDirectory.home(environment: [:])
    #expect(home.hasPrefix("/"))
    #expect(BaseDirectory.home(environment: ["HOME": ""]) == home)
  }
}
