import Testing
import _EMCodeFolding

@Suite struct TextFoldingTests {
  @Test(arguments: [
    ("Gerät", "geraet", "gerat"), ("ÖFFNEN", "oeffnen", "offnen"), ("Übung", "uebung", "ubung"),
    ("Straße", "strasse", "strasse"), ("Café", "cafe", "cafe"), ("ABC xyz", "abc xyz", "abc xyz"),
  ])
  func folds(_ text: String, _ expanded: String, _ stripped: String) {
    #expect(TextFolding.fold(text, expandingUmlauts: true) == Array(expanded.utf8))
    #expect(TextFolding.fold(text, expandingUmlauts: false) == Array(stripped.utf8))
  }

  @Test func searchableHoldsBothForms() {
    #expect(TextFolding.searchable("Gerät") == Array("geraet\ngerat".utf8))
    #expect(TextFolding.searchable("Device") == Array("device".utf8))
  }

  @Test func keepsOtherCharacters() {
    #expect(TextFolding.fold("„x“ €") == Array("„x“ €".utf8))
  }
}
