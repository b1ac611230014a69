import Testing
import _EMCodeFolding

@Suite struct TextFoldingTests {
  @Test(arguments: [
    ("Gerät", "geraet", "gerat"), ("ÖFFNEN", "oeffnen", "offnen"), ("Übung", "uebung", "ubung"),
    ("Straße", "strasse", "strasse"), ("Café", "cafe", "cafe"), ("ABC xyz", "abc xyz", "abc xyz"),
    ("Gera\u{308}t", "geraet", "gerat"), ("U\u{308}bung", "uebung", "ubung"), ("Cafe\u{301}", "cafe", "cafe"),
  ])
  func folds(_ text: String, _ expanded: String, _ stripped: String) {
    #expect(TextFolding.fold(text, expandingUmlauts: true) == Array(expanded.utf8))
    #expect(TextFolding.fold(text, expandingUmlauts: false) == Array(stripped.utf8))
  }

  @Test(arguments: [
    ("Login is unavailable(23)", " login is unavailable 23 "),
    ("„Enable Extension Mobility“", " enable extension mobility "),
    ("Multi-Login", " multi login "), ("\u{FEFF}22\u{3000}", " 22 "), ("Gerät – Profil", " geraet profil "),
    ("", " "),
  ])
  func splitsWordsAtPunctuationOfEveryKind(_ text: String, _ line: String) {
    #expect(TextFolding.wordLine(text) == Array(line.utf8))
  }

  @Test func keepsOtherCharacters() {
    #expect(TextFolding.fold("„x“ €") == Array("„x“ €".utf8))
  }
}
