import Testing

@testable import EMCodeKit

/// CSV and TSV tables: stable English headers, values in the run's language, and fields that
/// survive commas, quotes, tabs and line breaks.
@Suite struct DelimitedRendererTests {
  /// An entry whose texts hold everything a table format must escape.
  static let awkward = ErrorEntry(
    code: 999, family: .emcc, name: "Say \"hi\", then\r\nleave", description: "D",
    phoneDisplays: ["a,b", "tab\there"], meaningDE: "Zeile eins\nZeile zwei", meaningEN: "line one\nline two",
    hintEN: "\"quoted\"", isFrequent: true)

  @Test(arguments: [
    (
      DelimitedRenderer.Dialect.csv, Language.english,
      "999,EMCC,\"Say \"\"hi\"\", then\r\nleave\",1,\"a,b | tab\there\",\"line one\nline two\",\"\"\"quoted\"\"\"\r\n"
    ),
    (.csv, .german, "999,EMCC,\"Say \"\"hi\"\", then\r\nleave\",1,\"a,b | tab\there\",\"Zeile eins\nZeile zwei\",\r\n"),
    (.tsv, .english, "999\tEMCC\tSay \"hi\", then  leave\t1\ta,b | tab here\tline one line two\t\"quoted\"\n"),
    (.tsv, .german, "999\tEMCC\tSay \"hi\", then  leave\t1\ta,b | tab here\tZeile eins Zeile zwei\t\n"),
  ])
  func fieldsAreQuotedOrFlattenedAsTheDialectSays(
    _ dialect: DelimitedRenderer.Dialect, _ language: Language, _ expected: String
  ) {
    #expect(DelimitedRenderer(dialect: dialect, language: language).row(.entry(Self.awkward)) == expected)
  }

  @Test(arguments: [Language.german, .english])
  func theHeaderIsTheSameInEveryLanguage(_ language: Language) {
    #expect(
      DelimitedRenderer(dialect: .csv, language: language).header
        == "code,family,name,frequent,phone_display,meaning,fix\r\n")
    #expect(
      DelimitedRenderer(dialect: .tsv, language: language).header
        == "code\tfamily\tname\tfrequent\tphone_display\tmeaning\tfix\n")
  }

  @Test(arguments: [
    (
      Language.german, "22,EM-Dienst,Device logon disabled,1,",
      ",\"Ein Klassiker: Unter Device > Phone beim Telefon „Enable"
    ),
    (
      .english, "22,EM service,Device logon disabled,1,",
      ",\"A classic: under Device > Phone, check \"\"Enable Extension"
    ),
  ])
  func aCatalogRowHasTheFamilyMeaningAndFixInTheLanguage(_ language: Language, _ start: String, _ inFix: String)
    throws
  {
    let entry = try #require(ErrorCatalog.entry(code: 22))
    let row = DelimitedRenderer(dialect: .csv, language: language).row(.entry(entry))
    #expect(row.hasPrefix(start + "Login is unavailable(22) | [22]-Dev.logon disabled | Error 22 Dev Logon Disabled,"))
    #expect(row.contains(entry.meaning(in: language)))
    #expect(row.contains(inFix))
  }

  @Test(arguments: [(Language.german, "Meldung ohne Code"), (.english, "message without a code")])
  func aMessageHasNoCode(_ language: Language, _ family: String) throws {
    let message = try #require(ErrorCatalog.messages.first { $0.name == "Host not found" })
    let row = DelimitedRenderer(dialect: .tsv, language: language).row(.message(message))
    #expect(row.hasPrefix("\t\(family)\tHost not found\t0\tHost not found | Host Not Found\t"))
    #expect(row.hasSuffix("\t" + (try #require(message.hint(in: language))) + "\n"))
  }

  @Test func aTableIsTheHeaderThenOneRowPerItem() {
    let renderer = DelimitedRenderer(dialect: .csv, language: .english)
    let items = ErrorCatalog.entries.prefix(3).map(CatalogItem.entry)
    #expect(renderer.table(items) == renderer.header + items.map(renderer.row).joined())
    #expect(renderer.table([]) == renderer.header)
  }

  /// No catalog text starts like a spreadsheet formula, which Excel would run on import (CSV
  /// injection): the table writes catalog texts as they are, never user input.
  @Test func noCatalogFieldStartsLikeAFormula() {
    for language in Language.allCases {
      let renderer = DelimitedRenderer(dialect: .tsv, language: language)
      let items = ErrorCatalog.entries.map(CatalogItem.entry) + ErrorCatalog.messages.map(CatalogItem.message)
      for item in items {
        for field in renderer.row(item).dropLast().split(separator: "\t", omittingEmptySubsequences: false) {
          #expect(!"=+-@".contains(field.first ?? " "), "\(item.id): \(field)")
        }
      }
    }
  }
}
