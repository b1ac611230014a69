import Foundation
import Testing

@testable import EMCodeCLI
@testable import EMCodeKit

@Suite struct OutputFormatTests {
  static let keys = [
    "code", "family", "name", "name_derived", "other_names", "legacy_name", "legacy_description", "description",
    "cause", "phone_display", "action", "hint_de", "hint_en", "frequent", "sources", "notes",
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
      #expect(Set(object.keys) == Set(Self.keys))
      #expect(object["code"] is Int)
      #expect(["service", "emcc", "application"].contains(object["family"] as? String))
      #expect(object["phone_display"] is [String])
      #expect(object["frequent"] is Bool)
      let sources = try #require(object["sources"] as? [[String: String]])
      #expect(!sources.isEmpty)
      for source in sources { #expect(Set(source.keys) == ["id", "title", "url", "release"]) }
    }
    let twentyTwo = try #require(Self.json(["--json", "22"]).first)
    #expect(twentyTwo["legacy_name"] as? String == "Device Does Not Allow Extension Mobility")
    let zero = try #require(Self.json(["--json", "26"]).first)
    #expect(zero["legacy_name"] is NSNull, "null where the 4.1 guide has no name")
  }

  @Test func jsonWorksInEveryMode() throws {
    #expect(try Self.json(["--json", "--frequent"]).count == 15)
    #expect(try Self.json(["--json", "--search", "profile"]).map { $0["code"] as? Int }.first == 12)
    let message = try #require(Self.json(["--json", "Host not found"]).first)
    #expect(message["code"] is NSNull)
    #expect(message["family"] as? String == "message")
    #expect(Set(message.keys) == Set(Self.keys))
  }

  @Test func jsonEscapesEverythingItMust() {
    let value = JSONValue.string("a\"b\\c\nd\te\u{1}f\u{7F}g\u{2028}hä")
    #expect(value.text == "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u007fg\\u2028hä\"\n")
    let nested = JSONValue.object([("k", .array([.int(-3), .null, .bool(true)])), ("e", .object([]))])
    #expect(nested.text == "{\n  \"k\": [\n    -3,\n    null,\n    true\n  ],\n  \"e\": {}\n}\n")
  }

  @Test func markdownTableListsEveryCode() {
    let table = EMCodeCommand.run(["--list", "--format", "markdown", "--lang", "en"]).stdout
    let lines = table.split(separator: "\n")
    #expect(lines[0] == "| Code | Family | Name | Frequent | Phone shows |")
    #expect(lines.count == 2 + 53)
    #expect(
      lines.contains(
        "| 22 | service | Device logon disabled | ✓ | `Login is unavailable(22)`<br>`[22]-Dev.logon disabled`<br>`Error 22 Dev Logon Disabled` |"
      ))
    #expect(lines.contains("| 44 | emcc | Cluster ID not valid (derived) |  | `Please try to login again (201)` |"))
  }

  @Test func markdownEscapesSpecialCharacters() {
    let markdown = MarkdownRenderer(language: .english)
    #expect(markdown.escape("a|b*c_[d]") == "a\\|b\\*c\\_\\[d\\]")
  }

  @Test func textBlockHasEveryFieldInOrder() throws {
    let block = TextRenderer(language: .english).block(try #require(ErrorCatalog.entry(code: 22)))
    let labels = [
      "Family", "Description", "Cause", "Phone shows", "Cisco's action", "Fix", "CallManager 4.1", "Also named", "Note",
      "Sources",
    ]
    var position = block.startIndex
    for label in labels {
      let range = try #require(block.range(of: "\n  \(label)", range: position..<block.endIndex), "\(label)")
      position = range.upperBound
    }
    #expect(block.hasPrefix("22  Device logon disabled  [frequent]\n"))
    #expect(block.contains("https://developer.cisco.com/docs/extension-mobility-api/response-codes"))
  }

  @Test func textLinesFitTheWidthExceptURLs() {
    let renderer = TextRenderer(language: .german, width: 80)
    for entry in ErrorCatalog.entries {
      for line in renderer.block(entry).split(separator: "\n") where !line.contains("://") {
        #expect(line.count <= 80, "code \(entry.code): \(line)")
      }
    }
  }

  @Test func entriesWithoutHintOrDisplaySaySo() throws {
    let seven = TextRenderer(language: .english).block(try #require(ErrorCatalog.entry(code: 7)))
    #expect(seven.contains("  Phone shows     (no display documented)\n"))
    #expect(seven.contains("  Fix             (the sources give no remedy)\n"))
  }

  static func wrapped(_ text: String, width: Int, column: Int = 0, continuing: Bool = false) -> [String] {
    let buffer = TextBuffer()
    if column > 0 { buffer.append(String(repeating: "x", count: column)) }
    buffer.appendWrapped(text, column: column, indent: 0, width: width, continuing: continuing)
    return buffer.string.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func wrappingKeepsLongWordsWhole() {
    #expect(Self.wrapped("a bb ccc dddd", width: 6) == ["a bb", "ccc", "dddd"])
    #expect(Self.wrapped("supercalifragilistic x", width: 5) == ["supercalifragilistic", "x"])
    #expect(Self.wrapped("Größe über Maß", width: 10) == ["Größe über", "Maß"], "umlauts are one column")
    #expect(Self.wrapped("  spaced   words ", width: 80) == ["spaced   words"])
  }

  @Test func continuingLinesBreakBeforeAWordThatDoesNotFit() {
    #expect(Self.wrapped("fits", width: 10, column: 4, continuing: true) == ["xxxx fits"])
    #expect(Self.wrapped("toolong", width: 10, column: 4, continuing: true) == ["xxxx", "toolong"])
  }
}
