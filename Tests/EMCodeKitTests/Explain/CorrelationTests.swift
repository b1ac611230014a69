import EMCodeKit
import Testing

/// The rules that link an outcome to its request, device, user and time, one by one (the
/// fixtures in Tests/Fixtures/traces check them together on published traces).
struct CorrelationTests {
  /// What an outcome says about its request, as `kind code line time service request device user`.
  static func summary(_ text: String) -> [String] {
    var reader = MemoryReader(Array(text.utf8))
    return ExplainScanner.scan(&reader).firstOutcomes.map { outcome in
      [
        outcome.kind.rawValue, outcome.number.map(String.init) ?? "-", String(outcome.line), outcome.time ?? "-",
        outcome.service?.rawValue ?? "-", outcome.request ?? "-", outcome.device ?? "-", outcome.user ?? "-",
      ].joined(separator: " ")
    }
  }

  /// A log4j line in CUCM's layout.
  static func line(_ time: String, _ thread: String, _ message: String, logger: String = "EMServiceServlet")
    -> String
  {
    let level = "INFO "
    let padded = logger + String(repeating: " ", count: max(0, 25 - logger.count))
    return "2026-03-02 \(time) \(level) [\(thread)] \(padded) - \(message)\n"
  }

  static let answer22 =
    "<response>\n<failure>\n<error code=\"22\">Dev. logon disabled</error>\n</failure>\n</response>\n"

  @Test(arguments: [
    // EMService: the lines of the same request number on the same thread name the device and user.
    (
      line("08:00:00,001", "http-bio-8443-exec-1", "7: processXMLRequest: jdoe: UDP")
        + line(
          "08:00:00,002", "http-bio-8443-exec-1", "7:checkDeviceAllowsLogin: Dev: SEP1- x", logger: "PolicyValidator")
        + line("08:00:00,003", "http-bio-8443-exec-1", "7:Request failed returning<?xml version=\"1.0\"?>") + answer22,
      ["api_error 22 6 2026-03-02 08:00:00,003 EMService 7 SEP1 jdoe"]
    ),
    // A line without the request's number does not count, even on the same thread.
    (
      line("08:00:00,001", "http-bio-8443-exec-1", "getDeviceInfo: Dev: SEP9- x", logger: "CMDatabase")
        + line("08:00:00,003", "http-bio-8443-exec-1", "7:Request failed returning<?xml version=\"1.0\"?>") + answer22,
      ["api_error 22 5 2026-03-02 08:00:00,003 EMService 7 - -"]
    ),
    // Another request on the same thread, and another thread, do not lend their names.
    (
      line("08:00:00,001", "http-bio-8443-exec-1", "6: processXMLRequest: old: UDP")
        + line("08:00:00,002", "http-bio-8443-exec-2", "7: processXMLRequest: other: UDP")
        + line("08:00:00,003", "http-bio-8443-exec-1", "7:Request failed returning<?xml version=\"1.0\"?>") + answer22,
      ["api_error 22 6 2026-03-02 08:00:00,003 EMService 7 - -"]
    ),
    // EMApp: the request is the thread's last Request#; its parameters name device and user.
    (
      line("09:00:00,001", "http-bio-8080-exec-4", "EMApp Request# ----->912", logger: "EMAppServlet")
        + line(
          "09:00:00,002", "http-bio-8080-exec-4",
          "EMApp Request parameters: Logout=null Device Name=SEP2 User Id=null Device Profile=null",
          logger: "EMAppServlet")
        + line(
          "09:00:00,003", "http-bio-8080-exec-4", "Sending response to phone:<CiscoIPPhoneText>", logger: "EMAppServlet"
        )
        + "<Text>Login is unavailable(22)</Text>\n",
      ["phone_display 22 4 2026-03-02 09:00:00,003 EMApp 912 SEP2 -"]
    ),
    // EMApp's own success line names both.
    (
      line("09:00:00,001", "http-bio-8080-exec-4", "EMApp Request# ----->6", logger: "EMAppServlet")
        + line(
          "09:00:00,009", "http-bio-8080-exec-4", "Successfully performed Login for user u1 at SEP3",
          logger: "EMAppServlet"),
      ["success - 2 2026-03-02 09:00:00,009 EMApp 6 SEP3 u1"]
    ),
    // EMCC home cluster: request 1 working for the visiting cluster's request 3.
    (
      line(
        "13:32:27,873", "http-bio-443-exec-17", "1:Authenticator.userExists: UserID: adgjm- x", logger: "Authenticator")
        + line("13:32:27,925", "http-bio-443-exec-17", "1 : 3 : ClusterOne: EmccCheckUser")
        + "<emccResponse><checkUser><user id=\"adgjm\"><exists/></user></checkUser></emccResponse>\n",
      ["query - 3 2026-03-02 13:32:27,925 EMService 1:3 - adgjm"]
    ),
  ])
  func traceLinesNameTheRequest(_ text: String, _ expected: [String]) {
    #expect(Self.summary(text) == expected)
  }

  @Test(arguments: [
    // The request XML before an answer names device and user; the next answer does not reuse them.
    (
      "<request><login><deviceName> SEP4 </deviceName><userID>john</userID></login></request>\n"
        + "<response><failure><error code=\"3\">x</error></failure></response>\n"
        + "<response><failure><error code=\"6\">y</error></failure></response>\n",
      ["api_error 3 2 - - - SEP4 john", "api_error 6 3 - - - - -"]
    ),
    // An answer's subject; the userID inside a device's result is result data.
    (
      "<response><deviceUserResults><device name=\"SEP5\"><userID>someone</userID></device></deviceUserResults></response>\n"
        + "<response><userDevicesResults><user id=\"nobody\"><doesNotExist/></user></userDevicesResults></response>\n",
      ["query - 1 - - - SEP5 -", "query - 2 - - - - nobody", "does_not_exist - 2 - - - - nobody"]
    ),
    // A query answer whose user carries a failure is that failure, not a successful query.
    (
      "<response><deviceProfileResults><user id=\"u9\"><failure><error code=\"12\">z</error></failure></user>"
        + "</deviceProfileResults></response>\n",
      ["api_error 12 1 - - - - u9"]
    ),
  ])
  func apiTextsNameTheRequest(_ text: String, _ expected: [String]) {
    #expect(Self.summary(text) == expected)
  }

  @Test(arguments: [
    ("&lt;error code=&quot;25&quot;&gt;User logged in elsewhere&lt;/error&gt;", "api_error 25 1 - - - - -"),
    ("<ns1:error code=\"3\">x</ns1:error>", "api_error 3 1 - - - - -"),
    ("{\"body\":\"<error code=\\\"22\\\">Dev. logon disabled<\\/error>\"}", "api_error 22 1 - - - - -"),
    ("<ERROR CODE=\"23\">x</ERROR>", "api_error 23 1 - - - - -"),
    ("<response>\n<deviceuserresults>\n<devicename=\"SEP6\">\n", "query - 2 - - - SEP6 -"),
    ("the phone shows \"Login is\nunavailable(23)\" since 08:15", "phone_display 23 1 - - - - -"),
    ("Logout is unavailable(23\n", "phone_display 23 1 - - - - -"),
  ])
  func pastedFormsAreRead(_ text: String, _ expected: String) {
    #expect(Self.summary(text) == [expected])
  }

  @Test func namesAreTakenAsWrittenWithoutTheirDash() {
    let text =
      Self.line(
        "08:00:00,001", "http-bio-8443-exec-1", "2: scheduleLogout: Device: SEPC8-Setting x", logger: "EMServiceServlet"
      )
      + Self.line("08:00:00,002", "http-bio-8443-exec-1", "2: x UserID: em%40cisco.com- y", logger: "EMServiceServlet")
      + Self.line("08:00:00,003", "http-bio-8443-exec-1", "2:Request succeeded returning<?xml version=\"1.0\"?>")
      + "<response><success/></response>\n"
    #expect(Self.summary(text) == ["success - 4 2026-03-02 08:00:00,003 EMService 2 SEPC8 em%40cisco.com"])
  }

  @Test func theReportCountsDevicesAndUsersPerCode() {
    var text = ""
    for (index, (device, user)) in [("SEP1", "a"), ("SEP1", "b"), ("SEP2", "a")].enumerated() {
      let number = 10 + index
      text += Self.line("08:00:0\(index),000", "t-8443-\(index)", "\(number): processXMLRequest: \(user): P")
      text += Self.line("08:00:0\(index),001", "t-8443-\(index)", "\(number):x Dev: \(device)- y")
      text += Self.line("08:00:0\(index),002", "t-8443-\(index)", "\(number):Request failed returning") + Self.answer22
    }
    var reader = MemoryReader(Array(text.utf8))
    let report = ExplainScanner.scan(&reader)
    let group = try! #require(report.rankedGroups.first)
    #expect(group.tally.count == 3)
    #expect(group.tally.earliest == "2026-03-02 08:00:00,002" && group.tally.latest == "2026-03-02 08:00:02,002")
    #expect(group.devices.ranked.map(\.name) == ["SEP1", "SEP2"])
    #expect(group.devices.ranked.map(\.count) == [2, 1])
    #expect(group.users.ranked.map(\.name) == ["a", "b"])
    #expect(report.rankedSubjects(.device).map(\.name) == ["SEP1", "SEP2"])
    #expect(report.rankedSubjects(.user).first?.partners.ranked.map(\.name) == ["SEP1", "SEP2"])
  }
}
