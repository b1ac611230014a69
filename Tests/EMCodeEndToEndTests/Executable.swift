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

  /// The folder the test binary lives in, which is where `swift build` put `emcode`.
  static var productsFolder: URL {
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    // On Linux the tests run from <products>/emcodePackageTests.xctest; on macOS from inside a bundle.
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("emcode").path), folder.path != "/" {
      folder.deleteLastPathComponent()
    }
    return folder
  }

  /// The `emcode` binary under test.
  static var url: URL { productsFolder.appendingPathComponent("emcode") }

  /// The repository's root folder.
  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Runs `emcode` with `arguments` and a clean environment (no EMCODE_LANG, NO_COLOR or COLUMNS
  /// unless given), optionally feeding `input` to standard input or connecting it to a file.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], input: Data? = nil, stdinFile: String? = nil,
    stdoutFile: String? = nil
  ) throws -> Run {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var clean = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    for (key, value) in environment { clean[key] = value }
    process.environment = clean
    let out = Pipe()
    let err = Pipe()
    if let stdoutFile {
      process.standardOutput = FileHandle(forWritingAtPath: stdoutFile)
    } else {
      process.standardOutput = out
    }
    process.standardError = err
    let inPipe = Pipe()
    if let stdinFile {
      process.standardInput = FileHandle(forReadingAtPath: stdinFile)
    } else {
      process.standardInput = inPipe
    }
    try process.run()
    // Read both pipes while the process runs, so that a large output cannot block it.
    var outData = Data()
    var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      outData = stdoutFile == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    if stdinFile == nil {
      if let input { try? inPipe.fileHandleForWriting.write(contentsOf: input) }
      try? inPipe.fileHandleForWriting.close()
    }
    process.waitUntilExit()
    group.wait()
    return Run(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus, stdoutData: outData)
  }

  /// Runs a shell command line (for pipes such as `emcode --list | head -1`).
  static func shell(_ command: String, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    var clean = ["PATH": productsFolder.path + ":/usr/bin:/bin", "LANG": "C.UTF-8"]
    for (key, value) in environment { clean[key] = value }
    process.environment = clean
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus, stdoutData: outData)
  }
}
