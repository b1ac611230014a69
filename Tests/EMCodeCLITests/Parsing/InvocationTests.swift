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
    (["--explain"], .explain(nil)), (["--explain", "-"], .explain("-")),
    (["--explain", "log.txt"], .explain("log.txt")),
    (["--explain=log.txt"], .explain("log.txt")), (["-e", "log.txt", "--json"], .explain("log.txt")),
    (["--explain", "--json"], .explain(nil)),
    (["--generate", "man"], .generate(.man)), (["--generate=complete-zsh"], .generate(.completeZsh)),
    (["--help"], .help), (["-h"], .help), (["22", "--bogus", "--help"], .help), (["--version"], .version),
    (["-V"], .version),
  ])
  func parsesModes(_ arguments: [String], _ mode: Invocation.Mode) throws {
    #expect(try Invocation.parse(arguments).mode == mode)
  }

  @Test func parsesSettings() throws {
    let invocation = try Invocation.parse([
      "--lang", "en", "--format=markdown", "--color", "always", "--family", "emcc", "-l",
    ])
    #expect(invocation.language == .english)
    #expect(invocation.format == .markdown)
    #expect(invocation.color == .always)
    #expect(invocation.family == .emcc)
    #expect(try Invocation.parse(["--json", "22"]).format == .json)
    #expect(try Invocation.parse(["--json", "--format", "json", "22"]).format == .json)
    #expect(try Invocation.parse(["--lang=de_DE.UTF-8", "22"]).language == .german)
  }

  @Test(arguments: [
    (["--serach", "x"], "unknown option '--serach'; did you mean '--search'?"),
    (["--bogus"], "unknown option '--bogus'; see emcode --help"),
    (["-x"], "unknown option '-x'; see emcode --help"),
    (["-json"], "unknown option '-json'; did you mean '--json'?"),
    (["--json=yes", "22"], "--json takes no value; see emcode --help"),
    (["--lang"], "--lang needs a value: de, en"),
    (["--lang", "fr", "22"], "--lang does not take 'fr'; use one of: de, en"),
    (["--format", "yaml", "22"], "--format does not take 'yaml'; use one of: text, json, markdown"),
    (
      ["--format", "jsno", "22"],
      "--format does not take 'jsno'; use one of: text, json, markdown (did you mean 'json'?)"
    ),
    (["--color"], "--color needs a value: auto, always, never"),
    (["--generate"], "--generate needs a value: complete-bash, complete-zsh, complete-fish, man"),
    (["--frequent", "--search", "x"], "--frequent and --search cannot be used together; choose one"),
    (["--list", "--frequent"], "--list and --frequent cannot be used together; choose one"),
    (["--list", "22"], "--list takes no codes (got '22'); drop them or drop --list"),
    (["--explain", "a.log", "b.log"], "--explain reads one FILE; 'b.log' is one too many"),
    (["--search"], "--search needs at least one word, e.g. emcode --search profile"),
    (["--search", " "], "--search needs at least one word, e.g. emcode --search profile"),
    (["--json"], "nothing to look up: give a code such as 22, a name or a phone text (see emcode --help)"),
    ([""], "an empty argument is not a code; give a code such as 22, a name or a phone text"),
    (["22", "  "], "an empty argument is not a code; give a code such as 22, a name or a phone text"),
    (["--json", "--format", "text", "22"], "--json and --format text ask for different formats; give one"),
    (["--family", "emcc", "22"], "--family works with --list, --frequent and --search only"),
    (["--family", "x", "-l"], "--family does not take 'x'; use one of: service, emcc, application"),
    (["--generate", "man", "--json"], "--generate takes no --format, --json or --family"),
  ])
  func rejectsWrongCommandLines(_ arguments: [String], _ message: String) {
    #expect(throws: UsageError(message)) { try Invocation.parse(arguments) }
  }
}
