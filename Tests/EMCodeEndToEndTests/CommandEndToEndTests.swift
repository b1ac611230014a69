import Foundation
import Testing

/// Runs the built binary and compares exact output and exit status.
@Suite struct CommandEndToEndTests {
  @Test func explainsACode() throws {
    let run = try Executable.run(["--lang", "en", "30"], environment: ["COLUMNS": "80"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdout == """
        30  Proxy not allowed  (EM service)
          Phone   Login is unavailable(30) · Logout is unavailable(30)
          Meaning Login or logout through a proxy server is not allowed.
          Fix     Send the request without a proxy (no "Via" header) or set Allow Proxy
                  to True under System > Service Parameters (Cisco Extension Mobility).
          More    emcode -v 30 (sources S1 S2 S5)

        """, "\(run)")
  }

  @Test func explainsAnAmbiguousPhoneText() throws {
    let run = try Executable.run(["--lang", "en", "Please try to login again (201)"])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix("\"Please try to login again (201)\" can mean 201, 39 or 44:\n\n201  Authentication Error"))
    #expect(run.stdout.contains("\n39  Configuration Issue  (EMCC)\n"))
    #expect(run.stdout.contains("\n44  Cluster ID not valid (derived)  (EMCC)\n"))
  }

  @Test func listsTheFrequentCodes() throws {
    let run = try Executable.run(["--frequent"])
    #expect(run.status == 0)
    #expect(
      run.stdout == """
          1  EM-Dienst    Error on Parsing
          3  EM-Dienst    Invalid App User
          6  EM-Dienst    Database Error
         10  EM-Dienst    User lacks app proxy rights
         11  EM-Dienst    Device does not exist
         12  EM-Dienst    Dev. Profile not found
         18  EM-Dienst    Another user logged in
         22  EM-Dienst    Device logon disabled
         23  EM-Dienst    User not found
         25  EM-Dienst    User logged in elsewhere
         26  EM-Dienst    Busy, please try again
         47  EMCC         DN has multiple users
        201  EM-Anwendung Authentication Error
        202  EM-Anwendung Blank userid or pin
        205  EM-Anwendung User Profile Absent
        208  EM-Anwendung EMService Connection Error

        """)
  }

  @Test func searches() throws {
    let run = try Executable.run(["--search", "profile"])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix(
        " 12  EM-Dienst    Dev. Profile not found  [häufig]  — Name: „Dev. Profile not found“\n"
          + "205  EM-Anwendung User Profile Absent  [häufig]  — Name: „User Profile Absent“\n"))
    let none = try Executable.run(["--search", "xyzzy"])
    #expect(none.status == 1)
    #expect(none.stdout == "")
    #expect(
      none.stderr == "emcode: kein Code passt zu 'xyzzy'; weniger oder andere Wörter versuchen, oder emcode --list\n")
  }

  @Test func noArgumentsPrintTheShortHelp() throws {
    let run = try Executable.run([], environment: Executable.english)
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(run.stderr.hasPrefix("emcode: what a Cisco CUCM Extension Mobility error code means and how to fix it"))
    #expect(run.stderr.hasSuffix("All options: emcode --help; the manual: man emcode\n"))
    #expect(run.stderr == (try Executable.run(["-h"], environment: Executable.english)).stdout)
  }

  @Test func helpAndVersionExitZero() throws {
    let help = try Executable.run(["--help", "--lang", "en"])
    #expect(help.status == 0)
    #expect(
      help.stdout.hasPrefix(
        "emcode 1.1.0: what a Cisco CUCM Extension Mobility error code means and how to\n  fix it\n\nExamples:\n"))
    let version = try Executable.run(["--version"])
    #expect(version.stdout.hasPrefix("emcode 1.1.0 (Daten vom "))
  }

  @Test func explainsAResponseFromAFileAndFromStandardInput() throws {
    let file = Executable.repositoryRoot.appendingPathComponent("Tests/Fixtures/response.xml").path
    let fromFile = try Executable.run(["--lang", "en", "--explain", file])
    #expect(fromFile.status == 0)
    #expect(
      fromFile.stdout.hasPrefix(
        "Line 4: <error code=\"3\">Could not authenticate 'appid'</error>\n=> 3 Invalid App User\n\n3  Invalid App User  (EM service, frequent)\n"
      ))
    let fromPipe = try Executable.run(
      ["--lang", "en", "--explain"], input: try Data(contentsOf: URL(fileURLWithPath: file)))
    #expect(fromPipe.stdout == fromFile.stdout)
    let fromDash = try Executable.run(["--lang", "en", "--explain", "-"], stdinFile: file)
    #expect(fromDash.stdout == fromFile.stdout)
  }

  /// A generated log with known counts: the summary must count exactly.
  @Test func summarisesAGeneratedLog() throws {
    var log = ""
    var expected: [Int: (count: Int, first: Int, last: Int)] = [:]
    var successes = 0
    var line = 0
    for index in 0..<5000 {
      line += 1
      switch index % 50 {
      case 7:
        let code = [22, 25, 3, 99][index / 50 % 4]
        log +=
          "2026-11-27 10:00:00,000 DEBUG [exec-1] EMServiceServlet - Request failed returning<?xml version=\"1.0\"?><response><failure><error code=\"\(code)\">x</error></failure></response>\n"
        let old = expected[code] ?? (0, line, line)
        expected[code] = (old.count + 1, old.first, line)
      case 13, 31:
        log +=
          "2026-11-27 10:00:00,000 DEBUG [exec-2] EMServiceServlet - Request succeeded returning<?xml version=\"1.0\"?><response><success/></response>\n"
        successes += 1
      default:
        log +=
          "2026-11-27 10:00:00,000 DEBUG [exec-3] EMServiceServlet - Posting to EM Query Service:https://localhost:8443/emservice/EMServiceServlet\n"
      }
    }
    let run = try Executable.run(["--json", "--explain"], input: Data(log.utf8))
    #expect(run.status == 0)
    let document = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
    #expect(document["lines"] as? Int == 5000)
    #expect((document["successes"] as? [String: Any])?["count"] as? Int == successes)
    let failures = try #require(document["failures"] as? [[String: Any]])
    #expect(failures.count == 4)
    for failure in failures {
      let number = try #require(failure["number"] as? Int)
      let counts = try #require(expected[number])
      #expect(failure["count"] as? Int == counts.count, "code \(number)")
      #expect(failure["first_line"] as? Int == counts.first, "code \(number)")
      #expect(failure["last_line"] as? Int == counts.last, "code \(number)")
    }
    let text = try Executable.run(["--lang", "en", "--explain"], input: Data(log.utf8))
    #expect(
      text.stdout.hasPrefix(
        "Summary: standard input, 5000 lines, 2026-11-27 10:00:00,000\n"
          + "  successful logins/logouts: \(successes) (10:00:00,000)\n"))
  }

  @Test func aClosedPipeEndsQuietly() throws {
    let run = try Executable.shell("set -o pipefail; emcode --list | head -1")
    #expect(run.stdout == "  0  EM-Dienst    Unknown Error\n")
    #expect(run.stderr == "")
    #expect(run.status == 0)
  }

  @Test func theBinaryNeedsNoDataFile() throws {
    // Copy the binary alone to an empty folder and run it from there.
    let run = try Executable.withTemporaryFolder { folder in
      try FileManager.default.copyItem(at: Executable.url, to: folder.appendingPathComponent("emcode"))
      return try Executable.shell("cd '\(folder.path)' && ./emcode --lang en 22 | head -1")
    }
    #expect(run.stdout == "22  Device logon disabled  (EM service, frequent)\n")
  }
}
