import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The built binary in surroundings that work against it: resource limits, closed and
/// non-blocking descriptors, and floods of arguments.
///
/// Each ends with a documented status and at most one clear line per problem on standard error,
/// never a signal or a stack trace.
@Suite struct HostileSurroundingsTests {
  /// Whether the run ended by itself with no crash report on standard error.
  static func endedCleanly(_ run: Executable.Run) -> Bool {
    run.status < 128 && !run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump")
      && !run.stderr.contains("Aborted")
  }

  // MARK: Limits

  /// A file-size limit (`ulimit -f`, systemd's LimitFSIZE=) makes the write fail with "File too
  /// large" and exit 74, instead of SIGXFSZ killing emcode silently with its output cut (M1).
  @Test(arguments: [["--list", "--json"], ["--list"], ["--list", "--format", "markdown"], ["22", "23", "25", "201"]])
  func fileSizeLimitIsAnOutputError(_ arguments: [String]) throws {
    // The test runner's children inherit SIGXFSZ ignored; env gives emcode the default action
    // that a login shell or a systemd unit gives it, the one that killed 1.0.
    let run = try Executable.withTemporaryFolder { folder in
      try Executable.shell(
        "cd '\(folder.path)' && ulimit -f 1 && exec env --default-signal=XFSZ emcode \(arguments.joined(separator: " ")) > out",
        environment: Executable.english)
    }
    #expect(run.status == 74, "\(run)")
    #expect(run.stderr == "emcode: cannot write the output: File too large\n", "\(run)")
  }

  /// Whether the binary runs at all under ``addressSpaceLimit`` (a sanitizer build reserves
  /// terabytes of address space and cannot).
  static let fitsTheMemoryLimit: Bool = {
    (try? Executable.shell("ulimit -v \(addressSpaceLimit) && exec emcode --json 22 > /dev/null").status) == 0
  }()

  /// The address-space limit, in KiB, the memory tests run under: 32 MiB.
  static let addressSpaceLimit = 32_768

  /// Ten thousand codes in any format fit in 32 MiB of address space: answers are written as
  /// they are made, never gathered into one document first (M2).
  @Test(
    .enabled(if: fitsTheMemoryLimit, "emcode cannot start under a 32 MiB address-space limit (a sanitizer build?)"),
    arguments: [
      (["--json"], "}\n]\n"), (["--format", "markdown"], "\n"), ([], "\n"), (["-v"], "\n"), (["-b"], "\n"),
    ])
  func tenThousandCodesInFlatMemory(_ options: [String], _ ending: String) throws {
    let run = try Executable.shell(
      "set -o pipefail; (ulimit -v \(Self.addressSpaceLimit) && exec emcode \(options.joined(separator: " ")) "
        + "$(printf '22 %.0s' $(seq 1 10000))) | tail -c 200",
      environment: Executable.english)
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr == "", "\(run.stderr.prefix(2000))")
    #expect(run.stdout.hasSuffix(ending), "\(run.stdout)")
  }

  // MARK: Floods of unknown names

  /// A hundred thousand unknown arguments, alternating names and numbers, give one line each, in
  /// the order typed, within 32 MiB of address space (L5).
  @Test(.enabled(if: fitsTheMemoryLimit, "emcode cannot start under a 32 MiB address-space limit (a sanitizer build?)"))
  func unknownNamesGiveOneLineEachInOrder() throws {
    let run = try Executable.shell(
      "ulimit -v \(Self.addressSpaceLimit) && exec emcode $(for i in $(seq 1 50000); do echo \"Devise$i 999\"; done)",
      environment: Executable.english)
    #expect(run.status == 1, "\(run.stderr.prefix(500))")
    #expect(Self.endedCleanly(run))
    let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 100_000)
    for (index, line) in lines.enumerated() {
      let expected = index % 2 == 0 ? "emcode: 'Devise\(index / 2 + 1)' is not" : "emcode: 999 is not a documented"
      guard line.hasPrefix(expected) else {
        Issue.record("line \(index + 1): \(line), expected \(expected)…")
        break
      }
    }
  }

  /// A message reaches standard error when its argument is reached, not when the run ends: with
  /// both streams in one file, the line for an unknown name comes before the answers that follow
  /// it (L5).
  @Test func messagesAreWrittenAsTheyCome() throws {
    let run = try Executable.shell(
      "emcode Devise $(printf '22 %.0s' $(seq 1 100)) 2>&1", environment: Executable.english)
    #expect(run.status == 1)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("emcode: 'Devise' is not a documented code") == true, "\(lines.prefix(2))")
    #expect(lines.filter { $0.hasPrefix("emcode: ") }.count == 1)
    #expect(lines.filter { $0.hasPrefix("22 ") }.count == 100)
  }

  // MARK: Descriptors

  /// A closed standard input or output is reported in words, never as a bare errno (L7).
  @Test(arguments: [
    ("emcode --explain <&-", 66, "emcode: cannot read standard input: Bad file descriptor\n", "en"),
    ("emcode --explain - <&-", 66, "emcode: cannot read standard input: Bad file descriptor\n", "en"),
    ("emcode 22 >&-", 74, "emcode: cannot write the output: Bad file descriptor\n", "en"),
    ("emcode --explain <&-", 66, "emcode: Standardeingabe lässt sich nicht lesen: ungültiger Dateideskriptor\n", "de"),
    ("emcode 22 >&-", 74, "emcode: die Ausgabe lässt sich nicht schreiben: ungültiger Dateideskriptor\n", "de"),
  ])
  func closedDescriptorsAreNamed(_ command: String, _ status: Int32, _ stderr: String, _ language: String) throws {
    let run = try Executable.shell(command, environment: ["EMCODE_LANG": language])
    #expect(run.status == status, "\(run)")
    #expect(run.stderr == stderr, "\(run)")
    #expect(!run.stderr.contains("errno"))
  }

  /// Makes a pipe whose one end is non-blocking: `[read, write]`.
  static func nonBlockingPipe(nonBlockingEnd: Int) throws -> [Int32] {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    let flags = fcntl(ends[nonBlockingEnd], F_GETFL)
    try #require(fcntl(ends[nonBlockingEnd], F_SETFL, flags | O_NONBLOCK) == 0)
    return ends
  }

  /// Runs emcode with the given descriptors as standard input and output, and standard error to a pipe.
  static func start(_ arguments: [String], input: FileHandle?, output: FileHandle?) throws -> (Process, Pipe) {
    let process = Process()
    process.executableURL = Executable.url
    process.arguments = arguments
    process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(Executable.english) { $1 }
    process.standardInput = input ?? FileHandle.nullDevice
    process.standardOutput = output ?? FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    return (process, errors)
  }

  /// A non-blocking standard output that a slow reader empties: emcode waits for room instead of
  /// failing at 64 KiB with EAGAIN (L6).
  @Test(arguments: [["--list", "--json"], ["-v"] + Array(repeating: "22", count: 100)])
  func nonBlockingStandardOutput(_ arguments: [String]) throws {
    let expected = try Executable.run(arguments, environment: Executable.english).stdoutData
    try #require(expected.count > 65_536, "the output must be larger than a pipe's buffer")
    let ends = try Self.nonBlockingPipe(nonBlockingEnd: 1)
    let reader = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
    let writer = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
    let (process, errors) = try Self.start(arguments, input: nil, output: writer)
    try writer.close()
    // Let emcode fill the pipe while nobody reads, then read it all.
    usleep(300_000)
    let received = reader.readDataToEndOfFile()
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(stderr)")
    #expect(stderr == "")
    #expect(received == expected)
  }

  /// A non-blocking standard input that is still empty when emcode starts: emcode waits for the
  /// data instead of failing at once with EAGAIN (L6).
  @Test func nonBlockingStandardInputThatIsEmptyAtFirst() throws {
    signal(SIGPIPE, SIG_IGN)
    let ends = try Self.nonBlockingPipe(nonBlockingEnd: 0)
    let reader = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
    let writer = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
    let output = Pipe()
    let (process, errors) = try Self.start(["--explain"], input: reader, output: output.fileHandleForWriting)
    try reader.close()
    try output.fileHandleForWriting.close()
    usleep(300_000)
    try? writer.write(contentsOf: Data("<response><failure><error code=\"22\">x</error></failure></response>\n".utf8))
    try writer.close()
    let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(stderr)")
    #expect(stderr == "")
    #expect(stdout.contains("22"), "\(stdout)")
  }
}
