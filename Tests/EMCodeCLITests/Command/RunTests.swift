import EMCodeKit
import Testing

@testable import EMCodeCLI

/// The whole command run in-process: statuses, languages, environment and colour.
@Suite struct RunTests {
  static func run(_ arguments: [String], environment: [String: String] = [:], terminal: Bool = false) -> CommandResult {
    EMCodeCommand.run(arguments, context: RunContext(environment: { environment[$0] }, stdoutIsTerminal: terminal))
  }

  @Test(arguments: [
    (["22"], EMCodeCLI.ExitStatus.found), (["22", "24"], .notFound), (["24", "22"], .notFound),
    (["--search", "xyzzy"], .notFound),
    (["--search", "profile"], .found), (["--frequent"], .found), (["--list"], .found), (["--bogus"], .usage),
    ([], .usage),
    (["--help"], .found), (["--version"], .found), (["--explain", "/nonexistent/x.log"], .noInput),
    (["--frequent", "--family", "emcc"], .notFound),
  ])
  func exitStatus(_ arguments: [String], _ status: EMCodeCLI.ExitStatus) {
    #expect(Self.run(arguments).status == status)
  }

  @Test func unknownCodesDoNotStopTheOthers() {
    let result = Self.run(["24", "22", "1818"])
    #expect(result.stdout.hasPrefix("22  Device logon disabled"))
    #expect(
      result.stderr == """
        emcode: 24 is not a documented Extension Mobility code; did you mean 23, 25, 42 or 204?
        emcode: 1818 is not a documented Extension Mobility code; did you mean 18?

        """)
  }

  @Test func usageErrorsPrintOneLineAndNothingElse() {
    let result = Self.run(["22", "--frequent"])
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "emcode: --frequent takes no codes (got '22'); drop them or drop --frequent\n")
  }

  @Test func languageComesFromTheFlagThenTheEnvironmentThenGerman() {
    #expect(Self.run(["22"]).stdout.contains("Abhilfe"))
    #expect(Self.run(["22"], environment: ["EMCODE_LANG": "en"]).stdout.contains("Fix "))
    #expect(Self.run(["22"], environment: ["EMCODE_LANG": "en_US.UTF-8"]).stdout.contains("Fix "))
    #expect(Self.run(["--lang", "de", "22"], environment: ["EMCODE_LANG": "en"]).stdout.contains("Abhilfe"))
    #expect(Self.run(["22"], environment: ["EMCODE_LANG": ""]).stdout.contains("Abhilfe"))
    let wrong = Self.run(["22"], environment: ["EMCODE_LANG": "fr"])
    #expect(wrong.status == .usage)
    #expect(wrong.stderr == "emcode: EMCODE_LANG='fr' is not a language emcode knows; set it to de or en\n")
    #expect(Self.run(["--lang", "en", "22"], environment: ["EMCODE_LANG": "fr"]).status == .found)
  }

  @Test func colourFollowsTheTerminalAndTheConventions() {
    let escape = "\u{1B}["
    #expect(!Self.run(["22"]).stdout.contains(escape), "not a terminal")
    #expect(Self.run(["22"], terminal: true).stdout.contains(escape))
    #expect(!Self.run(["22"], environment: ["NO_COLOR": "1"], terminal: true).stdout.contains(escape))
    #expect(Self.run(["22"], environment: ["NO_COLOR": ""], terminal: true).stdout.contains(escape), "empty NO_COLOR")
    #expect(!Self.run(["22"], environment: ["TERM": "dumb"], terminal: true).stdout.contains(escape))
    #expect(Self.run(["--color", "always", "22"], environment: ["NO_COLOR": "1"]).stdout.contains(escape))
    #expect(!Self.run(["--color", "never", "22"], terminal: true).stdout.contains(escape))
    #expect(!Self.run(["--color", "always", "--json", "22"]).stdout.contains(escape), "never inside JSON")
    #expect(!Self.run(["--color", "always", "--format", "markdown", "--list"]).stdout.contains(escape))
  }

  @Test func colourMarksCodeNameAndFrequentOnly() {
    let line = Self.run(["--color", "always", "--lang", "en", "--list"]).stdout.split(separator: "\n")[3]
    #expect(line == "  \u{1B}[1;36m3\u{1B}[0m  service     Invalid App User  \u{1B}[33m[frequent]\u{1B}[0m")
  }

  @Test func wrapsAtColumns() {
    let narrow = Self.run(["22"], environment: ["COLUMNS": "60"]).stdout
    for line in narrow.split(separator: "\n") where !line.contains("http") {
      #expect(line.count <= 60, "\(line)")
    }
    let wide = Self.run(["22"], environment: ["COLUMNS": "200"]).stdout
    #expect(wide.split(separator: "\n").count < narrow.split(separator: "\n").count)
  }

  @Test func versionNamesTheDataDate() {
    #expect(Self.run(["--version"]).stdout == "emcode \(EMCodeCommand.version) (data of \(ErrorCatalog.dataDate))\n")
  }

  @Test func explainReadsStandardInput() {
    let input = Array("<response><failure><error code=\"22\">x</error></failure></response>".utf8)
    let result = EMCodeCommand.run(
      ["--explain", "--lang", "en"], context: RunContext(standardInput: { AnyByteReader(MemoryReader(input)) }))
    #expect(result.status == .found)
    #expect(result.stdout.hasPrefix("Line 1: <error code=\"22\">x</error>\n=> 22 Device logon disabled\n"))
  }

  @Test func explainRefusesToWaitForATerminal() {
    let result = EMCodeCommand.run(["--explain"], context: RunContext(stdinIsTerminal: true))
    #expect(result.status == .usage)
    #expect(
      result.stderr == "emcode: --explain needs a FILE or input on standard input, e.g. emcode --explain response.xml\n"
    )
  }

  @Test func explainOfNothingRecognisable() {
    let result = EMCodeCommand.run(
      ["--explain", "-"], context: RunContext(standardInput: { AnyByteReader(MemoryReader(Array("hello\n".utf8))) }))
    #expect(result.status == .notFound)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "emcode: nothing in standard input looks like an EM API response, a phone text or an EM log line\n")
  }
}

/// Regressions found by review.
@Suite struct RunRegressionTests {
  @Test func aWrongEMCODE_LANGDoesNotStopHelpOrVersion() {
    let environment = ["EMCODE_LANG": "fr"]
    #expect(RunTests.run(["--help"], environment: environment).status == .found)
    #expect(RunTests.run(["--version"], environment: environment).status == .found)
    #expect(RunTests.run(["--generate", "man"], environment: environment).status == .found)
    #expect(RunTests.run(["22"], environment: environment).status == .usage)
  }

  @Test func explainTwiceIsAUsageError() {
    let result = RunTests.run(["-e", "a.xml", "-e", "b.xml"])
    #expect(result.status == .usage)
    #expect(result.stderr == "emcode: -e is given twice; emcode explains one FILE at a time\n")
  }

  @Test func aNoBreakSpaceAroundACodeIsTrimmed() {
    #expect(RunTests.run(["\u{A0}22\u{A0}"]).status == .found)
  }

  @Test func searchWithoutMatchWritesAnEmptyJSONArray() {
    let result = RunTests.run(["--json", "--search", "xyzzy"])
    #expect(result.status == .notFound)
    #expect(result.stdout == "[]\n")
  }

  @Test func explainJSONNamesTheInputWithoutTranslation() {
    let input = Array("<error code=\"3\">x</error>".utf8)
    let result = EMCodeCommand.run(
      ["--json", "--explain"], context: RunContext(standardInput: { AnyByteReader(MemoryReader(input)) }))
    #expect(result.stdout.hasPrefix("{\n  \"input\": \"-\",\n"))
  }

  @Test func explainTextFitsTheWidth() {
    var text = ""
    for _ in 0..<12 { text += "Please try to login again (201)\n" }
    let input = Array(text.utf8)
    let result = EMCodeCommand.run(
      ["--explain", "--lang", "en"],
      context: RunContext(
        environment: { $0 == "COLUMNS" ? "60" : nil }, standardInput: { AnyByteReader(MemoryReader(input)) }))
    for line in result.stdout.split(separator: "\n") where !line.contains("://") {
      #expect(line.count <= 60, "\(line)")
    }
  }

  @Test func aLongLookupIsWrittenAsItGrows() {
    var flushed = 0
    var calls = 0
    var context = RunContext()
    context.flushOutput = { buffer in
      flushed += buffer.count
      calls += 1
      buffer.removeAll()
      return true
    }
    let result = EMCodeCommand.run(Array(repeating: "22", count: 1000), context: context)
    #expect(calls > 0)
    #expect(flushed + result.output.count > 1000 * 2000)
    #expect(result.output.count < 1 << 21, "what is left is less than two thresholds")
  }

  @Test func aLongLookupStopsWhenOutputFails() {
    var calls = 0
    var context = RunContext()
    context.flushOutput = { _ in
      calls += 1
      return false
    }
    _ = EMCodeCommand.run(Array(repeating: "22", count: 5000), context: context)
    #expect(calls == 1)
  }
}
