import EMCodeKit
import Testing

@testable import EMCodeCLI

@Suite struct InvocationTests {
  @Test(arguments: [
    ([], Invocation.Mode.usage),
    (["22"], .lookup(["22"])),
    (["22", "23"], .lookup(["22", "23"])),
    (["-5"], .lookup(["-5"])),
    (["--", "--json"], .lookup(["--json"])),
    (["--search", "profile"], .search(["profile"])),
    (["profile", "-s"], .search(["profile"])),
    (["-s", "device", "profile"], .search(["device", "profile"])),
    (["--frequent"], .frequent), (["-f"], .frequent), (["--list"], .list), (["-l"], .list),
    (["--explain"], .explain([])), (["--explain", "-"], .explain(["-"])),
    (["--explain", "log.txt"], .explain(["log.txt"])),
    (["--explain=log.txt"], .explain(["log.txt"])), (["-e", "log.txt", "--json"], .explain(["log.txt"])),
    (["--explain", "--json"], .explain([])),
    (["--explain", "a.log", "traces/", "b.log.gz", "-"], .explain(["a.log", "traces/", "b.log.gz", "-"])),
    (["a.log", "--explain", "--by", "user", "b.log"], .explain(["a.log", "b.log"])),
    (["--generate", "man"], .generate(.man)), (["--generate=complete-zsh"], .generate(.completeZsh)),
    (["--help"], .help), (["-h"], .shortHelp), (["22", "--bogus", "--help"], .help), (["-h", "--help"], .help),
    (["--version"], .version), (["-V"], .version),
  ])
  func parsesModes(_ arguments: [String], _ mode: Invocation.Mode) throws {
    #expect(try Invocation.parse(arguments).mode == mode)
  }

  @Test func parsesSettings() throws {
    let invocation = try Invocation.parse([
      "--lang", "en", "--format=markdown", "--color", "always", "--family", "emcc", "-l", "-v", "--no-pager",
    ])
    #expect(invocation.language == .english)
    #expect(invocation.format == .markdown)
    #expect(invocation.color == .always)
    #expect(invocation.family == .emcc)
    #expect(invocation.detail == .page)
    #expect(invocation.usesPager == false)
    #expect(try Invocation.parse(["--json", "22"]).format == .json)
    #expect(try Invocation.parse(["--lang=de_DE.UTF-8", "22"]).language == .german)
    #expect(try Invocation.parse(["-b", "22"]).detail == .brief)
    #expect(try Invocation.parse(["--no-color", "22"]).color == .never)
  }

  /// One rule for every option given twice: the last one counts.
  @Test func theLastOfARepeatedOptionCounts() throws {
    #expect(try Invocation.parse(["--lang", "de", "--lang", "en", "22"]).language == .english)
    let repeated = try Invocation.parse([
      "--color", "never", "--color", "always", "--format", "text", "--json", "--family", "emcc", "--family", "service",
      "-l", "-v", "-b",
    ])
    #expect(repeated.color == .always)
    #expect(repeated.format == .json)
    #expect(repeated.family == .service)
    #expect(repeated.detail == .brief)
    #expect(
      try Invocation.parse(["--generate", "man", "--generate", "complete-bash"]).mode == .generate(.completeBash))
    #expect(try Invocation.parse(["--explain", "a.log", "--explain", "b.log"]).mode == .explain(["a.log", "b.log"]))
  }

  @Test func languageIsReadBeforeTheRestSoThatErrorsSpeakIt() {
    #expect(Invocation.requestedLanguage(["--bogus", "--lang", "en"]) == .english)
    #expect(Invocation.requestedLanguage(["--lang=de", "--lang", "xx"]) == .german, "an invalid one is passed over")
    #expect(Invocation.requestedLanguage(["--", "--lang", "en"]) == nil, "after -- it is an argument")
  }

  @Test(arguments: [
    (["--serach", "x"], UsageError.unknownOption("--serach", suggestion: "--search")),
    (["--bogus"], .unknownOption("--bogus", suggestion: nil)),
    (["-x"], .unknownOption("-x", suggestion: nil)),
    (["-json"], .unknownOption("-json", suggestion: "--json")),
    (["--json=yes", "22"], .takesNoValue("--json")),
    (["--lang"], .needsValue("--lang")),
    (["--lang", "fr", "22"], .invalidValue(option: "--lang", value: "fr", suggestion: nil)),
    (["--format", "jsno", "22"], .invalidValue(option: "--format", value: "jsno", suggestion: "json")),
    (["--frequent", "--search", "x"], .conflictingModes(["--frequent", "--search"])),
    (["--list", "-f", "-s"], .conflictingModes(["--list", "-f", "-s"])),
    (["--list", "22"], .takesNoCodes(option: "--list", extra: "22")),
    (["--by", "device", "22"], .onlyWithExplain("--by")),
    (["--list", "-j", "2"], .onlyWithExplain("-j")),
    (["--explain", "--jobs", "0"], .invalidValue(option: "--jobs", value: "0", suggestion: nil)),
    (["--explain", "--jobs", "many"], .invalidValue(option: "--jobs", value: "many", suggestion: nil)),
    (["--explain", "--by", "phone"], .invalidValue(option: "--by", value: "phone", suggestion: nil)),
    (["--search"], .searchNeedsWords("--search")),
    (["--search", " "], .searchNeedsWords("--search")),
    (["--json"], .nothingToLookUp),
    ([""], .emptyArgument), (["22", "  "], .emptyArgument), (["\u{FEFF}"], .emptyArgument),
    (["--family", "emcc", "22"], .familyOnlyWithListings),
    (["--family", "x", "-l"], .invalidValue(option: "--family", value: "x", suggestion: nil)),
    (["--generate", "man", "--json"], .generateTakesNothingElse(extra: "--format")),
  ])
  func rejectsWrongCommandLines(_ arguments: [String], _ error: UsageError) {
    #expect(throws: error) { try Invocation.parse(arguments) }
  }

  /// The words of each mistake, in both languages, pinned once here.
  @Test(arguments: [
    (
      UsageError.unknownOption("--serach", suggestion: "--search"),
      "unknown option '--serach'; did you mean '--search'?", "unbekannte Option '--serach'; gemeint ist wohl '--search'"
    ),
    (
      .invalidValue(option: "--format", value: "jsno", suggestion: "json"),
      "--format does not take 'jsno'; use one of: text, json, markdown, jsonl, csv, tsv (did you mean 'json'?)",
      "--format nimmt nicht 'jsno'; möglich sind: text, json, markdown, jsonl, csv, tsv (gemeint ist wohl 'json')"
    ),
    (
      .conflictingModes(["--list", "-f", "-s"]), "--list, -f and -s cannot be used together; choose one",
      "--list, -f und -s gehen nicht zusammen; eines davon wählen"
    ),
    (.needsValue("--lang"), "--lang needs a value: de, en", "--lang braucht einen Wert: de, en"),
    (.needsValue("--explain"), "--explain needs a value: FILE", "--explain braucht einen Wert: DATEI"),
  ])
  func mistakesAreWordedInTheRunsLanguage(_ error: UsageError, _ english: String, _ german: String) {
    #expect(error.message(in: .english) == english)
    #expect(error.message(in: .german) == german)
  }
}
