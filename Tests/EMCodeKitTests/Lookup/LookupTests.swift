import EMCodeKit
import Testing

/// What users type or paste, and the codes it must resolve to.
@Suite struct LookupTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let input: String
    let codes: [Int]
    let messages: [String]
    var testDescription: String { "'\(input)' → \(codes)\(messages)" }

    init(_ input: String, _ codes: [Int], messages: [String] = []) {
      self.input = input
      self.codes = codes
      self.messages = messages
    }
  }

  static let found: [Case] = [
    // Codes: decimal, leading zeros, spaces around.
    Case("22", [22]), Case("022", [22]), Case(" 22 ", [22]), Case("0", [0]), Case("000", [0]), Case("\t208\n", [208]),
    // Pasted from a Windows file or a web page: a byte order mark, zero-width or ideographic spaces.
    Case("\u{FEFF}22", [22]), Case("22\u{200B}", [22]), Case("\u{3000}22\u{3000}", [22]), Case("\u{A0}22", [22]),
    Case("\u{2060}\u{200E}23", [23]),
    // Names: current, other spelling, CallManager 4.1; any case, spacing and punctuation.
    Case("Dev. logon disabled", [5, 22]), Case("dev logon disabled", [5, 22]),
    Case("Device Does Not Allow Extension Mobility", [22]), Case("device does not allow extension mobility", [22]),
    Case("User not found", [23]), Case("User does not exist", [23]), Case("Authentication Error", [2, 201]),
    Case("DN has multiple users", [47, 216]), Case("Device does not support EMCC", [32, 213]),
    Case("RIS down-contact admin", [29]), Case("ris down contact admin", [29]),
    // Names with decomposed umlauts or other spellings fold alike.
    Case("Dev. Profile not found", [12]), Case("DEV PROFILE NOT FOUND", [12]),
    // Phone displays in each of Cisco's forms, brackets optional after a known lead.
    Case("Login is unavailable 23", [23]), Case("Please try to login again 201", [201, 39, 44]),
    Case("Error 22 Dev Logon Disabled", [22]), Case("Login is unavailable", [], messages: ["login-unavailable"]),
    Case("Login is unavailable(23)", [23]), Case("Login is Unavailable (23)", [23]),
    Case("Logout is unavailable (19)", [19]),
    Case("[208]-EMService Conn. error", [208]), Case("[22]-Dev.logon disabled", [22]),
    Case("Error 25 User Logged in Elsewhere", [25]), Case("[25]-User logged in elsewhere", [25]),
    Case("Multi-Login Not Allowed (25)", [25]), Case("LoginType invalid(215)", [215]),
    Case("DN has multiple users(47)", [47]), Case("DN has multiple users(216)", [216]),
    Case("Login is unsuccessful(45)", [45]), Case("Please try to login again (23)", [40]),
    // The number on the phone is not always the code.
    Case("Please try to login again (201)", [201, 39, 44]), Case("(201)", [201, 39, 44]), Case("[201]", [201, 39, 44]),
    Case("Error 207 EM Service Connection Error", [208]), Case("[207]-Device Name Empty", [207]),
    // A display form with a number no display lists: the code itself.
    Case("Login is unavailable(12)", [12]), Case("Login is unavailable(7)", [7]), Case("unavailable(26)", [26]),
    Case("Login is unavailable(201)", [201, 39, 44]),
    // Code-less messages and the display S2 gives code 12.
    Case("Host not found", [], messages: ["host-not-found"]), Case("HTTP Error (503)", [], messages: ["http-503"]),
    Case("Http Error [503]", [], messages: ["http-503"]),
    Case("Phone record entry is absent in the device table", [12]),
    // An EM API response pasted as an argument.
    Case("<error code=\"3\">Could not authenticate 'appid'</error>", [3]), Case("<error code= \"26\" >", [26]),
  ]

  @Test(arguments: found)
  func resolves(_ example: Case) {
    switch Lookup.resolve(example.input) {
    case .code(let entry):
      #expect([entry.code] == example.codes)
      #expect(example.messages.isEmpty)
    case .items(let items):
      #expect(items.compactMap(\.code) == example.codes)
      #expect(items.filter { $0.code == nil }.map(\.id) == example.messages)
    case .notFound(let message):
      Issue.record("not found: \(message)")
    }
  }

  static let notFound: [(input: String, reason: Lookup.NotFound)] = [
    ("24", .undocumentedCode(24, suggestions: [23, 25, 42, 204])),
    ("1818", .undocumentedCode(1818, suggestions: [18])),
    ("0024", .undocumentedCode(24, suggestions: [23, 25, 42, 204])),
    ("2088", .undocumentedCode(2088, suggestions: [208])),
    ("123456789012345678901234567890", .codeTooLong(digits: "123456789012345678901234567890")),
    ("-5", .negative("-5")),
    ("0x16", .hexadecimal("0x16", value: 22, isDocumented: true)),
    ("0x1", .hexadecimal("0x1", value: 1, isDocumented: true)),
    ("0xFFF", .hexadecimal("0xFFF", value: 4095, isDocumented: false)),
    ("22.5", .fraction("22.5", whole: "22")),
    (
      "Device logon disabeld",
      .unrecognized(
        "Device logon disabeld", nearNames: ["Device logon disabled"], codeInText: nil, isSearchable: true)
    ),
    ("Fehler 22", .unrecognized("Fehler 22", nearNames: [], codeInText: 22, isSearchable: true)),
    ("foo bar", .unrecognized("foo bar", nearNames: [], codeInText: nil, isSearchable: true)),
    ("%%", .unrecognized("%%", nearNames: [], codeInText: nil, isSearchable: false)),
    ("(-1)", .unrecognized("(-1)", nearNames: [], codeInText: nil, isSearchable: false)),
    ("Fehler -22", .unrecognized("Fehler -22", nearNames: [], codeInText: nil, isSearchable: true)),
    ("foo 23", .unrecognized("foo 23", nearNames: [], codeInText: 23, isSearchable: true)),
    ("Login is unavailable(99)", .undocumentedCode(99, suggestions: [9, 47, 201])),
    ("<error code=\"999\"/>", .undocumentedCode(999, suggestions: [216])),
    ("", .empty), ("-", .dash),
  ]

  @Test(arguments: notFound)
  func explainsWhatIsNotFound(_ example: (input: String, reason: Lookup.NotFound)) {
    guard case .notFound(let reason) = Lookup.resolve(example.input) else {
      Issue.record("'\(example.input)' was found")
      return
    }
    #expect(reason == example.reason)
  }

  /// Words typed without quotes resolve as one text; codes stay codes; the unknown words of a run
  /// are reported together.
  @Test(arguments: [
    (["Login", "is", "unavailable", "23"], ["Login is unavailable 23 → 23"]),
    (["Please", "try", "to", "login", "again", "201"], ["Please try to login again 201 → 201,39,44"]),
    (["Error", "22", "Dev", "Logon", "Disabled"], ["Error 22 Dev Logon Disabled → 22"]),
    (["Dev.", "logon", "disabled"], ["Dev. logon disabled → 5,22"]),
    (["22", "23", "25"], ["22 → 22", "23 → 23", "25 → 25"]),
    (["foo", "bar", "baz", "22"], ["foo bar baz → ?", "22 → 22"]),
    (["24", "foo"], ["24 → ?", "foo → ?"]),
    (["Login", "is", "unavailable", "23", "24"], ["Login is unavailable 23 → 23", "24 → ?"]),
    (["23", "Login", "is", "unavailable"], ["23 → 23", "Login is unavailable → login-unavailable"]),
    (["Host", "not", "found"], ["Host not found → host-not-found"]),
  ])
  func joinsWordsTypedWithoutQuotes(_ arguments: [String], _ expected: [String]) {
    let resolved = Lookup.resolve(arguments: arguments).map { resolution -> String in
      let meaning: String
      switch resolution.outcome {
      case .code(let entry): meaning = String(entry.code)
      case .items(let items): meaning = items.map { $0.code.map(String.init) ?? $0.id }.joined(separator: ",")
      case .notFound: meaning = "?"
      }
      return "\(resolution.text) → \(meaning)"
    }
    #expect(resolved == expected)
  }

  /// Ten thousand unknown words cost one line and no quadratic work.
  @Test func manyUnknownWordsAreOneText() {
    let words = Array(repeating: "xyzzy", count: 10_000)
    let resolved = Array(Lookup.resolve(arguments: words))
    #expect(resolved.count == 1)
    #expect(resolved.first?.arguments == 0..<10_000)
  }
}
