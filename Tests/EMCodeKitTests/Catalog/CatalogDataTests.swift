import EMCodeKit
import Testing

/// Tests over the table itself: the codes, the required fields, the sources and the notes.
@Suite struct CatalogDataTests {
  static let expectedService = Array(0...12) + Array(18...23) + Array(25...30)
  static let expectedEMCC = Array(31...33) + Array(35...47)
  static let expectedApplication = [201, 202, 204, 205, 207, 208, 210, 211, 212, 213, 215, 216]

  @Test func holdsExactlyTheDocumentedCodes() {
    let codes = ErrorCatalog.entries.map(\.code)
    #expect(codes.count == 53)
    #expect(Set(codes).count == codes.count, "codes are unique")
    #expect(codes == codes.sorted(), "codes are ascending")
    #expect(codes == Self.expectedService + Self.expectedEMCC + Self.expectedApplication)
  }

  @Test(arguments: [13, 14, 15, 16, 17, 24, 34, 200, 203, 206, 209, 214, 217, -1, 1000])
  func undocumentedNumbersAreUnknown(_ code: Int) {
    #expect(ErrorCatalog.entry(code: code) == nil)
  }

  @Test func familiesFollowTheNumbering() {
    for entry in ErrorCatalog.entries {
      let expected: ErrorFamily =
        Self.expectedService.contains(entry.code)
        ? .service : Self.expectedEMCC.contains(entry.code) ? .emcc : .application
      #expect(entry.family == expected, "code \(entry.code)")
    }
  }

  @Test func everyEntryHasTheRequiredFields() {
    for entry in ErrorCatalog.entries {
      #expect(!entry.name.isEmpty, "code \(entry.code) has a name")
      #expect(!entry.description.isEmpty, "code \(entry.code) has a description")
      #expect(!entry.sources.isEmpty, "code \(entry.code) has a source")
      #expect(entry.sources.count == entry.sourceIDs.count, "code \(entry.code): every source id resolves")
      for source in entry.sources {
        #expect(source.url.hasPrefix("http://") || source.url.hasPrefix("https://"), "\(source.id) has a URL")
        #expect(!source.title.isEmpty)
      }
      #expect((entry.hintDE == nil) == (entry.hintEN == nil), "code \(entry.code): hints come in pairs")
    }
  }

  @Test func frequentCodesAreExactlyTheGermanPageAndCiscosTroubleshootingOnes() {
    let germanPage = [3, 10, 11, 12, 18, 22, 23]
    let ciscoTroubleshooting = [6, 25, 26, 201, 202, 205, 207, 208]
    #expect(ErrorCatalog.frequent.map(\.code) == (germanPage + ciscoTroubleshooting).sorted())
  }

  @Test func frequentCodesHaveBothHints() {
    for entry in ErrorCatalog.frequent {
      #expect(entry.hintDE?.isEmpty == false, "code \(entry.code) has a German hint")
      #expect(entry.hintEN?.isEmpty == false, "code \(entry.code) has an English hint")
    }
  }

  @Test func legacyNamesComeFromTheGermanPage() {
    let withLegacy = ErrorCatalog.entries.filter { $0.legacyName != nil }.map(\.code)
    #expect(withLegacy == Array(0...12) + Array(18...23) + [25])
    for entry in ErrorCatalog.entries where entry.legacyName != nil {
      #expect(entry.sourceIDs.contains("S11"), "code \(entry.code) cites the German page")
    }
    #expect(ErrorCatalog.entry(code: 22)?.legacyName == "Device Does Not Allow Extension Mobility")
    #expect(ErrorCatalog.entry(code: 18)?.legacyName == "Device Already Logged In")
  }

  @Test func namesAreSpelledAsTheSourcesSpellThem() {
    let names: [Int: String] = [
      2: "Cannot authorize App user", 5: "Device logon disabled", 9: "Dir. User Info Error",
      12: "Dev. Profile not found", 29: "RIS down-contact admin",
      35: "Visiting Cluster Information is not present in Home Cluster",
      208: "EMService Connection Error", 210: "Init Fail-Contact Admin", 215: "Login Type is invalid",
    ]
    for (code, name) in names { #expect(ErrorCatalog.entry(code: code)?.name == name) }
    #expect(ErrorCatalog.entry(code: 44)?.isNameDerived == true, "S2 gives 44 no name")
    #expect(ErrorCatalog.entries.filter(\.isNameDerived).map(\.code) == [44])
  }

  /// Where Cisco's documents disagree, the entry says so.
  @Test(arguments: [
    (2, "three meanings"), (5, "22"), (22, "5"), (20, "unchecked"), (12, "code 11"), (207, "208"), (208, "207"),
    (39, "(201)"), (44, "(201)"), (40, "(23)"), (23, "40"), (25, "Multi-Login Not Allowed"), (211, "disagree"),
    (42, "212"), (32, "213"), (7, "S1"), (27, "S1"), (201, "39"),
  ])
  func disagreementsAreNoted(_ code: Int, _ mention: String) throws {
    let entry = try #require(ErrorCatalog.entry(code: code))
    #expect(entry.notes.contains { $0.contains(mention) }, "code \(code) notes mention \(mention)")
  }

  @Test func phoneDisplaysOfTheAmbiguousCodesAreRecorded() {
    #expect(ErrorCatalog.entry(code: 39)?.phoneDisplays == ["Please try to login again (201)"])
    #expect(ErrorCatalog.entry(code: 40)?.phoneDisplays == ["Please try to login again (23)"])
    #expect(ErrorCatalog.entry(code: 208)?.phoneDisplays.contains("Error 207 EM Service Connection Error") == true)
  }

  @Test func everySourceIsCitedAndEveryCitationResolves() {
    let cited = Set(ErrorCatalog.entries.flatMap(\.sourceIDs) + ErrorCatalog.messages.flatMap(\.sourceIDs))
    #expect(cited.isSubset(of: Set(ErrorCatalog.sourceIDs)))
    #expect(ErrorCatalog.sources.count == ErrorCatalog.sourceIDs.count)
  }

  @Test func everyItemFitsTheExplainScannersBitSet() {
    #expect(ErrorCatalog.codes.count + ErrorCatalog.messages.count <= 64)
  }

  @Test func codelessMessagesHaveActionsAndHints() {
    #expect(ErrorCatalog.messages.map(\.id) == ["host-not-found", "http-503"])
    for message in ErrorCatalog.messages {
      #expect(message.action != nil && message.hintDE != nil && message.hintEN != nil)
    }
  }
}
