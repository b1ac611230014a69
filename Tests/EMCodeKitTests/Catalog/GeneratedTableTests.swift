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
       "sources": [{"id": "S1", "title": "T", "url": "https://example.com", "release": "R"}],
       "codes": [
         {"code": 3, "family": "service", "name": "A", "description": "D", "phone_display": [],
          "frequent": true, "hint_de": "x", "sources": ["S1"], "notes": []},
         {"code": 3, "family": "galaxy", "name": "", "description": "D", "phone_display": [""],
          "frequent": false, "sources": ["S9"], "notes": []}],
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
      ] {
        #expect(text.contains(expected), "mentions \(expected)")
      }
    }
  }
}
