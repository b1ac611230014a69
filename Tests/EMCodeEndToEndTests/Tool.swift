import Foundation

/// The optional tools some tests call (groff, zsh, fish, script): a test that needs one is
/// skipped, with the reason shown, where the tool is missing, unless `EMCODE_REQUIRE_TOOLS=1`
/// (which `.ci/run` sets) says that a missing tool must fail the run instead.
enum Tool {
  /// Whether missing tools must fail the tests rather than skip them.
  static var isRequired: Bool { ProcessInfo.processInfo.environment["EMCODE_REQUIRE_TOOLS"] == "1" }

  /// Whether `name` is an executable on the PATH.
  static func isInstalled(_ name: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
    }
  }

  /// Whether a test that needs `name` runs: the tool is there, or it is required (and then fails).
  static func runs(_ name: String) -> Bool { isInstalled(name) || isRequired }
}
