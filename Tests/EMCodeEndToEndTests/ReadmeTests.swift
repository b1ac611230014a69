import Foundation
import Testing

/// README.md shows real output: every `$ command` in a `console` block is run and its output
/// compared, and the reference table is the output of `emcode --list --format markdown`.
///
/// Set `EMCODE_RECORD_README=1` to rewrite README.md with the current output instead.
@Suite(.serialized) struct ReadmeTests {
  static let readme = Executable.repositoryRoot.appendingPathComponent("README.md")
  static var isRecording: Bool { ProcessInfo.processInfo.environment["EMCODE_RECORD_README"] == "1" }

  /// One `$ command` and the lines shown after it.
  struct Transcript: CustomTestStringConvertible, Sendable {
    let command: String
    let output: String
    var testDescription: String { command }
  }

  /// The transcripts in the `console` blocks of `text`.
  static func transcripts(in text: String) -> [Transcript] {
    var found: [Transcript] = []
    var inConsole = false
    var command: String?
    var output = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        if inConsole, let command { found.append(Transcript(command: command, output: output)) }
        inConsole = line == "```console"
        command = nil
        output = ""
      } else if inConsole && line.hasPrefix("$ ") {
        if let command { found.append(Transcript(command: command, output: output)) }
        command = String(line.dropFirst(2))
        output = ""
      } else if inConsole && command != nil {
        output += line + "\n"
      }
    }
    return found
  }

  /// What a command prints in the repository's root folder, both streams together.
  static func actual(_ command: String) throws -> String {
    let root = Executable.repositoryRoot.path
    return try Executable.shell("cd '\(root)' && { \(command); } 2>&1").stdout
  }

  @Test func readmeHasTranscriptsOfTheRequiredCommands() throws {
    let commands = Self.transcripts(in: try String(contentsOf: Self.readme, encoding: .utf8)).map(\.command)
    for required in ["emcode 22", "emcode --search profile", "emcode --frequent"] {
      #expect(commands.contains(required), "README shows \(required)")
    }
    #expect(commands.contains { $0.contains("--explain") })
  }

  @Test(arguments: ReadmeTests.transcripts(in: (try? String(contentsOf: ReadmeTests.readme, encoding: .utf8)) ?? ""))
  func transcriptIsRealOutput(_ transcript: Transcript) throws {
    let actual = try Self.actual(transcript.command)
    if Self.isRecording { return }
    #expect(
      actual == transcript.output,
      "README.md shows other output for `\(transcript.command)`; run EMCODE_RECORD_README=1 swift test --filter ReadmeTests to update it"
    )
  }

  /// The "Use the library" snippet is the source of the example package that CI builds and runs.
  @Test func librarySnippetIsTheExamplePackage() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let marker = "<!-- library-example: Examples/LibraryConsumer/Sources/em-lookup/main.swift -->\n```swift\n"
    let start = try #require(text.range(of: marker), "README.md has the library example marker")
    let end = try #require(text.range(of: "```\n", range: start.upperBound..<text.endIndex))
    let source = try String(
      contentsOf: Executable.repositoryRoot.appendingPathComponent(
        "Examples/LibraryConsumer/Sources/em-lookup/main.swift"),
      encoding: .utf8)
    #expect(String(text[start.upperBound..<end.lowerBound]) == source)
  }

  @Test func referenceTableIsCurrent() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let start = "<!-- reference-table: emcode --list --format markdown --lang en -->\n"
    let end = "<!-- end of reference-table -->"
    let startRange = try #require(text.range(of: start), "README.md has the reference table markers")
    let endRange = try #require(text.range(of: end, range: startRange.upperBound..<text.endIndex))
    let table = try Executable.run(["--list", "--format", "markdown", "--lang", "en"]).stdout
    if Self.isRecording {
      var updated = text
      updated.replaceSubrange(startRange.upperBound..<endRange.lowerBound, with: table)
      try updated.write(to: Self.readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      String(text[startRange.upperBound..<endRange.lowerBound]) == table,
      "the reference table in README.md is stale; run EMCODE_RECORD_README=1 swift test --filter ReadmeTests")
  }

  /// With `EMCODE_RECORD_README=1`, writes every transcript's current output into README.md.
  @Test(.enabled(if: ReadmeTests.isRecording, "records README.md only with EMCODE_RECORD_README=1"))
  func recordTranscripts() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    var out = ""
    var inConsole = false
    var skipping = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inConsole = line == "```console"
        skipping = false
      } else if inConsole && line.hasPrefix("$ ") {
        out += line + "\n" + (try Self.actual(String(line.dropFirst(2))))
        skipping = true
        continue
      } else if skipping {
        continue
      }
      out += line + "\n"
    }
    try String(out.dropLast()).write(to: Self.readme, atomically: true, encoding: .utf8)
  }
}
