import Testing

@testable import EMCodeKit

/// The scanner over real Cisco examples, every display form, and broken input.
@Suite struct ExplainScannerTests {
  static func scan(_ text: String, chunkSize: Int = .max) throws -> ExplainReport {
    try scan(Array(text.utf8), chunkSize: chunkSize)
  }

  static func scan(_ bytes: [UInt8], chunkSize: Int = .max) throws -> ExplainReport {
    var reader = MemoryReader(bytes, chunkSize: chunkSize)
    return ExplainScanner.scan(&reader)
  }

  /// A summary of outcomes that is easy to compare: kind, line, number and codes.
  static func outcomes(_ text: String) throws -> [String] {
    try scan(text).firstOutcomes.map { outcome in
      let codes = outcome.items.map { $0.code.map(String.init) ?? $0.id }.joined(separator: ",")
      return "\(outcome.kind.rawValue)@\(outcome.line):\(outcome.number.map(String.init) ?? "-"):\(codes)"
    }
  }

  // MARK: EM API responses (S1 and the TAC documents)

  @Test func developerGuideFailureExample() throws {
    let response = """
      <response>
          <failure>
              <error code="3">Could not authenticate 'appid'</error>
          </failure>
      </response>
      """
    let report = try Self.scan(response)
    #expect(try Self.outcomes(response) == ["api_error@3:3:3"])
    #expect(report.firstOutcomes[0].message == "Could not authenticate 'appid'")
    #expect(report.lines == 5)
  }

  @Test func howItWorksExampleWithLooseSpacingAndAStrayQuote() throws {
    let response = """
      <response> <failure> <error code= "3" > DB Query Error: Application Authentication Error: Could not authenticate" </error> </failure> </response>
      """
    let outcome = try #require(Self.scan(response).firstOutcomes.first)
    #expect(outcome.number == 3)
    #expect(outcome.message == "DB Query Error: Application Authentication Error: Could not authenticate\"")
  }

  @Test(arguments: [
    "<error code='22'>x</error>", "<error  code = \"22\"/>", "<error\ncode=\"22\"\n>x</error>",
    "<error id=\"a\" code=\"22\">",
    "<error code=\" 22 \">",
    "2018-04-26 16:47:27,745 DEBUG [http-bio-443-exec-17] EMServiceServlet - Request failed returning<?xml version=\"1.0\"?><response><failure><error code=\"22\">Dev. logon disabled</error></failure></response>",
  ])
  func errorCodeInAnyForm(_ text: String) throws {
    let outcome = try #require(Self.scan(text).firstOutcomes.first)
    #expect(outcome.kind == .apiError)
    #expect(outcome.number == 22)
    #expect(outcome.items.first?.code == 22)
  }

  @Test func successesAndQueries() throws {
    let log = """
      Request succeeded returning<?xml version="1.0"?><response><success/></response>
      <response> <deviceUserResults> <device name="SEP402CF4915265"> <userID>em%40cisco.com</userID> <lastlogin>em</lastlogin> <emccDevice>no</emccDevice> </device> </deviceUserResults> </response>
      <response> <userDevicesResults> <user id="em%40cisco.com"> <deviceName>SEP402CF4915265</deviceName> </user> </userDevicesResults> </response>
      <response><deviceProfileResults><user id="em%40cisco.com"><deviceProfile><deviceProfileName>EM-SCCP-Profile-7970</deviceProfileName></deviceProfile></user></deviceProfileResults></response>
      <response><checkUserResults><user id="EMuser"><exists>EMuser</exists></user></checkUserResults></response>
      <response>
          <success />
      </response>
      """
    let report = try Self.scan(log)
    #expect(report.successes.count == 2)
    #expect(report.successes.firstLine == 1 && report.successes.lastLine == 7)
    #expect(report.queries.count == 4)
    #expect(
      report.firstOutcomes.filter { $0.kind == .query }.map(\.detail) == [
        "deviceUserResults", "userDevicesResults", "deviceProfileResults", "checkUserResults",
      ])
    #expect(report.groups.isEmpty)
  }

  @Test func requestsAreNotOutcomes() throws {
    let request = """
      <request><appInfo><appID>appid</appID><appCertificate>apppasswd</appCertificate></appInfo>
      <login><deviceName>SEP003094C25B15</deviceName><userID>john</userID><deviceProfile>UserDevProf</deviceProfile></login></request>
      <query><appInfo><appID>a</appID></appInfo><deviceUserQuery><deviceName>SEP010203040506</deviceName></deviceUserQuery></query>
      <!DOCTYPE query SYSTEM "http://10.106.111.182:8080/emservice/jsp/LoginQuery.dtd">
      """
    #expect(try Self.scan(request).isEmpty)
  }

  @Test func queryFailuresWithoutACode() throws {
    let report = try Self.scan(
      "<response><failure><errorMessage>User not found</errorMessage></failure></response>\n"
        + "<response><failure><errorMessage>Something odd</errorMessage></failure></response>")
    #expect(report.firstOutcomes.map(\.kind) == [.errorMessage, .errorMessage])
    #expect(report.firstOutcomes[0].items.first?.code == 23, "explained from its text where it is clear")
    #expect(report.firstOutcomes[1].items.isEmpty)
    #expect(report.firstOutcomes[1].message == "Something odd")
  }

  @Test func entitiesAreLeftAlone() throws {
    let outcome = try #require(
      Self.scan("<error code=\"3\">Could not authenticate &apos;appid&apos; &xxe;</error>").firstOutcomes.first)
    #expect(outcome.message == "Could not authenticate &apos;appid&apos; &xxe;")
    #expect(try Self.scan("<error code=\"&#51;\">x</error>").firstOutcomes.first?.hasUnreadableNumber == true)
  }

  @Test func billionLaughsIsJustText() throws {
    let document = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
      <response><failure><error code="6">&lol3;</error></failure></response>
      """
    let outcome = try #require(Self.scan(document).firstOutcomes.first)
    #expect(outcome.number == 6)
    #expect(outcome.message == "&lol3;")
  }

  @Test func truncatedResponses() throws {
    #expect(try Self.outcomes("<response><failure><error code=\"26\">Busy") == ["api_error@1:26:26"])
    #expect(try Self.outcomes("<response><failure><error code=\"26\"") == ["api_error@1:26:26"])
    #expect(try Self.outcomes("<response><failure><error code=\"2") == ["api_error@1:-:"])
    #expect(try Self.scan("<response><failure><err").isEmpty)
  }

  @Test func overlongAndUndocumentedCodes() throws {
    let long = "<error code=\"" + String(repeating: "9", count: 100_000) + "\">x</error>"
    let outcome = try #require(Self.scan(long).firstOutcomes.first)
    #expect(outcome.number == nil)
    #expect(outcome.hasUnreadableNumber)
    #expect(try Self.outcomes("<error code=\"99\">x</error>") == ["api_error@1:99:"])
    #expect(try Self.outcomes("<error code=\"0000000022\">x</error>") == ["api_error@1:22:22"])
  }

  // MARK: Phone displays

  @Test(arguments: [
    ("Login is unavailable(23)", "phone_display@1:23:23"), ("Logout is unavailable (19)", "phone_display@1:19:19"),
    ("Login is Unavailable (37)", "phone_display@1:37:37"), ("[208]-EMService Conn. error", "phone_display@1:208:208"),
    ("[25]-User logged in elsewhe..", "phone_display@1:25:25"),
    ("Error 25 User Logged in Elsewhere", "phone_display@1:25:25"),
    ("Error 6 Database Error", "phone_display@1:6:6"), ("Please try to login again (202)", "phone_display@1:202:202"),
    ("Multi-Login Not Allowed (25)", "phone_display@1:25:25"), ("LoginType invalid(215)", "phone_display@1:215:215"),
    ("DN has multiple users(47)", "phone_display@1:47:47"), ("DN has multiple users(216)", "phone_display@1:216:216"),
    ("Login is unsuccessful(46)", "phone_display@1:46:46"),
    ("Please try to login again (201)", "phone_display@1:201:201,39,44"),
    ("Please try to login again (23)", "phone_display@1:23:40"),
    ("Error 207 EM Service Connection Error", "phone_display@1:207:208"),
    ("Error 207 Device Name Empty", "phone_display@1:207:207"),
    ("Login is unavailable(12)", "phone_display@1:12:12"), ("Login is unavailable(7)", "phone_display@1:7:7"),
    ("Login is unavailable(99)", "phone_display@1:99:"),
    ("Host not found", "phone_display@1:-:host-not-found"), ("Http Error [503]", "phone_display@1:503:http-503"),
    ("HTTP Error (503)", "phone_display@1:503:http-503"),
    ("Login is unavailable", "phone_display@1:-:login-unavailable"),
  ])
  func displayForms(_ text: String, _ expected: String) throws {
    #expect(try Self.outcomes("phone SEP0011 shows: \(text) since 9:00") == [expected])
  }

  @Test(arguments: [
    "Login is unavail", "(23)", "[12]-foo", "Error 25", "error 404 not found", "HTTP Error (404)", "f(3)",
    "array[2]",
    "Hostname not found", "unavailable(23)", "2026-11-27 [main] INFO (3 ms)",
  ])
  func textsThatAreNoOutcome(_ text: String) throws {
    #expect(try Self.scan(text).isEmpty, "\(text)")
  }

  // MARK: Reading

  @Test func sameResultWhateverTheChunkSize() throws {
    var log = ""
    for index in 0..<300 {
      log += "2026-11-27 10:00:\(index % 60) DEBUG [exec-\(index)] some debug text (not an outcome) [x]\n"
      if index % 7 == 0 {
        log +=
          "Request failed returning<response><failure><error code=\"\(index % 2 == 0 ? 22 : 26)\">x</error></failure></response>\n"
      }
      if index % 11 == 0 {
        log += "Request succeeded returning<?xml version=\"1.0\"?><response><success/></response>\n"
      }
      if index % 13 == 0 { log += "phone shows Please try to login again (201)\r\n" }
    }
    let whole = try Self.scan(log)
    for chunkSize in [1, 2, 3, 7, 64, 1000, 4096] {
      let chunked = try Self.scan(log, chunkSize: chunkSize)
      #expect(chunked.lines == whole.lines, "chunk \(chunkSize)")
      #expect(chunked.successes == whole.successes, "chunk \(chunkSize)")
      #expect(chunked.groups.map(\.tally) == whole.groups.map(\.tally), "chunk \(chunkSize)")
    }
    #expect(whole.lines == 300 + 43 + 28 + 24)
    #expect(whole.groups.map(\.tally.count) == [22, 24, 21])
  }

  @Test func linesAreCountedWithOrWithoutAFinalNewline() throws {
    #expect(try Self.scan("").lines == 0)
    #expect(try Self.scan("a").lines == 1)
    #expect(try Self.scan("a\n").lines == 1)
    #expect(try Self.scan("a\nb").lines == 2)
    #expect(try Self.scan("\n\n").lines == 2)
  }

  @Test func utf16IsDecoded() throws {
    let text = "<response><failure><error code=\"25\">ü</error></failure></response>\r\nLogin is unavailable(23)\r\n"
    var littleEndian: [UInt8] = [0xFF, 0xFE]
    var bigEndian: [UInt8] = [0xFE, 0xFF]
    var noMark: [UInt8] = []
    for unit in text.utf16 {
      littleEndian += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bigEndian += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      noMark += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    for bytes in [littleEndian, bigEndian, noMark] {
      let report = try Self.scan(bytes, chunkSize: 5)
      #expect(report.firstOutcomes.map(\.number) == [25, 23])
      #expect(report.firstOutcomes.first?.message == "ü")
    }
  }

  @Test func binaryAndInvalidUTF8AreSkipped() throws {
    var bytes: [UInt8] = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
    bytes += Array("\n<error code=\"11\">\u{FFFD}".utf8) + [0xFF, 0xC3, 0x28, 0x80] + Array("</error>\n".utf8)
    let report = try Self.scan(bytes)
    #expect(report.firstOutcomes.last?.number == 11)
  }

  @Test func deepNestingNeedsNoRecursion() throws {
    let depth = 200_000
    let nested =
      String(repeating: "<a>", count: depth) + "<error code=\"4\">x</error>" + String(repeating: "</a>", count: depth)
    #expect(try Self.outcomes(nested) == ["api_error@1:4:4"])
  }

  @Test func manyDistinctUndocumentedCodesStayBounded() throws {
    var text = ""
    for code in 1000..<(1000 + ExplainReport.groupLimit + 50) { text += "<error code=\"\(code)\"/>\n" }
    let report = try Self.scan(text)
    #expect(report.groups.count == ExplainReport.groupLimit + 1)
    #expect(report.groups.last?.isOverflow == true)
    #expect(report.groups.last?.tally.count == 50)
    #expect(report.firstOutcomes.count == ExplainReport.groupLimit + 50)
  }

  @Test func theListOfOutcomesStopsAtItsLimit() throws {
    let report = try Self.scan(String(repeating: "<error code=\"22\"/>\n", count: ExplainReport.listLimit + 7))
    #expect(report.outcomeCount == ExplainReport.listLimit + 7)
    #expect(report.firstOutcomes.count == ExplainReport.listLimit)
    #expect(report.groups.first?.tally.count == ExplainReport.listLimit + 7)
  }

  @Test func smallInputsAreItemizedAndLogsSummarised() throws {
    #expect(try Self.scan(String(repeating: "Login is unavailable(26)\n", count: 10)).isSmall)
    #expect(try !Self.scan(String(repeating: "Login is unavailable(26)\n", count: 11)).isSmall)
  }
}

/// The candidate finder's constants must match what the scanner recognises.
@Suite struct CandidateFinderTests {
  /// Every element name the scanner knows (the names `ExplainScanner.tag` compares).
  static let elementNames = [
    "error", "errorMessage", "emccResponse", "success", "doesNotExist", "deviceName", "device", "deviceUserResults",
    "deviceProfileResults", "userID", "user", "userDevicesResults", "checkUserResults",
  ]

  /// The finder marks the start of every element the scanner knows, plain, behind a namespace
  /// prefix and escaped, in any case.
  @Test(arguments: elementNames)
  func everyKnownElementIsACandidate(name: String) {
    let finder = CandidateFinder()
    for text in ["<\(name)>", "<\(name.uppercased()) ", "<ns1:\(name)>", "&lt;\(name)&gt;"] {
      // The finder reads 16 bytes and `overread` more.
      let bytes = Array(text.utf8) + Array(repeating: UInt8(ascii: " "), count: 16 + CandidateFinder.overread)
      let bits = bytes.withUnsafeBufferPointer { finder.mask($0.baseAddress!) }
      #expect(bits & 1 == 1, "\(text)")
    }
  }

  @Test func constantsMatchTheCatalog() {
    // The code-less messages' triggers: the first three letters of their last word, at most two.
    #expect(ExplainScanner.literalPrefixes == [Array("fou".utf8), Array("una".utf8)])
    #expect(ExplainScanner.literalPrefixes.count <= CandidateFinder.literalLimit)
  }

  @Test func blockAndByteRulesAgree() {
    // Every byte value in every position of a block, with the bytes that matter after it.
    var input: [UInt8] = []
    for first in 0...255 {
      for next in ["e", "s", "2", " ", "r", "o", "x", "O", "S", "n", "u"] {
        input += [UInt8(first)] + Array(next.utf8) + Array("rosaund".utf8)
      }
    }
    input += [UInt8](repeating: 0, count: 32)
    let finder = CandidateFinder()
    input.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var position = 0
      while position + 18 <= buffer.count {
        let bits = finder.mask(base + position)
        for lane in 0..<16 {
          let expected = finder.isCandidate(base + position + lane, available: buffer.count - position - lane)
          #expect((bits >> lane) & 1 == (expected ? 1 : 0), "byte \(buffer[position + lane]) at \(position + lane)")
        }
        position += 16
      }
    }
  }
}

/// Regressions found by review and fuzzing.
@Suite struct ExplainScannerRegressionTests {
  /// Spaces before a number once made "Error N" matching slice before the buffer's start (the
  /// fuzzer under AddressSanitizer catches the read itself; here the answers are pinned).
  @Test(arguments: ["(     5", "ab     5", "     5", "e     5", "(5", "[ 5", "rror 5"])
  func numbersAfterSpacesAtTheStartAreSafe(_ text: String) throws {
    #expect(PhoneDisplay.recognize(text) == nil, "no display form: no closing bracket, no \"error\" word")
    #expect(try ExplainScannerTests.scan(text).isEmpty)
  }

  @Test func errorMustStartAWord() throws {
    #expect(try ExplainScannerTests.scan("Terror 25 User Logged in Elsewhere").isEmpty)
    #expect(try ExplainScannerTests.scan("x Error 25 User Logged in Elsewhere").outcomeCount == 1)
    #expect(try ExplainScannerTests.scan("(Error 25 User Logged in Elsewhere)").outcomeCount == 1)
  }

  @Test func errorMessagesWithoutAMeaningAreGroupedByText() throws {
    var text = ""
    for index in 0..<12 { text += "<errorMessage>odd failure \(index % 3)</errorMessage>\n" }
    let report = try ExplainScannerTests.scan(text)
    #expect(report.groups.map(\.firstMessage) == ["odd failure 0", "odd failure 1", "odd failure 2"])
    #expect(report.groups.map(\.tally.count) == [4, 4, 4])
  }

  @Test func anErrorWithoutACodeIsNotAnUnreadableCode() throws {
    let outcome = try #require(ExplainScannerTests.scan("<error>c</error>").firstOutcomes.first)
    #expect(outcome.number == nil)
    #expect(!outcome.hasUnreadableNumber)
    #expect(outcome.message == "c")
  }

  /// Many chunks, with outcomes across every boundary: the compaction keeps lines and outcomes exact.
  @Test(arguments: [64, 100, 333, 1024, 4096])
  func smallChunksGiveTheSameReport(_ chunkSize: Int) throws {
    var log = ""
    for index in 0..<400 {
      log += String(repeating: "x", count: index % 97) + " debug line \(index) [t-\(index)] (n)\n"
      if index % 5 == 0 { log += "pre <error code=\"\(index % 3 == 0 ? 22 : 3)\">text \(index)</error> post\n" }
      if index % 7 == 0 { log += "phone: Login is unavailable(26) and [208]-EMService Conn. error\n" }
      if index % 11 == 0 { log += "<response>\n  <success/>\n</response>\n" }
      if index % 13 == 0 { log += "Host not found\n" }
    }
    let bytes = Array(log.utf8)
    var whole = MemoryReader(bytes)
    let expected = ExplainScanner.scan(&whole)
    var reader = MemoryReader(bytes, chunkSize: 37)
    let report = ExplainScanner.scan(&reader, chunkSize: chunkSize)
    #expect(report.lines == expected.lines)
    #expect(report.outcomeCount == expected.outcomeCount)
    #expect(report.successes == expected.successes)
    #expect(report.groups.map(\.tally) == expected.groups.map(\.tally))
    #expect(report.groups.map(\.firstMessage) == expected.groups.map(\.firstMessage))
    #expect(expected.groups.map(\.tally.count) == [27, 58, 58, 31, 53])
  }
}
