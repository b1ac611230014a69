import EMCodeKit
import Testing

@Suite struct SearchTests {
  static func codes(_ words: [String], family: ErrorFamily? = nil) -> [Int] {
    ErrorCatalog.search(words, family: family).entries.map(\.code)
  }

  @Test func findsEveryEntryMentioningAWord() {
    let found = Self.codes(["profile"])
    for code in [12, 205, 43, 211, 201] { #expect(found.contains(code), "profile finds \(code)") }
    #expect(!found.contains(22))
  }

  @Test func namesRankFirst() {
    let found = Self.codes(["profile"])
    #expect(found.first == 12, "12 Dev. Profile not found and 205 User Profile Absent name the word")
    #expect(Array(found.prefix(2)) == [12, 205])
  }

  @Test(arguments: ["Gerät", "geraet", "gerat", "GERÄT", "GERAET"])
  func foldsUmlauts(_ word: String) {
    // "Geräteprofil" stands in the German hints of 12 and 205.
    let found = Self.codes([word])
    #expect(found.contains(12) && found.contains(205), "\(word)")
  }

  @Test func foldsSharpS() {
    #expect(Self.codes(["außerdem"]) == Self.codes(["ausserdem"]))
    #expect(Self.codes(["ausserdem"]).contains(208))
  }

  @Test func everyWordMustOccur() {
    let both = Self.codes(["device", "profile"])
    #expect(both.contains(12))
    #expect(Set(both).isSubset(of: Set(Self.codes(["device"]))))
    #expect(Set(both).isSubset(of: Set(Self.codes(["profile"]))))
    #expect(Self.codes(["device profile"]) == both, "a quoted phrase is split into words")
  }

  @Test func searchesCaseInsensitively() {
    #expect(Self.codes(["TFTP"]) == [39])
    #expect(Self.codes(["tftp"]) == [39])
  }

  @Test func searchesPhoneTextsAndHintsInBothLanguages() {
    #expect(Self.codes(["Conn."]).contains(208))
    #expect(Self.codes(["Tippfehler"]).contains(23), "German hint")
    #expect(Self.codes(["typo"]).contains(23), "English hint")
  }

  @Test func filtersByFamily() {
    #expect(Self.codes(["cluster"], family: .application).allSatisfy { $0 >= 201 })
    #expect(Self.codes(["cluster"], family: .emcc).allSatisfy { (31...47).contains($0) })
  }

  @Test func findsCodelessMessages() {
    #expect(ErrorCatalog.search(["tomcat"]).messages.map(\.id) == ["host-not-found"])
  }

  @Test func noMatchIsEmpty() {
    #expect(ErrorCatalog.search(["xyzzy"]).isEmpty)
    #expect(ErrorCatalog.search(["  "]).isEmpty, "blank words match nothing")
    #expect(ErrorCatalog.search(["%s%n", ".*", "[a-z]+"]).isEmpty, "format strings and regexes are plain words")
  }
}
