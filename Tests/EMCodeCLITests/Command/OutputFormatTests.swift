import Foundation
import Testing

@testable import EMCodeCLI
@testable import EMCodeKit

/// The command's machine formats: JSON in every mode, Markdown, streamed however long the run.
@Suite struct OutputFormatTests {
  /// The keys of 1.0, which keep their names and meaning, and the keys 1.1 adds.
  static let keys10 = [
    "code", "family", "name", "name_derived", "other_names", "legacy_name", "legacy_description", "description",
    "cause", "phone_display", "action", "hint_de", "hint_en", "frequent", "sources", "notes",
  ]
  static let keys11 = [
    "meaning_de", "meaning_en", "cause_de", "brief_de", "brief_en", "keywords_de", "keywords_en", "see_also",
    "notes_de", "notes_detail",
  ]

  static func json(_ arguments: [String]) throws -> [[String: Any]] {
    let result = EMCodeCommand.run(arguments)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(object as? [[String: Any]])
  }

  @Test func jsonHasTheDocumentedSchema() throws {
    let all = try Self.json(["--list", "--json"])
    #expect(all.count == 53)
    for object in all {
      #expect(Set(object.keys) == Set(Self.keys10 + Self.keys11))
      #expect(object["code"] is Int)
      #expect(["service", "emcc", "application"].contains(object["family"] as? String))
      #expect(object["phone_display"] is [String])
      #expect(object["frequent"] is Bool)
      #expect(object["notes"] is [String], "notes stay strings, in English, as in 1.0")
      let sources = try #require(object["sources"] as? [[String: Any]])
      #expect(!sources.isEmpty)
      for source in sources {
        #expect(Set(source.keys) == ["id", "title", "url", "release", "note_de", "note_en"])
      }
    }
    let twentyTwo = try #require(Self.json(["--json", "22"]).first)
    #expect(twentyTwo["legacy_name"] as? String == "Device Does Not Allow Extension Mobility")
    #expect(twentyTwo["see_also"] as? [Int] == [5, 20])
    let zero = try #require(Self.json(["--json", "26"]).first)
    #expect(zero["legacy_name"] is NSNull, "null where the 4.1 guide has no name")
  }

  @Test func jsonWorksInEveryModeAndDetail() throws {
    #expect(try Self.json(["--json", "--frequent"]).count == 16)
    #expect(try Self.json(["--json", "-b", "--frequent"]).count == 16, "the detail does not change JSON")
    #expect(try Self.json(["--json", "--search", "profile", "--lang", "en"]).map { $0["code"] as? Int }.first == 12)
    let message = try #require(Self.json(["--json", "Host not found"]).first)
    #expect(message["code"] is NSNull)
    #expect(message["family"] as? String == "message")
    #expect(Set(message.keys) == Set(Self.keys10 + Self.keys11))
    #expect(try Self.json(["--json", "22", "24"]).count == 1, "an unknown code is on standard error, not in JSON")
    #expect(EMCodeCommand.run(["--json", "24"]).stdout == "[]\n")
  }

  /// A lookup of many codes is written as it grows in every format, and is one valid document:
  /// 3000 objects in JSON, a header and 3000 rows in CSV and TSV.
  @Test(arguments: [["--json"], ["--format", "markdown"], [], ["--format", "csv"], ["--format", "tsv"]])
  func longLookupsAreStreamed(_ format: [String]) throws {
    let run = StreamedRun(format + Array(repeating: "22", count: 3000))
    #expect(run.flushes > 0, "written out before the end")
    #expect(run.heldAtEnd < 2 * CommandOutput.flushThreshold, "never more than two thresholds held")
    switch format.last {
    case "--json":
      let array = try #require(try JSONSerialization.jsonObject(with: run.written) as? [[String: Any]])
      #expect(array.count == 3000)
    case "csv": #expect(try StrictCSV.parse(run.written).count == 3001)
    case "tsv": #expect(String(decoding: run.written, as: UTF8.self).split(separator: "\n").count == 3001)
    default: break
    }
  }

  @Test func markdownTableListsEveryCodeInTheRunsLanguage() {
    let english = EMCodeCommand.run(["--list", "--format", "markdown", "--lang", "en"]).stdout.split(separator: "\n")
    #expect(english[0] == "| Code | Family | Name | Frequent | Phone shows |")
    #expect(english.count == 2 + 53)
    let german = EMCodeCommand.run(["--frequent", "--format", "markdown"]).stdout.split(separator: "\n")
    #expect(german[0] == "| Code | Familie | Name | Häufig | Telefon zeigt |")
    #expect(german[2].hasPrefix("| 1 | EM-Dienst | Error on Parsing | ✓ |"))
  }
}

/// Markdown in every mode, in the run's language.
@Suite struct MarkdownOutputTests {
  @Test func markdownWorksInEveryMode() throws {
    #expect(
      EMCodeCommand.run(["--format", "markdown", "--lang", "en", "22"]).stdout.hasPrefix(
        "### 22 Device logon disabled (EM service, frequent)\n\n- **Phone shows:** `Login is unavailable(22)`"))
    #expect(
      EMCodeCommand.run(["--format", "markdown", "--search", "tftp"]).stdout.hasPrefix(
        "### 39 Configuration Issue (EMCC)\n"))
    let file = InputTestSupport.fixtures.appendingPathComponent("em-service.log").path
    #expect(
      EMCodeCommand.run(["--format", "markdown", "--lang", "en", "--explain", file]).stdout.contains(
        "| Code | Count | First | Last | Name | Devices | Users |\n|---|---:|---|---|---|---|---|\n"
          + "| 22 | 7 | 08:00:06,098 | 08:00:46,841 | Device logon disabled | not named | not named |"
      ))
  }
}
