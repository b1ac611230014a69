import Foundation
import Testing

/// Hostile and wrong input, run through the built binary.
///
/// Every case ends with its documented exit status and, where it fails, exactly one clear
/// line on standard error. None may crash, hang or flood.
@Suite struct BadInputTests {
  /// How a case feeds emcode.
  enum Input: Sendable {
    case none
    case bytes(@Sendable () -> Data)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    let shell: String?
    let input: Input
    let environment: [String: String]
    let status: Int32
    let stderr: String?
    var testDescription: String { name }

    /// A case run directly.
    ///
    /// `stderr` is the start of the one expected line, or nil for none.
    init(
      _ name: String, _ arguments: [String], input: Input = .none, environment: [String: String] = [:],
      status: Int32, stderr: String?
    ) {
      self.init(name, arguments, nil, input, environment, status, stderr)
    }

    /// A case run through bash, for arguments a Swift String cannot hold and for redirections.
    init(
      _ name: String, shell: String, input: Input = .none, environment: [String: String] = [:], status: Int32,
      stderr: String?
    ) {
      self.init(name, [], shell, input, environment, status, stderr)
    }

    private init(
      _ name: String, _ arguments: [String], _ shell: String?, _ input: Input, _ environment: [String: String],
      _ status: Int32, _ stderr: String?
    ) {
      self.name = name
      self.arguments = arguments
      self.shell = shell
      self.input = input
      self.environment = environment
      self.status = status
      self.stderr = stderr
    }
  }

  static func data(_ text: String) -> @Sendable () -> Data { { Data(text.utf8) } }

  static let cases: [Case] = portableCases + linuxCases

  /// Cases that need Linux: /proc, /etc/hostname as a file and /dev/full.
  static var linuxCases: [Case] {
    #if os(Linux)
      return [
        Case(
          "a file that fails to read", ["--explain", "/proc/self/mem"], status: 66,
          stderr: "emcode: cannot read '/proc/self/mem': Input/output error"),
        Case(
          "a path through a file", ["--explain", "/etc/hostname/x"], status: 66,
          stderr: "emcode: cannot read '/etc/hostname/x': Not a directory"),
        Case(
          "full disk", shell: "emcode --list > /dev/full", status: 74,
          stderr: "emcode: cannot write the output: No space left on device"),
        Case(
          "full disk, explain", shell: "emcode --explain Tests/Fixtures/em-service.log > /dev/full", status: 74,
          stderr: "emcode: cannot write the output: No space left on device"),
      ]
    #else
      return []
    #endif
  }

  static let portableCases: [Case] = [
    // Arguments that are no code.
    Case("empty argument", [""], status: 64, stderr: "emcode: an empty argument is not a code"),
    Case("blank argument", ["   "], status: 64, stderr: "emcode: an empty argument is not a code"),
    Case(
      "negative code", ["-5"], status: 1,
      stderr: "emcode: '-5' is not a documented Extension Mobility code; codes are 0 or greater"),
    Case("minus zero", ["-0"], status: 1, stderr: "emcode: '-0' is not a documented"),
    Case(
      "30-digit code", ["123456789012345678901234567890"], status: 1,
      stderr: "emcode: 12345678901234567890… is not a documented Extension Mobility code; codes run from 0 to 216"),
    Case(
      "zeros then a huge number", [String(repeating: "0", count: 50) + "99999999999"], status: 1,
      stderr: "emcode: 99999999999 is not a documented"),
    Case(
      "decimal point", ["22.5"], status: 1,
      stderr: "emcode: '22.5' is not a code: Extension Mobility codes are whole numbers such as 22"),
    Case("decimal comma", ["22,0"], status: 1, stderr: "emcode: '22,0' is not a code"),
    Case(
      "hex", ["0x16"], status: 1,
      stderr: "emcode: '0x16' is not a code: Extension Mobility codes are decimal (0x16 is 22: emcode 22)"),
    Case(
      "hex not a code", ["0xFFFF"], status: 1,
      stderr: "emcode: '0xFFFF' is not a code: Extension Mobility codes are decimal"),
    Case(
      "a lone dash", ["-"], status: 1,
      stderr: "emcode: '-' is not a code; to read standard input use: emcode --explain -"),
    Case("invalid UTF-8", shell: "emcode \"$(printf '\\xff\\xfe\\xc3')\"", status: 1, stderr: "emcode: '"),
    Case(
      "control characters", ["22\n23\u{1B}[31m"], status: 1,
      stderr: "emcode: '22\\u{a}23\\u{1b}[31m' is not a documented code"),
    Case("100 kB argument", [String(repeating: "a", count: 100_000)], status: 1, stderr: "emcode: 'aaaa"),
    Case(
      "100 kB of numbers", [String(repeating: "a(9999)", count: 14_000)], status: 1,
      stderr: "emcode: 9999 is not a documented"),
    Case("format string", ["%s%n%x%p"], status: 1, stderr: "emcode: '%s%n%x%p' is not a documented code"),
    Case("search for a format string", ["--search", "%s%n"], status: 1, stderr: "emcode: no code matches '%s%n'"),
    Case("search for a regex", ["--search", ".*"], status: 1, stderr: "emcode: no code matches '.*'"),
    Case(
      "search for a character class", ["--search", "[a-z]+"], status: 1, stderr: "emcode: no code matches '[a-z]+'"),
    Case(
      "search for 10,000 words", ["--search"] + (0..<10_000).map { "w\($0)" }, status: 1,
      stderr: "emcode: no code matches 'w0 w1"),
    Case("JSON of an unknown code", ["--json", "99"], status: 1, stderr: "emcode: 99 is not a documented"),
    // Options.
    Case("missing --lang value", ["--lang"], status: 64, stderr: "emcode: --lang needs a value: de, en"),
    Case("missing --format value", ["22", "--format"], status: 64, stderr: "emcode: --format needs a value"),
    Case("missing --color value", ["--color"], status: 64, stderr: "emcode: --color needs a value"),
    Case("missing --generate value", ["--generate"], status: 64, stderr: "emcode: --generate needs a value"),
    Case("option as a value", ["--lang", "--json", "22"], status: 64, stderr: "emcode: --lang needs a value"),
    Case("empty --lang value", ["--lang=", "22"], status: 64, stderr: "emcode: --lang does not take ''"),
    Case(
      "huge --lang value", ["--lang", String(repeating: "x", count: 100_000)], status: 64,
      stderr: "emcode: --lang does not take 'xxxx"),
    Case(
      "wrong --color value", ["--color=sometimes", "22"], status: 64,
      stderr: "emcode: --color does not take 'sometimes'"),
    Case(
      "wrong --generate value", ["--generate", "powershell"], status: 64,
      stderr: "emcode: --generate does not take 'powershell'"),
    Case(
      "conflicting modes", ["--frequent", "--list"], status: 64,
      stderr: "emcode: --frequent and --list cannot be used together; choose one"),
    Case(
      "search and explain", ["--search", "x", "--explain"], status: 64,
      stderr: "emcode: --search and --explain cannot be used together"),
    Case(
      "generate and list", ["--generate", "man", "--list"], status: 64,
      stderr: "emcode: --generate and --list cannot be used together"),
    Case("unknown option", ["--bogus"], status: 64, stderr: "emcode: unknown option '--bogus'; see emcode --help"),
    Case(
      "mistyped option", ["--serach", "profile"], status: 64,
      stderr: "emcode: unknown option '--serach'; did you mean '--search'?"),
    Case("unknown short option", ["-x"], status: 64, stderr: "emcode: unknown option '-x'"),
    Case("three dashes", ["---"], status: 64, stderr: "emcode: unknown option '---'"),
    Case("flag with a value", ["--json=yes", "22"], status: 64, stderr: "emcode: --json takes no value"),
    Case(
      "wrong EMCODE_LANG", ["22"], environment: ["EMCODE_LANG": "klingon", "LANG": "en_US.UTF-8"], status: 0,
      stderr: "emcode: warning: EMCODE_LANG='klingon' is not a language emcode speaks (de or en)"),
    Case("odd COLUMNS", ["22"], environment: ["COLUMNS": "-5"], status: 0, stderr: nil),
    Case("huge COLUMNS", ["22"], environment: ["COLUMNS": "99999999999999999999999"], status: 0, stderr: nil),
    Case("no arguments", [], status: 64, stderr: "emcode: what a Cisco CUCM Extension Mobility error code means"),
    // Files for --explain.
    Case(
      "missing file", ["--explain", "/no/such/file.xml"], status: 66,
      stderr: "emcode: cannot read '/no/such/file.xml': No such file or directory"),
    Case(
      "a folder without EM text",
      ["--explain", Executable.repositoryRoot.appendingPathComponent("Sources/emcode").path],
      status: 1,
      stderr:
        "emcode: nothing in '\(Executable.repositoryRoot.appendingPathComponent("Sources/emcode").path)' looks like"),
    Case("empty file name", ["--explain="], status: 66, stderr: "emcode: cannot read '': an empty file name"),
    Case(
      "empty input", ["--explain"], input: .bytes(data("")), status: 1,
      stderr: "emcode: nothing in standard input looks like an EM API response"),
    Case("/dev/null", ["--explain", "/dev/null"], status: 1, stderr: "emcode: nothing in '/dev/null' looks like"),
    Case(
      "1 MB of random bytes", ["--explain", "-"], input: .bytes({ randomBytes(1 << 20) }), status: 1,
      stderr: "emcode: nothing in standard input looks like"),
    Case(
      "200,000 nested elements", ["--explain"],
      input: .bytes({
        Data(
          (String(repeating: "<a>", count: 200_000) + "<error code=\"4\">x</error>"
            + String(repeating: "</a>", count: 200_000)).utf8)
      }), status: 0, stderr: nil),
    Case(
      "100,000-digit code", ["--explain"],
      input: .bytes({
        Data(
          ("<response><failure><error code=\"" + String(repeating: "7", count: 100_000)
            + "\">x</error></failure></response>").utf8)
      }), status: 0, stderr: nil),
    Case("billion laughs", ["--explain"], input: .bytes(data(billionLaughs)), status: 0, stderr: nil),
    Case(
      "truncated response", ["--explain"], input: .bytes(data("<response><failure><error code=\"26\">Bu")), status: 0,
      stderr: nil),
    Case(
      "CRLF file", ["--explain"],
      input: .bytes(data("<response>\r\n<failure>\r\n<error code=\"22\">x</error>\r\n</failure>\r\n</response>\r\n")),
      status: 0, stderr: nil),
    Case(
      "UTF-16 file", ["--explain", "-"], input: .bytes({ utf16("\u{FEFF}Login is unavailable(23)\r\n") }), status: 0,
      stderr: nil),
    Case(
      "a NUL in the input", ["--explain"],
      input: .bytes({ Data([0, 0]) + Data("Login is unavailable(23)".utf8) + Data([0]) }), status: 0, stderr: nil),
    // Found by the red-team run of 1.0 (issue 13).
    Case(
      "a line feed and a NUL before UTF-8 (L1)", ["--explain"],
      input: .bytes({ Data([0x0A, 0]) + Data("2026-11-27 07:00:00 Login is unavailable(23)\n".utf8) }), status: 0,
      stderr: nil),
    Case(
      "a letter and a NUL before UTF-8 (L1)", ["--explain"],
      input: .bytes({ Data([0x41, 0]) + Data(" 2026-11-27 07:00:00 Login is unavailable(23)\n".utf8) }), status: 0,
      stderr: nil),
    Case(
      "a command separator in a search hint (L2)", ["abc; touch pwned"], status: 1,
      stderr:
        "emcode: 'abc; touch pwned' is not a documented code, name or phone text; to search the texts try: "
        + "emcode --search 'abc; touch pwned'\n"),
    Case(
      "a command substitution in a search hint (L2)", ["x$(id)x"], status: 1,
      stderr:
        "emcode: 'x$(id)x' is not a documented code, name or phone text; to search the texts try: "
        + "emcode --search 'x$(id)x'\n"),
    Case(
      "a right-to-left override (L3)", ["ab\u{202E}cd"], status: 1,
      stderr: "emcode: 'ab\\u{202e}cd' is not a documented code"),
    Case(
      "a directional isolate (L3)", ["\u{2066}Fehler\u{2069} 22"], status: 1,
      stderr: "emcode: '\\u{2066}Fehler\\u{2069} 22' is not a documented code"),
    Case(
      "a zero-width space inside (L3)", ["Dev\u{200B}ice"], status: 1,
      stderr: "emcode: 'Dev\\u{200b}ice' is not a documented code"),
    Case(
      "a line separator (L3)", ["a\u{2028}b"], status: 1, stderr: "emcode: 'a\\u{2028}b' is not a documented code"),
    Case(
      "a right-to-left override in an option (L3)", ["--\u{202E}gnal"], status: 64,
      stderr: "emcode: unknown option '--\\u{202e}gnal'"),
    Case(
      "a right-to-left override in a file name (L3)", ["--explain", "/no/such/\u{202E}gol.xml"], status: 66,
      stderr: "emcode: cannot read '/no/such/\\u{202e}gol.xml': No such file or directory"),
    Case("a byte order mark before a code (L9)", ["\u{FEFF}22"], status: 0, stderr: nil),
    Case("a byte order mark after a code (L9)", ["22\u{FEFF}"], status: 0, stderr: nil),
    Case("zero-width spaces around a code (L9)", ["\u{200B}22\u{200B}"], status: 0, stderr: nil),
    Case("no-break spaces around a code (L9)", ["\u{A0}22\u{A0}"], status: 0, stderr: nil),
    Case("an ideographic space after a code (L9)", ["22\u{3000}"], status: 0, stderr: nil),
    Case("a word joiner and a tab (L9)", ["\u{2060}\t22 "], status: 0, stderr: nil),
    Case(
      "a negative number in parentheses (L12)", ["(-1)"], status: 1,
      stderr: "emcode: '(-1)' is not a documented code, name or phone text; see emcode --help\n"),
    Case(
      "a negative code in parentheses (L12)", ["(-22)"], status: 1,
      stderr: "emcode: '(-22)' is not a documented code, name or phone text; see emcode --help\n"),
    Case(
      "a number after a minus sign U+2212 (L12)", ["(\u{2212}1)"], status: 1,
      stderr: "emcode: '(\u{2212}1)' is not a documented code, name or phone text; see emcode --help\n"),
    Case(
      "a code glued to letters (L12)", ["abc22"], status: 1,
      stderr: "emcode: 'abc22' is not a documented code, name or phone text; to search the texts try: "
        + "emcode --search abc22\n"),
    Case(
      "a code inside a word (L12)", ["x216y"], status: 1,
      stderr: "emcode: 'x216y' is not a documented code, name or phone text; to search the texts try: "
        + "emcode --search x216y\n"),
    // Output that cannot be written.
    Case(
      "closed pipe", shell: "set -o pipefail; env --default-signal=PIPE emcode --list --json | head -c 1 >/dev/null",
      status: 0, stderr: nil),
  ]

  @Test(arguments: cases)
  func endsWithItsStatusAndOneClearLine(_ example: Case) throws {
    var input: Data?
    if case .bytes(let make) = example.input { input = make() }
    // The messages are pinned in English; German runs are covered by the language tests.
    let environment = Executable.english.merging(example.environment) { $1 }
    let run: Executable.Run
    if let shell = example.shell {
      run = try Executable.shell("cd '\(Executable.repositoryRoot.path)' && \(shell)", environment: environment)
    } else {
      run = try Executable.run(example.arguments, environment: environment, input: input)
    }
    #expect(run.status == example.status, "\(run)")
    if let stderr = example.stderr {
      #expect(run.stderr.hasPrefix(stderr), "\(run.stderr)")
      if example.name != "no arguments" {
        #expect(run.stderr.filter { $0 == "\n" }.count == 1 && run.stderr.hasSuffix("\n"), "one line: \(run.stderr)")
        #expect(run.stderr.count < 400, "a clear line, not a flood")
      }
    } else {
      #expect(run.stderr == "", "\(run.stderr)")
    }
    #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
  }

  static let billionLaughs = """
    <?xml version="1.0"?>
    <!DOCTYPE lolz [
     <!ENTITY lol "lol">
     <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
     <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
     <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
    ]>
    <response><failure><error code="6">&lol9;</error></failure></response>
    """

  /// Deterministic bytes that look random, without a trigger that could make them an outcome by chance.
  static func randomBytes(_ count: Int) -> Data {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var bytes = [UInt8](repeating: 0, count: count)
    for index in 0..<count {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      bytes[index] = UInt8(truncatingIfNeeded: state)
    }
    return Data(bytes)
  }

  static func utf16(_ text: String) -> Data {
    var bytes: [UInt8] = []
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    return Data(bytes)
  }

  /// The explanation of a 100,000-digit code says it is unreadable, and the summary of the
  /// billion laughs shows the entity unexpanded.
  @Test func hostileDocumentsAreExplainedHonestly() throws {
    let digits = try Executable.run(
      ["--lang", "en", "--explain"],
      input: Data(("<error code=\"" + String(repeating: "7", count: 100_000) + "\">x</error>").utf8))
    #expect(
      digits.stdout.contains("…\n=> API error with an unreadable code\n"),
      "the fragment is cut and the code called unreadable")
    let laughs = try Executable.run(["--lang", "en", "--explain"], input: Data(Self.billionLaughs.utf8))
    #expect(laughs.stdout.contains("Line 8: <error code=\"6\">&lol9;</error>\n=> 6 Database Error\n"))
  }
}
