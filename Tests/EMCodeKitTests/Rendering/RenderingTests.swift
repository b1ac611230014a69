import Foundation
import Testing

@testable import EMCodeKit

/// The three levels of detail, in both languages, and the JSON a server or app gets.
@Suite struct RenderingTests {
  static let items: [CatalogItem] =
    ErrorCatalog.entries.map(CatalogItem.entry) + ErrorCatalog.messages.map(CatalogItem.message)

  static func renderer(_ language: Language, width: Int? = 80) -> TextRenderer {
    TextRenderer(language: language, width: width, moreCommand: "emcode -v ")
  }

  /// The default answer fits one screen: at most 12 lines at 80 columns, for every code and message.
  @Test(arguments: [Language.german, .english])
  func everyCardFitsTwelveLinesOfEightyColumns(_ language: Language) {
    for item in Self.items {
      let lines = Self.renderer(language).card(item).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.count <= 12, "\(item.id) in \(language): \(lines.count) lines")
      for line in lines { #expect(line.columns <= 80, "\(item.id): \(line)") }
    }
  }

  @Test func cardShowsWhatThePhoneShowsWhatItMeansHowToFixItAndWhereToReadOn() throws {
    let card = Self.renderer(.german).card(.entry(try #require(ErrorCatalog.entry(code: 23))))
    #expect(
      card == """
        23  User not found  (EM-Dienst, häufig)
          Telefon   Login is Unavailable (23) · Logout is Unavailable (23)
          Bedeutung Die eingegebene Benutzer-ID gibt es im CUCM nicht; mit loginType
                    auch: Self-Service-ID (SP) oder Primärdurchwahl (DN) nicht gefunden.
          Abhilfe   Die Benutzer-ID auf Tippfehler prüfen und sicherstellen, dass der
                    Benutzer im CUCM existiert. Bei Anmeldung per loginType die
                    Self-Service-ID (SP) bzw. die Primärdurchwahl (DN) prüfen; ohne
                    gesetzte Primärdurchwahl scheitert die Anmeldung mit 23.
          Auch      „(23)“ kann auch 40 sein
          Mehr      emcode -v 23 (Quellen S1 S2 S8 S11)

        """)
  }

  @Test func cardNamesTheOtherCodesOfAnAmbiguousDisplayAndTheRelatedOnes() throws {
    let english = Self.renderer(.english)
    #expect(
      english.card(.entry(try #require(ErrorCatalog.entry(code: 201)))).contains(
        "  Also    \"(201)\" can also be 39 or 44 · related: 204, 211\n"))
    #expect(english.card(.entry(try #require(ErrorCatalog.entry(code: 40)))).contains("\"(23)\" can also be 23"))
    #expect(!english.card(.entry(try #require(ErrorCatalog.entry(code: 0)))).contains("Also"))
  }

  @Test func cardKeepsTheNotesForUsersAndLeavesTheRestToThePage() throws {
    let twentyFive = try #require(ErrorCatalog.entry(code: 25))
    let card = Self.renderer(.english).card(.entry(twentyFive))
    #expect(card.contains("  Note    EMCC: S5 (12.5) says Multiple Login Behavior"))
    #expect(!card.contains("the0 login"), "a source's typing slip is for maintainers")
    let page = Self.renderer(.english).page(.entry(twentyFive))
    #expect(page.contains("the0 login"))
  }

  @Test func pageQuotesCiscosOriginalsAndListsEveryField() throws {
    let page = Self.renderer(.german, width: 200).page(.entry(try #require(ErrorCatalog.entry(code: 22))))
    let rows = [
      "22  Device logon disabled  (EM-Dienst, häufig)", "\n  Familie ", "\n  Telefon zeigt ", "\n  Bedeutung ",
      "\n  Ursache ", "\n  Abhilfe ", "\n  Auch ", "\n  Anmerkungen ", "\n  Auch genannt ",
      "\n  Cisco im Original (englisch)", "\n    Beschreibung    „Extension Mobility is not enabled on the device.“",
      "\n    Empfehlung ", "\n    CallManager 4.1 „Device Does Not Allow Extension Mobility“: „", "\n  Quellen ",
    ]
    var position = page.startIndex
    for row in rows {
      let range = try #require(page.range(of: row, range: position..<page.endIndex), "\(row)")
      position = range.upperBound
    }
  }

  @Test func sourcesAreListedOnceWithTheirURLs() {
    let buffer = TextBuffer()
    Self.renderer(.english).writeSources(["S1", "S11"], to: buffer)
    #expect(buffer.string.hasPrefix("Sources\n  S1   Cisco Extension Mobility API Developer Guide; CUCM 11.0–14\n"))
    #expect(buffer.string.contains("\n       https://developer.cisco.com/docs/extension-mobility-api/response-codes\n"))
    #expect(buffer.string.contains("  S11  "))
  }

  @Test(arguments: [Language.german, .english])
  func briefLinesAreOneLineEach(_ language: Language) {
    for item in Self.items {
      let line = Self.renderer(language).brief(item)
      #expect(line.filter { $0 == "\n" }.count == 1, "\(item.id): \(line)")
      #expect(line.columns <= 90, "\(item.id) fits a printed page: \(line)")
    }
    #expect(
      Self.renderer(.german).brief(.entry(ErrorCatalog.entry(code: 22)!))
        == " 22  Device logon disabled             „Enable Extension Mobility“ am Telefon setzen\n")
    #expect(
      Self.renderer(.english).brief(.entry(ErrorCatalog.entry(code: 35)!)).hasPrefix(
        " 35  Visiting Cluster Information is…  "))
  }

  @Test func entriesWithoutHintOrDisplaySaySo() throws {
    let seven = Self.renderer(.english).card(.entry(try #require(ErrorCatalog.entry(code: 7))))
    #expect(seven.contains("  Phone   (no display documented)\n"))
    #expect(seven.contains("  Fix     (the sources give no remedy)\n"))
    #expect(Self.renderer(.german).brief(.entry(try #require(ErrorCatalog.entry(code: 21)))).contains("keine Abhilfe"))
  }

  @Test func withoutAWidthNothingIsWrapped() throws {
    let card = TextRenderer(language: .german, width: nil).card(.entry(try #require(ErrorCatalog.entry(code: 25))))
    #expect(card.split(separator: "\n").count == 5, "one line per row: header, phone, meaning, fix, note")
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
    #expect(Self.wrapped("fits", width: 10, column: 4, continuing: true) == ["xxxx fits"])
    #expect(Self.wrapped("toolong", width: 10, column: 4, continuing: true) == ["xxxx", "toolong"])
  }

  @Test func numbersAreWrittenInDecimalEvenTheExtremes() {
    let buffer = TextBuffer()
    for value in [0, 7, -7, 1234567890, Int.min, Int.max] {
      buffer.append(value)
      buffer.append(" ")
    }
    #expect(buffer.string == "0 7 -7 1234567890 \(Int.min) \(Int.max) ")
  }

  @Test func markdownTableAndSections() throws {
    let markdown = MarkdownRenderer(language: .english)
    let table = markdown.table(ErrorCatalog.entries).split(separator: "\n")
    #expect(table[0] == "| Code | Family | Name | Frequent | Phone shows |")
    #expect(table.count == 2 + 53)
    #expect(table.contains("| 44 | EMCC | Cluster ID not valid (derived) |  | `Please try to login again (201)` |"))
    #expect(markdown.escape("a|b*c_[d]") == "a\\|b\\*c\\_\\[d\\]")
    let section = markdown.section(.entry(try #require(ErrorCatalog.entry(code: 22))), verbose: true)
    #expect(section.hasPrefix("### 22 Device logon disabled (EM service, frequent)\n\n"))
    #expect(section.contains("- **Sources:**\n  - S1: [Cisco Extension Mobility API Developer Guide]("))
  }

  /// The `Encodable` conformances a server uses and the command's JSON write the same document.
  @Test func encodableMatchesTheCommandsJSON() throws {
    for item in Self.items {
      let encoder = JSONEncoder()
      encoder.outputFormatting = .sortedKeys
      let viaEncodable = try JSONSerialization.jsonObject(with: try encoder.encode(item)) as? NSDictionary
      let viaCommand = try JSONSerialization.jsonObject(with: Data(item.json.text.utf8)) as? NSDictionary
      #expect(viaEncodable != nil && viaEncodable == viaCommand, "\(item.id)")
    }
    let entry = try #require(ErrorCatalog.entry(code: 22))
    let sorted = JSONEncoder()
    sorted.outputFormatting = .sortedKeys
    #expect(try sorted.encode(entry) == sorted.encode(CatalogItem.entry(entry)))
  }

  @Test func jsonEscapesEverythingItMust() {
    let value = JSONValue.string("a\"b\\c\nd\te\u{1}f\u{7F}g\u{2028}hä")
    #expect(value.text == "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u007fg\\u2028hä\"\n")
    let nested = JSONValue.object([("k", .array([.int(-3), .null, .bool(true)])), ("e", .object([]))])
    #expect(nested.text == "{\n  \"k\": [\n    -3,\n    null,\n    true\n  ],\n  \"e\": {}\n}\n")
  }

  @Test func valuesAreEquatableHashableAndIdentifiable() throws {
    let one = try #require(ErrorCatalog.entry(code: 22))
    #expect(one.id == 22)
    #expect(one != ErrorCatalog.entry(code: 23))
    #expect(Set(ErrorCatalog.entries).count == 53)
    let custom = ErrorEntry(code: 999, family: .service, name: "Test", description: "D", meaningDE: "B", meaningEN: "M")
    #expect(custom.notes.isEmpty && custom.hint(in: .german) == nil)
  }
}
