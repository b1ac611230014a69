import EMCodeKit
import Foundation
import Testing

@testable import EMCodeCLI

/// The whole command run in-process: statuses, languages, environment, colour and paging.
@Suite struct RunTests {
  static func run(
    _ arguments: [String], environment: [String: String] = [:], terminal: Bool = false, input: String = ""
  ) -> CommandResult {
    let bytes = Array(input.utf8)
    return EMCodeCommand.run(
      arguments,
      context: RunContext(
        environment: { environment[$0] }, stdoutIsTerminal: terminal, terminalWidth: terminal ? 80 : nil,
        standardInput: { AnyByteReader(MemoryReader(bytes)) }))
  }

  @Test(arguments: [
    (["22"], EMCodeCLI.ExitStatus.found), (["22", "24"], .notFound), (["24", "22"], .notFound),
    (["--search", "xyzzy"], .notFound), (["--search", "profile"], .found), (["--frequent"], .found),
    (["--list"], .found), (["--bogus"], .usage), ([], .usage), (["--help"], .found), (["-h"], .found),
    (["--version"], .found), (["--explain", "/nonexistent/x.log"], .noInput),
    (["--frequent", "--family", "emcc"], .found), (["-b", "--list"], .found), (["-v", "22"], .found),
  ])
  func exitStatus(_ arguments: [String], _ status: EMCodeCLI.ExitStatus) {
    #expect(Self.run(arguments).status == status)
  }

  @Test func unknownCodesDoNotStopTheOthers() {
    let result = Self.run(["24", "22", "1818", "--lang", "en"])
    #expect(result.stdout.hasPrefix("22  Device logon disabled"))
    #expect(
      result.stderr == """
        emcode: 24 is not a documented Extension Mobility code; did you mean 23, 25, 42 or 204?
        emcode: 1818 is not a documented Extension Mobility code; did you mean 18?

        """)
  }

  @Test func wordsTypedWithoutQuotesAreOneText() {
    let typed = Self.run(["Login", "is", "unavailable", "23"])
    #expect(typed.status == .found)
    #expect(typed.stdout.hasPrefix("23  User not found"))
    #expect(typed.stderr.isEmpty)
    let ambiguous = Self.run(["--lang", "en", "Please", "try", "to", "login", "again", "201"])
    #expect(ambiguous.stdout.hasPrefix("\"Please try to login again 201\" can mean 201, 39 or 44:\n\n201  "))
    let unknown = Self.run(["foo", "bar", "baz", "22"])
    #expect(unknown.status == .notFound)
    #expect(unknown.stderr.split(separator: "\n").count == 1, "one line for the words that mean nothing")
  }

  @Test func usageErrorsPrintOneLineAndNothingElse() {
    let result = Self.run(["22", "--frequent"])
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "emcode: --frequent nimmt keine Codes (erhalten: '22'); diese oder --frequent weglassen\n")
  }

  /// `--lang`, then EMCODE_LANG, then LC_ALL, LC_MESSAGES, LANG; German by default and for
  /// anything else; an unusable EMCODE_LANG costs one warning and is passed over.
  @Test(arguments: [
    ([String](), [String: String](), Language.german),
    (["--lang", "en"], ["EMCODE_LANG": "de"], .english),
    ([], ["EMCODE_LANG": "en"], .english),
    ([], ["EMCODE_LANG": "en_US.UTF-8"], .english),
    ([], ["EMCODE_LANG": ""], .german),
    ([], ["LANG": "en_US.UTF-8"], .english),
    ([], ["LANG": "de_AT.UTF-8"], .german),
    ([], ["LANG": "C"], .german), ([], ["LANG": "POSIX"], .german), ([], ["LANG": "fr_FR.UTF-8"], .german),
    ([], ["LC_MESSAGES": "en_GB", "LANG": "de_DE"], .english),
    ([], ["LC_ALL": "de_DE", "LC_MESSAGES": "en_GB"], .german),
    ([], ["LC_ALL": "", "LC_MESSAGES": "en_GB"], .english),
    ([], ["EMCODE_LANG": "fr", "LANG": "en_US"], .english),
  ])
  func languageFollowsTheFlagThenTheEnvironment(
    _ flags: [String], _ environment: [String: String], _ expected: Language
  ) {
    let result = Self.run(flags + ["22"], environment: environment)
    #expect(result.status == .found)
    #expect(result.stdout.contains(expected == .german ? "  Abhilfe " : "  Fix "))
  }

  @Test func anUnusableEMCODE_LANGCostsOneWarningNotTheRun() {
    let german = Self.run(["22"], environment: ["EMCODE_LANG": "fr"])
    #expect(german.status == .found)
    #expect(
      german.stderr
        == "emcode: Warnung: EMCODE_LANG='fr' ist keine Sprache von emcode (de oder en); die Ausgabe ist deutsch\n")
    let english = Self.run(["22"], environment: ["EMCODE_LANG": "fr", "LANG": "en_US.UTF-8"])
    #expect(english.stderr.hasPrefix("emcode: warning: EMCODE_LANG='fr' is not a language emcode speaks"))
    #expect(Self.run(["--lang", "en", "22"], environment: ["EMCODE_LANG": "fr"]).stderr.isEmpty, "--lang wins")
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
    #expect(!Self.run(["--no-color", "22"], terminal: true).stdout.contains(escape))
    #expect(!Self.run(["--color", "always", "--json", "22"]).stdout.contains(escape), "never inside JSON")
    #expect(!Self.run(["--color", "always", "--format", "markdown", "--list"]).stdout.contains(escape))
  }

  @Test func colourMarksCodeNameAndFrequentOnly() {
    let line = Self.run(["--color", "always", "--lang", "en", "--list"]).stdout.split(separator: "\n")[3]
    #expect(line == "  \u{1B}[1;36m3\u{1B}[0m  EM service     Invalid App User  \u{1B}[33m[frequent]\u{1B}[0m")
  }

  /// Piped output keeps every line whole for grep; a terminal or COLUMNS wraps it.
  @Test func wrapsOnlyATerminalOrAtColumns() {
    let piped = Self.run(["25"]).stdout
    #expect(piped.split(separator: "\n").contains { $0.columns > 80 }, "not wrapped")
    let terminal = Self.run(["25"], terminal: true).stdout
    #expect(terminal.split(separator: "\n").allSatisfy { $0.filter { $0 != "\u{1B}" }.count <= 90 })
    let narrow = Self.run(["22"], environment: ["COLUMNS": "60"]).stdout
    for line in narrow.split(separator: "\n") { #expect(line.columns <= 60, "\(line)") }
  }

  @Test func versionNamesTheDataDateInTheRunsLanguage() {
    #expect(
      Self.run(["--version", "--lang", "en"]).stdout
        == "emcode \(EMCodeCommand.version) (data of \(ErrorCatalog.dataDate))\n")
    #expect(Self.run(["--version"]).stdout == "emcode \(EMCodeCommand.version) (Daten vom \(ErrorCatalog.dataDate))\n")
  }

  @Test func verbosePagesListTheirSourcesOnceAfterTheEntries() {
    let result = Self.run(["-v", "22", "5", "--lang", "en"])
    #expect(result.stdout.components(separatedBy: "https://developer.cisco.com/docs/").count == 2, "S1 once")
    #expect(result.stdout.contains("\n\nSources\n  S1   "))
    #expect(!Self.run(["22"]).stdout.contains("https://"), "the card names source ids, no URLs")
  }

  @Test func briefListingsAreACheatSheet() {
    let sheet = Self.run(["-b", "--frequent"]).stdout.split(separator: "\n")
    #expect(sheet.count == 16)
    #expect(sheet.allSatisfy { $0.columns <= 90 })
  }

  @Test func pagerIsAskedForOnlyOnATerminal() {
    var asked: [String] = []
    var context = RunContext(environment: { _ in nil }, stdoutIsTerminal: true)
    context.usePager = { asked.append($0) }
    _ = EMCodeCommand.run(["--list"], context: context)
    #expect(asked == ["less -FRX"])
    context.environment = { $0 == "PAGER" ? "most" : nil }
    _ = EMCodeCommand.run(["--list"], context: context)
    #expect(asked.last == "most")
    asked = []
    _ = EMCodeCommand.run(["--no-pager", "--list"], context: context)
    context.environment = { $0 == "PAGER" ? "cat" : nil }
    _ = EMCodeCommand.run(["--list"], context: context)
    context.stdoutIsTerminal = false
    context.environment = { _ in nil }
    _ = EMCodeCommand.run(["--list"], context: context)
    #expect(asked.isEmpty, "--no-pager, PAGER=cat and a pipe never page")
  }

  @Test func explainReadsStandardInput() {
    let result = Self.run(
      ["--explain", "--lang", "en"], input: "<response><failure><error code=\"22\">x</error></failure></response>")
    #expect(result.status == .found)
    #expect(result.stdout.hasPrefix("Line 1: <error code=\"22\">x</error>\n=> 22 Device logon disabled\n"))
  }

  @Test func explainRefusesToWaitForATerminal() {
    let result = EMCodeCommand.run(["--explain", "--lang", "en"], context: RunContext(stdinIsTerminal: true))
    #expect(result.status == .usage)
    #expect(
      result.stderr == "emcode: --explain needs a FILE or input on standard input, e.g. emcode --explain response.xml\n"
    )
  }

  @Test func explainOfNothingRecognisable() {
    let result = Self.run(["--explain", "-"], input: "hello\n")
    #expect(result.status == .notFound)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "emcode: nichts in Standardeingabe sieht aus wie eine EM-API-Antwort, ein Telefontext oder eine Zeile "
        + "eines EM-Logs\n")
  }

  @Test func searchWithoutMatchWritesAnEmptyJSONArray() {
    let result = Self.run(["--json", "--search", "xyzzy"])
    #expect(result.status == .notFound)
    #expect(result.stdout == "[]\n")
  }

  @Test func explainJSONNamesTheInputWithoutTranslation() {
    let result = Self.run(["--json", "--explain"], input: "<error code=\"3\">x</error>")
    #expect(result.stdout.hasPrefix("{\n  \"input\": \"-\",\n"))
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

  @Test func messagesReachStandardErrorAsTheyCome() {
    var lines: [String] = []
    var context = RunContext()
    context.writeError = { lines.append($0) }
    let result = EMCodeCommand.run(["24", "22", "1818"], context: context)
    #expect(lines.count == 2, "written at once")
    #expect(result.stderr.isEmpty)
    #expect(result.status == .notFound)
  }
}
