import Foundation
import Testing

/// Runs the built binary and compares exact output and exit status.
@Suite struct CommandEndToEndTests {
  @Test func explainsACode() throws {
    let run = try Executable.run(["--lang", "en", "30"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdout == """
        30  Proxy not allowed
          Family          EM service (EMService)
          Description     Log in or Log out using a proxy server is not allowed.
          Cause           Login and logout occur through a proxy ("Via" is set in the
                          HTTP header) and the Allow Proxy service parameter is set to
                          False.
          Phone shows     Login is unavailable(30)
                          Logout is unavailable(30)
          Fix             Send the request without a proxy (no "Via" header) or set the
                          Allow Proxy service parameter to True.
          Sources         S1  Cisco Extension Mobility API Developer Guide (DevNet):
                              Response Codes (also its Request Types Reference, Message
                              Document Type Definitions and How It Works sections); CUCM
                              latest (no changes from 11.0 to 14)
                              https://developer.cisco.com/docs/extension-mobility-api/response-codes
                          S2  CUCM Feature Configuration Guide 12.5(1)SU3, Extension
                              Mobility Cross Cluster: Extension Mobility Application and
                              Service Error Codes; CUCM 12.5(1)SU3
                              https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/12_5_1SU3/cucm_b_feature-configuration-guide-for-cisco1251su3/cucm_b_feature-configuration-guide-for-cisco1251su3_chapter_011111.html

        """, "\(run)")
  }

  @Test func explainsAnAmbiguousPhoneText() throws {
    let run = try Executable.run(["--lang", "en", "Please try to login again (201)"])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix("\"Please try to login again (201)\" can mean 201, 39 or 44:\n\n201  Authentication Error"))
    #expect(run.stdout.contains("\n39  Configuration Issue\n"))
    #expect(run.stdout.contains("\n44  Cluster ID not valid (derived)\n"))
  }

  @Test func listsTheFrequentCodes() throws {
    let run = try Executable.run(["--frequent"])
    #expect(run.status == 0)
    #expect(
      run.stdout == """
          3  service     Invalid App User
          6  service     Database Error
         10  service     User lacks app proxy rights
         11  service     Device does not exist
         12  service     Dev. Profile not found
         18  service     Another user logged in
         22  service     Device logon disabled
         23  service     User not found
         25  service     User logged in elsewhere
         26  service     Busy, please try again
        201  application Authentication Error
        202  application Blank userid or pin
        205  application User Profile Absent
        207  application Device Name Empty
        208  application EMService Connection Error

        """)
  }

  @Test func searches() throws {
    let run = try Executable.run(["--search", "profile"])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix(
        " 12  service     Dev. Profile not found  [häufig]\n205  application User Profile Absent  [häufig]\n"))
    let none = try Executable.run(["--search", "xyzzy"])
    #expect(none.status == 1)
    #expect(none.stdout == "")
    #expect(none.stderr == "emcode: no code matches 'xyzzy'; try fewer or other words, or emcode --list\n")
  }

  @Test func noArgumentsPrintTheShortUsage() throws {
    let run = try Executable.run([])
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(
      run.stderr.hasPrefix(
        "emcode: what a Cisco CUCM Extension Mobility error code means and how to fix it\n\n  emcode 22 "))
    #expect(run.stderr.hasSuffix("See 'emcode --help' for all options.\n"))
  }

  @Test func helpAndVersionExitZero() throws {
    let help = try Executable.run(["--help"])
    #expect(help.status == 0)
    #expect(
      help.stdout.hasPrefix(
        "emcode 1.0.0: what a Cisco CUCM Extension Mobility error code means and how to fix it\n\nExamples:\n"))
    let version = try Executable.run(["--version"])
    #expect(version.stdout.hasPrefix("emcode 1.0.0 (data of "))
  }

  @Test func explainsAResponseFromAFileAndFromStandardInput() throws {
    let file = Executable.repositoryRoot.appendingPathComponent("Tests/Fixtures/response.xml").path
    let fromFile = try Executable.run(["--lang", "en", "--explain", file])
    #expect(fromFile.status == 0)
    #expect(
      fromFile.stdout.hasPrefix(
        "Line 4: <error code=\"3\">Could not authenticate 'appid'</error>\n=> 3 Invalid App User\n\n3  Invalid App User  [frequent]\n"
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
        "Summary: standard input, 5000 lines\n  successful logins/logouts: \(successes) (lines 14-4982)\n"))
  }

  @Test func aClosedPipeEndsQuietly() throws {
    let run = try Executable.shell("set -o pipefail; emcode --list | head -1")
    #expect(run.stdout == "  0  service     Unknown Error\n")
    #expect(run.stderr == "")
    #expect(run.status == 0)
  }

  @Test func theBinaryNeedsNoDataFile() throws {
    // Copy the binary alone to an empty folder and run it from there.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("emcode-alone-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("emcode")
    try FileManager.default.copyItem(at: Executable.url, to: copy)
    let run = try Executable.shell("cd '\(folder.path)' && ./emcode --lang en 22 | head -1")
    #expect(run.stdout == "22  Device logon disabled  [frequent]\n")
  }
}
