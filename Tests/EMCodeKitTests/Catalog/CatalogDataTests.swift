import EMCodeKit
import Testing

/// Tests over the table itself: the codes, the sources, the notes and the corrections of the
/// catalog's second reading.
///
/// The generator's validation (unique codes, hints in pairs, known sources, lengths) is tested in
/// GeneratedTableTests; these check the content.
@Suite struct CatalogDataTests {
  static let expectedService = Array(0...12) + Array(18...23) + Array(25...30)
  static let expectedEMCC = Array(31...33) + Array(35...47)
  static let expectedApplication = [201, 202, 204, 205, 207, 208, 210, 211, 212, 213, 215, 216]

  @Test func holdsExactlyTheDocumentedCodes() {
    #expect(ErrorCatalog.entries.map(\.code) == Self.expectedService + Self.expectedEMCC + Self.expectedApplication)
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

  /// S11's seven, the troubleshooting tables' (S7, S5) without 207, which S2 says cannot happen
  /// with real devices, and S8's "common error codes for EMCC log in issues" 1 and 47.
  @Test func frequentCodesFollowTheSources() {
    let germanPage = [3, 10, 11, 12, 18, 22, 23]
    let ciscoTroubleshooting = [6, 25, 26, 201, 202, 205, 208]
    let emccCommon = [1, 47]
    #expect(ErrorCatalog.frequent.map(\.code) == (germanPage + ciscoTroubleshooting + emccCommon).sorted())
    #expect(ErrorCatalog.entry(code: 207)?.isFrequent == false)
  }

  @Test func everyEntrySpeaksBothLanguages() {
    for entry in ErrorCatalog.entries {
      #expect(!entry.meaningDE.isEmpty && !entry.meaningEN.isEmpty, "code \(entry.code) has both meanings")
      #expect(entry.meaningDE != entry.meaningEN, "code \(entry.code): the German meaning is German")
      #expect((entry.cause == nil) == (entry.causeDE == nil), "code \(entry.code): a German cause with Cisco's")
      #expect(entry.notesDE.count == entry.notesEN.count, "code \(entry.code): every note in both languages")
      if let german = entry.hintDE, let english = entry.hintEN { #expect(german != english) }
    }
    for message in ErrorCatalog.messages {
      #expect(!message.meaningDE.isEmpty && !message.meaningEN.isEmpty, "\(message.id) has both meanings")
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
      201: "Authentication Error", 208: "EMService Connection Error", 210: "Init Fail-Contact Admin",
      215: "Login Type is invalid",
    ]
    for (code, name) in names { #expect(ErrorCatalog.entry(code: code)?.name == name) }
    #expect(ErrorCatalog.entries.filter(\.isNameDerived).map(\.code) == [44], "S2 gives 44 no name")
    #expect(ErrorCatalog.entry(code: 201)?.description == "Authentication Error", "Cisco's wording, nothing editorial")
  }

  /// Where Cisco's documents disagree, the entry says so (in its English notes; the German ones
  /// say the same, see everyEntrySpeaksBothLanguages).
  @Test(arguments: [
    (2, "three meanings"), (5, "22"), (22, "5"), (20, "unchecked"), (12, "code 11"), (207, "208"), (208, "207"),
    (39, "(201)"), (44, "(201)"), (40, "(23)"), (23, "40"), (25, "Multi-Login Not Allowed"),
    (211, "EMCC Not Activated"),
    (42, "212"), (32, "213"), (7, "S1"), (27, "S1"), (201, "39"), (25, "S10"),
  ])
  func disagreementsAreNoted(_ code: Int, _ mention: String) throws {
    let entry = try #require(ErrorCatalog.entry(code: code))
    #expect(entry.notesEN.contains { $0.contains(mention) }, "code \(code) notes mention \(mention)")
  }

  /// The notes that change what the admin does are on the short answer; the rest are for maintainers.
  @Test func notesForUsersAreTheDisagreementsThatChangeTheFix() {
    let withUserNotes = ErrorCatalog.entries.filter { $0.userNoteCount > 0 }.map(\.code)
    #expect(withUserNotes == [2, 25, 207])
    let slips = ["1818", "the0 login"]
    for entry in ErrorCatalog.entries {
      for note in entry.notes where note.audience == .user {
        #expect(!slips.contains { note.english.contains($0) }, "a source's typing slip is no note for users")
      }
    }
  }

  /// The corrections of the catalog's second reading (catalog-review.md), pinned.
  @Test func secondReadingCorrectionsHold() throws {
    for code in [35, 36] {
      let entry = try #require(ErrorCatalog.entry(code: code))
      #expect(entry.hintEN?.contains("Advanced Features > Cluster View") == true, "code \(code): S2's setup path")
      #expect(entry.hintDE?.contains("Advanced Features > Cluster View") == true)
    }
    #expect(ErrorCatalog.entry(code: 6)?.hintEN?.contains("Otherwise") == false, "Cisco: collect the logs as a step")
    for code in [27, 41] {
      let notes = try #require(ErrorCatalog.entry(code: code)).notesEN.joined(separator: " ")
      #expect(!notes.contains("counterpart") && !notes.contains("instead"), "no source relates 27 and 41")
    }
    #expect(ErrorCatalog.entry(code: 215)?.sourceIDs.contains("S8") == true, "S8 says loginType came with 12.x")
    #expect(ErrorCatalog.entry(code: 33)?.hintEN?.contains("Bulk Administration") == true)
    #expect(ErrorCatalog.entry(code: 37)?.hintEN?.lowercased().contains("remove") == true)
    for code in [201, 204] {
      #expect(ErrorCatalog.entry(code: code)?.hintEN?.contains("End User") == true, "code \(code): check the PIN")
    }
    #expect(ErrorCatalog.entry(code: 25)?.hintEN?.contains("Auto Logout") == true)
    #expect(ErrorCatalog.entry(code: 23)?.hintEN?.contains("Usually") == false, "no source gives a frequency")
    #expect(ErrorCatalog.entry(code: 43)?.hintEN?.contains("Phone Security Profile") == true)
  }

  @Test func phoneDisplaysOfTheAmbiguousCodesAreRecorded() {
    #expect(ErrorCatalog.entry(code: 39)?.phoneDisplays == ["Please try to login again (201)"])
    #expect(ErrorCatalog.entry(code: 40)?.phoneDisplays == ["Please try to login again (23)"])
    #expect(ErrorCatalog.entry(code: 208)?.phoneDisplays.contains("Error 207 EM Service Connection Error") == true)
  }

  @Test func relatedCodesPointBothWays() {
    for entry in ErrorCatalog.entries {
      for related in entry.seeAlso {
        #expect(ErrorCatalog.entry(code: related) != nil, "code \(entry.code) names \(related)")
      }
    }
    #expect(ErrorCatalog.entry(code: 42)?.seeAlso == [44, 212])
    #expect(ErrorCatalog.entry(code: 32)?.seeAlso == [213])
  }

  @Test func everySourceIsCitedAndEveryCitationResolves() {
    let cited = Set(ErrorCatalog.entries.flatMap(\.sourceIDs) + ErrorCatalog.messages.flatMap(\.sourceIDs))
    #expect(cited == Set(ErrorCatalog.sourceIDs), "every source is cited, S9 included")
    #expect(ErrorCatalog.sources.count == ErrorCatalog.sourceIDs.count)
    for source in ErrorCatalog.sources {
      #expect(source.url.hasPrefix("http://") || source.url.hasPrefix("https://"), "\(source.id) has a URL")
    }
    #expect(ErrorCatalog.source(id: "S3")?.noteEN?.contains("staging") == true, "S3's copy is named for what it is")
    #expect(ErrorCatalog.source(id: "S4")?.noteEN?.lowercased().contains("third-party") == true)
  }

  @Test func codelessMessagesHaveActionsAndHints() {
    #expect(ErrorCatalog.messages.map(\.id) == ["host-not-found", "http-503", "login-unavailable"])
    for message in ErrorCatalog.messages {
      #expect(message.action != nil && message.hintDE != nil && message.hintEN != nil)
    }
    let bare = ErrorCatalog.messages.first { $0.id == "login-unavailable" }
    #expect(bare?.phoneDisplays == ["Login is unavailable"])
    #expect(bare?.hintEN?.contains("Update Remote Cluster Now") == true)
  }

  @Test func everyItemFitsTheExplainScannersBitSet() {
    #expect(ErrorCatalog.codes.count + ErrorCatalog.messages.count <= 64)
  }
}
