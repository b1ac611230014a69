import Foundation
import Testing

/// README.md and the documents in docs/ show real output: every `$ command` in a `console` block
/// is run in the repository's root and its output compared, and the reference table in
/// docs/reference.md is the output of `emcode --list --format markdown --lang en`.
///
/// Set `EMCODE_RECORD_README=1` to rewrite the documents with the current output instead.
@Suite(.serialized) struct ReadmeTests {
  static let readme = Executable.repositoryRoot.appendingPathComponent("README.md")
  static let reference = Executable.repositoryRoot.appendingPathComponent("docs/reference.md")
  static var isRecording: Bool { ProcessInfo.processInfo.environment["EMCODE_RECORD_README"] == "1" }

  /// README.md and every Markdown file in docs/.
  static let documents: [URL] = {
    let docs = Executable.repositoryRoot.appendingPathComponent("docs")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
    return [readme] + files.filter { $0.hasSuffix(".md") }.sorted().map { docs.appendingPathComponent($0) }
  }()

  /// One `$ command` and the lines shown after it, in a document.
  struct Transcript: CustomTestStringConvertible, Sendable {
    let document: String
    let command: String
    let output: String
    var testDescription: String { "\(document): \(command)" }
  }

  /// The transcripts in the `console` blocks of `text`.
  static func transcripts(in text: String, document: String = "README.md") -> [Transcript] {
    var found: [Transcript] = []
    var inConsole = false
    var command: String?
    var output = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        if inConsole, let command { found.append(Transcript(document: document, command: command, output: output)) }
        inConsole = line == "```console"
        command = nil
        output = ""
      } else if inConsole && line.hasPrefix("$ ") {
        if let command { found.append(Transcript(document: document, command: command, output: output)) }
        command = String(line.dropFirst(2))
        output = ""
      } else if inConsole && command != nil {
        output += line + "\n"
      }
    }
    return found
  }

  /// Every transcript of every document; a document that cannot be read is an error, not zero transcripts.
  static func allTranscripts() throws -> [Transcript] {
    try documents.flatMap { url in
      transcripts(in: try String(contentsOf: url, encoding: .utf8), document: url.lastPathComponent)
    }
  }

  /// What a command prints in the repository's root folder, both streams together.
  static func actual(_ command: String) throws -> String {
    let root = Executable.repositoryRoot.path
    return try Executable.shell("cd '\(root)' && { \(command); } 2>&1").stdout
  }

  @Test func readmeHasTranscriptsOfTheRequiredCommands() throws {
    let commands = Self.transcripts(in: try String(contentsOf: Self.readme, encoding: .utf8)).map(\.command)
    for required in ["emcode 22", "emcode -b --frequent --lang en"] {
      #expect(commands.contains(required), "README shows \(required)")
    }
    #expect(commands.contains { $0.hasPrefix("emcode --search") })
    #expect(commands.contains { $0.contains("--explain") })
  }

  /// The README is for users: about 250 lines at most; the details live in docs/.
  @Test func readmeStaysShort() throws {
    let lines = try String(contentsOf: Self.readme, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count <= 250, "README.md has \(lines.count) lines")
  }

  /// The documents hold at least the 11 transcripts they had when this was written (README.md 7,
  /// docs/log-platforms.md 1, docs/reference.md 1, docs/traces.md 2), so that a reader that finds
  /// none cannot pass ``transcriptIsRealOutput(_:)`` by running nothing.
  @Test func theDocumentsHoldTranscripts() throws {
    let transcripts = try Self.allTranscripts()
    #expect(transcripts.count >= 11, "\(transcripts.map(\.testDescription))")
  }

  @Test(arguments: try ReadmeTests.allTranscripts())
  func transcriptIsRealOutput(_ transcript: Transcript) throws {
    let actual = try Self.actual(transcript.command)
    if Self.isRecording { return }
    #expect(
      actual == transcript.output,
      "\(transcript.document) shows other output for `\(transcript.command)`; run EMCODE_RECORD_README=1 swift test --filter ReadmeTests to update it"
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

  /// Every link from one document to a file of the repository leads somewhere.
  @Test(arguments: ReadmeTests.documents)
  func linksLeadToFiles(_ document: URL) throws {
    let text = try String(contentsOf: document, encoding: .utf8)
    var rest = text[...]
    while let open = rest.range(of: "](") {
      let after = rest[open.upperBound...]
      guard let close = after.firstIndex(of: ")") else { break }
      let target = String(after[..<close]).split(separator: "#").first.map(String.init) ?? ""
      rest = after[close...]
      guard !target.isEmpty, !target.contains("://"), !target.hasPrefix("<") else { continue }
      let resolved = document.deletingLastPathComponent().appendingPathComponent(target)
      #expect(FileManager.default.fileExists(atPath: resolved.path), "\(document.lastPathComponent) links to \(target)")
    }
  }

  @Test func referenceTableIsCurrent() throws {
    let text = try String(contentsOf: Self.reference, encoding: .utf8)
    let start = "<!-- reference-table: emcode --list --format markdown --lang en -->\n"
    let end = "<!-- end of reference-table -->"
    let startRange = try #require(text.range(of: start), "docs/reference.md has the reference table markers")
    let endRange = try #require(text.range(of: end, range: startRange.upperBound..<text.endIndex))
    let table = try Executable.run(["--list", "--format", "markdown", "--lang", "en"]).stdout
    if Self.isRecording {
      var updated = text
      updated.replaceSubrange(startRange.upperBound..<endRange.lowerBound, with: table)
      try updated.write(to: Self.reference, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      String(text[startRange.upperBound..<endRange.lowerBound]) == table,
      "the reference table in docs/reference.md is stale; run EMCODE_RECORD_README=1 swift test --filter ReadmeTests")
  }

  /// With `EMCODE_RECORD_README=1`, writes every transcript's current output into its document.
  @Test(.enabled(if: ReadmeTests.isRecording, "records the documents only with EMCODE_RECORD_README=1"))
  func recordTranscripts() throws {
    for document in Self.documents {
      let text = try String(contentsOf: document, encoding: .utf8)
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
      try String(out.dropLast()).write(to: document, atomically: true, encoding: .utf8)
    }
  }
}
