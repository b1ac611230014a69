import Foundation
import Testing
import _EMCodeGenerator

/// The table compiled into the binary must be the one in Data/.
@Suite struct GeneratedTableTests {
  @Test func generatedTableIsCurrent() throws {
    let json = try Data(contentsOf: GeneratorPaths.dataFile)
    let expected = try CatalogGenerator.swiftSource(fromJSON: json)
    let actual = try String(contentsOf: GeneratorPaths.generatedFile, encoding: .utf8)
    #expect(
      actual == expected,
      "ErrorCatalog+Generated.swift is out of date. Run 'swift run generate-error-codes'.")
  }

  @Test func validationNamesEveryBrokenRule() throws {
    let broken = """
      {"data_date": "2026-01-01",
       "sources": [{"id": "S1", "title": "T", "url": "https://example.com", "release": "R", "note_de": "x"}],
       "codes": [
         {"code": 3, "family": "service", "name": "A", "description": "D", "phone_display": [],
          "meaning_de": "B", "meaning_en": "M", "cause": "C", "hint_de": "x", "keywords_de": [], "keywords_en": [],
          "frequent": true, "sources": ["S1"], "notes": []},
         {"code": 3, "family": "galaxy", "name": "", "description": "D", "phone_display": [""],
          "meaning_de": "", "meaning_en": "M", "hint_de": "h", "hint_en": "h", "keywords_de": [], "keywords_en": [],
          "see_also": [99], "frequent": false, "sources": ["S9"],
          "notes": [{"audience": "everyone", "de": "x", "en": "y"},
                    {"audience": "user", "de": "\(String(repeating: "x", count: 141))", "en": "y"}]}],
       "messages": []}
      """
    let data = try CatalogData.decode(Data(broken.utf8))
    #expect(throws: CatalogDataError.self) { try data.validate() }
    do {
      try data.validate()
    } catch let error as CatalogDataError {
      let text = error.description
      for expected in [
        "codes must be unique", "family 'galaxy'", "name is empty", "unknown source 'S9'",
        "give hint_de and hint_en together", "frequent codes need hint_de and hint_en", "instead of an empty text",
        "give note_de and note_en together", "cause_de goes with cause", "needs meaning_de and meaning_en",
        "brief_de and brief_en go with the hints", "see_also names 99", "audience 'everyone'",
        "a note for users is longer than 140 characters",
      ] {
        #expect(text.contains(expected), "mentions \(expected)")
      }
    }
  }
}
