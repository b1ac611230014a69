import Foundation

/// Runs the built `emcode` binary and captures what it did.
enum Executable {
  /// What one run of the binary produced.
  struct Run: CustomStringConvertible {
    let stdout: String
    let stderr: String
    let status: Int32
    /// The raw bytes of standard output.
    let stdoutData: Data

    var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
  }

  /// The folder where `swift build` put `emcode`: the one that holds the test bundle.
  ///
  /// On Linux the tests run as `<products>/emcodePackageTests.xctest`; on macOS from inside
  /// `<products>/emcodePackageTests.xctest/Contents/MacOS`. Walking up from the test bundle finds
  /// `emcode` either way.
  static var productsFolder: URL {
    var folder = Bundle.main.bundleURL.resolvingSymlinksInPath()
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      folder = bundle.bundleURL.resolvingSymlinksInPath()
    }
    while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("emcode").path),
      folder.pathComponents.count > 1
    {
      folder.deleteLastPathComponent()
    }
    return folder
  }

  /// The `emcode` binary under test.
  static var url: URL { productsFolder.appendingPathComponent("emcode") }

  /// The environment that pins emcode's messages in English.
  static let english = ["EMCODE_LANG": "en"]

  /// A new empty folder, removed after `body`.
  static func withTemporaryFolder<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("emcode-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
  }

  /// The repository's root folder.
  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Runs `emcode` (or `executable`) with `arguments` and a clean environment.
  ///
  /// EMCODE_LANG, NO_COLOR and COLUMNS are unset unless given. Standard input is `input`, or the
  /// file `stdinFile`, or empty; standard output and error go to temporary files, so that no
  /// pipe can fill up and block.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], input: Data? = nil, stdinFile: String? = nil,
    executable: URL? = nil
  ) throws -> Run {
    try withTemporaryFolder { folder in
      let inPath = stdinFile ?? folder.appendingPathComponent("stdin").path
      if stdinFile == nil { try (input ?? Data()).write(to: URL(fileURLWithPath: inPath)) }
      let outPath = folder.appendingPathComponent("stdout").path
      let errPath = folder.appendingPathComponent("stderr").path
      try Data().write(to: URL(fileURLWithPath: outPath))
      try Data().write(to: URL(fileURLWithPath: errPath))

      let process = Process()
      process.executableURL = executable ?? url
      process.arguments = arguments
      var clean = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
      for (key, value) in environment { clean[key] = value }
      process.environment = clean
      process.standardInput = FileHandle(forReadingAtPath: inPath)
      process.standardOutput = FileHandle(forWritingAtPath: outPath)
      process.standardError = FileHandle(forWritingAtPath: errPath)
      try process.run()
      process.waitUntilExit()
      let outData = try Data(contentsOf: URL(fileURLWithPath: outPath))
      let errData = try Data(contentsOf: URL(fileURLWithPath: errPath))
      return Run(
        stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
        status: process.terminationStatus, stdoutData: outData)
    }
  }

  /// Runs a shell command line (for pipes such as `emcode --list | head -1`), with `emcode`
  /// on the PATH.
  static func shell(_ command: String, environment: [String: String] = [:]) throws -> Run {
    try run(
      ["-c", command], environment: ["PATH": productsFolder.path + ":/usr/bin:/bin"].merging(environment) { $1 },
      executable: URL(fileURLWithPath: "/bin/bash"))
  }
}
