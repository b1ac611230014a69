import Foundation
import Testing

/// Hostile input whose harm is not a crash: a suggested command that runs more than emcode,
/// text that reorders the terminal's line, umlauts in another normal form, an option given twice.
@Suite struct HostileInputTests {
  /// The command emcode suggests on standard error (after "try: "), if any.
  static func suggestion(in stderr: String) -> String? {
    guard let range = stderr.range(of: "try: ", options: .backwards) else { return nil }
    return String(stderr[range.upperBound...]).trimmingCharacters(in: .newlines)
  }

  /// A suggested command, pasted into a shell, runs only emcode: whatever the argument held is
  /// quoted (L2).
  @Test(arguments: [
    "abc; touch pwned", "x$(touch pwned)x", "x`touch pwned`x", "abc && touch pwned", "abc | touch pwned",
    "it's; touch pwned", "abc > pwned", "Fehler 22; touch pwned", "${IFS}touch${IFS}pwned",
  ])
  func suggestedCommandsRunOnlyEmcode(_ argument: String) throws {
    let run = try Executable.run([argument], environment: Executable.english)
    #expect(run.status == 1, "\(run)")
    let command = try #require(Self.suggestion(in: run.stderr), "a suggestion: \(run.stderr)")
    #expect(command.hasPrefix("emcode "))
    // Run it as a user would, pasted into bash, in an empty folder.
    try Executable.withTemporaryFolder { folder in
      let pasted = try Executable.shell("cd '\(folder.path)' && \(command)", environment: Executable.english)
      #expect(pasted.status <= 1, "\(pasted)")
      let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(left.isEmpty, "the suggestion \(command) ran more than emcode: \(left)")
    }
  }

  /// Bidi and invisible format characters in a log line reach the terminal escaped in the
  /// `--explain` excerpt, never raw (L3).
  @Test(arguments: ["\u{202E}", "\u{2066}", "\u{200B}", "\u{2028}", "\u{FEFF}", "\u{061C}"])
  func explainExcerptsEscapeFormatCharacters(_ character: String) throws {
    let line = "<error code=\"22\">Dev\(character). logon disabled</error>\n"
    let run = try Executable.run(["--explain"], environment: Executable.english, input: Data(line.utf8))
    #expect(run.status == 0, "\(run)")
    let scalar = try #require(character.unicodeScalars.first)
    #expect(!run.stdout.unicodeScalars.contains(scalar), "\(run.stdout)")
    #expect(run.stdout.contains("Dev\\u{\(String(scalar.value, radix: 16))}"))
  }

  /// Umlauts written as a letter and a combining diaeresis (NFD, as copied from a PDF or typed
  /// on macOS) find what the composed ones find (L8).
  @Test(arguments: [
    (["--lang", "de", "--search"], "Gerät"), (["--lang", "de", "--search"], "Geräteanmeldung"),
    (["--lang", "de", "--search"], "Benutzer-ID ungültig"), (["--lang", "de", "--search"], "Größe"),
    (["--lang", "de"], "Dévice logon disabled"), (["--lang", "de"], "Déviçe logon disabled"),
  ])
  func decomposedUmlautsFoldLikeComposedOnes(_ options: [String], _ composed: String) throws {
    let decomposed = composed.decomposedStringWithCanonicalMapping
    try #require(Array(decomposed.utf8) != Array(composed.utf8) || !composed.contains(where: { !$0.isASCII }))
    let nfc = try Executable.run(options + [composed.precomposedStringWithCanonicalMapping])
    let nfd = try Executable.run(options + [decomposed])
    #expect(nfd.status == nfc.status, "NFC: \(nfc)\nNFD: \(nfd)")
    // Compared as Strings: canonically equivalent, as an echo of the argument in either form is.
    #expect(nfd.stdout == nfc.stdout, "NFC: \(nfc)\nNFD: \(nfd)")
  }

  /// Every value option given twice counts the last time, as the help says; none is refused (L11).
  @Test(arguments: [
    (["--lang", "de", "--lang", "en", "22"], ["--lang", "en", "22"]),
    (["--lang=en", "--lang", "de", "22"], ["--lang", "de", "22"]),
    (["--format", "json", "--format", "markdown", "22"], ["--format", "markdown", "22"]),
    (["--json", "--format", "text", "22"], ["--format", "text", "22"]),
    (["--format", "text", "--json", "22"], ["--json", "22"]),
    (["--color", "always", "--color", "never", "22"], ["--color", "never", "22"]),
    (["--color=never", "--color=always", "22"], ["--color", "always", "22"]),
    (["--family", "emcc", "--family", "service", "--list"], ["--family", "service", "--list"]),
    (["--generate", "man", "--generate", "complete-bash"], ["--generate", "complete-bash"]),
    // --explain is the one option that adds: each further FILE is read too.
    (
      ["--explain", "/dev/null", "--explain", "Tests/Fixtures/em-service.log"],
      ["--explain", "/dev/null", "Tests/Fixtures/em-service.log"]
    ),
  ])
  func theLastValueWins(_ twice: [String], _ once: [String]) throws {
    let root = Executable.repositoryRoot.path
    let quoted = { (words: [String]) in words.map { "'\($0)'" }.joined(separator: " ") }
    let repeated = try Executable.shell("cd '\(root)' && emcode \(quoted(twice))", environment: Executable.english)
    let single = try Executable.shell("cd '\(root)' && emcode \(quoted(once))", environment: Executable.english)
    #expect(repeated.status == single.status, "\(repeated)")
    #expect(repeated.status != 64, "\(repeated)")
    #expect(repeated.stdoutData == single.stdoutData)
    #expect(repeated.stderr == single.stderr)
  }

  /// The help states the rule for options given twice, in both languages (L11).
  @Test(arguments: [
    ("en", "An option given twice counts the last time"), ("de", "Steht eine Option zweimal da, gilt die letzte"),
    ("en", "only --explain adds each further FILE"), ("de", "nur --explain nimmt jede weitere DATEI dazu"),
  ])
  func helpStatesTheRule(_ language: String, _ sentence: String) throws {
    let run = try Executable.run(["--help"], environment: ["EMCODE_LANG": language, "COLUMNS": "400"])
    #expect(run.stdout.contains(sentence), "\(run.stdout)")
  }
}
