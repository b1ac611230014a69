import Foundation
import Testing

/// `--explain` over what a support engineer downloads: a folder of EMService and EMApp traces,
/// one of them gzip'd, with a binary file among them (Tests/Fixtures/traces/collection).
struct TraceCollectionTests {
  static let traces = Executable.repositoryRoot.appendingPathComponent("Tests/Fixtures/traces").path

  /// Runs emcode in the traces folder, so that the names in its output are short.
  static func inTraces(_ arguments: String) throws -> Executable.Run {
    try Executable.shell("cd '\(traces)' && emcode \(arguments)")
  }

  @Test func theSummaryNamesDevicesUsersAndTimes() throws {
    let run = try Self.inTraces("--lang en --explain collection")
    #expect(run.status == 0)
    #expect(run.stderr == "")
    let head = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix(11).joined(separator: "\n")
    #expect(
      head == """
        Summary: 3 inputs, 2106 lines, 2026-03-02 08:02:11,716 – 08:55:53,771; 1 binary file skipped
          successful logins/logouts: 10 (08:03:58,982 – 08:44:44,542)
          successful queries: 34 (08:02:11,716 – 08:55:53,570)

          Code   Count  First         Last          Name
          (22)       7  08:02:27,039  08:55:53,771  Device logon disabled
                        Devices: SEP00AABBCCDDEE 7 · Users: jdoe 3, asmith 2, pbrown 2
          22         7  08:02:27,035  08:55:53,763  Device logon disabled
                        Devices: SEP00AABBCCDDEE 7 · Users: jdoe 3, asmith 2, pbrown 2
          (25)       2  08:09:34,418  08:33:43,798  User logged in elsewhere
                        Devices: SEP001122334455 2 · Users: mkumar 2
        """, "\(run)")
    #expect(
      run.stdout.contains(
        "  26         2  08:36:02,402  08:52:33,903  Busy, please try again\n"
          + "                Device and user: not named\n"))
  }

  @Test func byDeviceTurnsTheSummaryRound() throws {
    let run = try Self.inTraces("--lang en --explain --by device collection")
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        """
          Device              Failures  First         Last          Codes                     Users
          SEP00AABBCCDDEE           14  08:02:27,035  08:55:53,771  (22) ×7, 22 ×7            jdoe 6, asmith 4, pbrown 4
          SEP001122334455            5  08:09:34,414  08:33:43,798  (25) ×2, 25 ×2, (201) ×1  mkumar 4, lchen 1
          SEP00AABBCCDDF0            3  08:27:00,449  08:52:33,906  (26) ×2, (205) ×1         asmith 1, bwilson 1, pbrown 1
          (without a device)         2

        """), "\(run)")
  }

  /// The report does not depend on how many inputs are read at once, nor on which finishes first.
  @Test(arguments: ["--jobs 2", "-j 4", ""])
  func theReportIsTheSameOnAnyNumberOfThreads(_ jobs: String) throws {
    let reference = try Self.inTraces("--json --explain --jobs 1 collection emservice-failures.log")
    let run = try Self.inTraces("--json --explain \(jobs) collection emservice-failures.log")
    #expect(run.status == 0)
    #expect(run.stdout == reference.stdout)
  }

  /// JSON lines: one object per outcome as `expected.json` describes it, then the summary.
  @Test func jsonLinesStreamEveryOutcomeThenTheSummary() throws {
    let run = try Self.inTraces("--format jsonl --explain collection")
    #expect(run.status == 0)
    let objects = try run.stdout.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    #expect(objects.last?["type"] as? String == "summary")
    let outcomes = objects.dropLast()
    #expect(outcomes.allSatisfy { $0["type"] as? String == "outcome" })
    let expected = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.traces + "/expected.json")))
        as? [String: Any])
    let files = try #require(expected["files"] as? [[String: Any]]).filter {
      ($0["file"] as? String)?.hasPrefix("collection/") == true && $0["skipped"] == nil
    }
    var wanted: [String] = []
    for file in files {
      for outcome in file["outcomes"] as? [[String: Any]] ?? [] {
        wanted.append(Self.key(file["file"] as? String, outcome))
      }
    }
    let found = outcomes.map { Self.key($0["input"] as? String, $0) }
    #expect(found == wanted)
  }

  static func key(_ input: String?, _ outcome: [String: Any]) -> String {
    let fields = ["line", "kind", "time", "service", "request", "device", "user"].map { name -> String in
      switch outcome[name] {
      case let number as Int: return String(number)
      case let text as String: return text
      default: return "-"
      }
    }
    return ([input ?? "-"] + fields).joined(separator: " ")
  }

  @Test func anUnreadableInputCostsOneLineAndStatus66() throws {
    let run = try Self.inTraces("--lang en --explain emservice-failures.log no-such.log")
    #expect(run.status == 66)
    #expect(run.stderr == "emcode: cannot read 'no-such.log': No such file or directory\n")
    #expect(run.stdout.hasPrefix("Summary: emservice-failures.log, 485 lines"), "the readable input is reported")
  }

  @Test func aBrokenGzipFileIsNamed() throws {
    let whole = try Data(contentsOf: URL(fileURLWithPath: Self.traces + "/collection/emservice/emservice00042.log.gz"))
    let run = try Executable.withTemporaryFolder { folder in
      let cut = folder.appendingPathComponent("cut.log.gz")
      try whole.prefix(whole.count / 2).write(to: cut)
      return try Executable.run(["--lang", "en", "--explain", cut.path])
    }
    #expect(run.status == 66)
    #expect(run.stderr.hasPrefix("emcode: cannot read '/"), "\(run)")
    #expect(run.stderr.hasSuffix(": the gzip data ends too early (truncated)\n"), "\(run)")
    #expect(run.stderr.split(separator: "\n").count == 1)
  }
}
