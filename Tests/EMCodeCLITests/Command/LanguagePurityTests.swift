import EMCodeKit
import Foundation
import Testing

@testable import EMCodeCLI

/// One language per run: no string from the German tables appears in an English run, and none
/// from the English tables in a German run, in any mode, on either stream.
///
/// The tables are every pair of texts the command and the library choose between by language:
/// the library's ``Labels``, the options, examples and environment of the help, the exit
/// statuses, and the messages of every mistake, unknown code, file and warning. A pair whose two
/// sides are the same ("EMCC", "CallManager 4.1") belongs to neither language. Cisco's English
/// texts, which a German page quotes as the originals, and the English names of CUCM's menus and
/// fields, which German hints keep as the interface shows them, are taken out of the output first.
@Suite struct LanguagePurityTests {
  /// Every (German, English) pair the command chooses between.
  static let pairs: [(de: String, en: String)] = {
    var pairs: [(String, String)] = []
    func add(_ german: String, _ english: String) { pairs.append((german, english)) }
    let (de, en) = (Labels.german, Labels.english)
    let labelPaths: [KeyPath<Labels, String>] = [
      \.frequent, \.derived, \.service, \.emcc, \.application, \.message, \.serviceLong, \.emccLong,
      \.applicationLong, \.phone, \.meaning, \.fix, \.also, \.note, \.more, \.family, \.phoneShows, \.cause,
      \.otherNames, \.legacyName, \.notes, \.sources, \.original, \.originalDescription, \.originalCause,
      \.originalAction, \.noHint, \.noDisplay, \.sourcesWord, \.related, \.or, \.and, \.matchName, \.matchDisplay,
      \.matchKeyword, \.matchMeaning, \.matchDescription, \.matchHint, \.matchAction, \.line, \.lines, \.count,
      \.first, \.last, \.successes, \.queries, \.noCode, \.undocumented, \.oneOf, \.summary, \.explanations,
      \.unreadableCode, \.input, \.standardInput,
    ]
    for path in labelPaths { add(de[keyPath: path], en[keyPath: path]) }
    add(de.alsoDisplay.before, en.alsoDisplay.before)
    add(de.furtherFailures(500), en.furtherFailures(500))
    add(de.phoneShowsNumber(23), en.phoneShowsNumber(23))
    for option in CommandLineSpec.options {
      add(option.summary.de, option.summary.en)
      if let name = option.valueName { add(name.de, name.en) }
    }
    for example in CommandLineSpec.examples { add(example.summary.de, example.summary.en) }
    for usage in CommandLineSpec.usages { add(usage.de, usage.en) }
    for variable in CommandLineSpec.environment { add(variable.summary.de, variable.summary.en) }
    for status in EMCodeCLI.ExitStatus.allCases { add(status.meaning(in: .german), status.meaning(in: .english)) }
    let (german, english) = (Help(language: .german), Help(language: .english))
    add(german.title, english.title)
    add(german.inputForms, english.inputForms)
    add(german.repeatedOptions, english.repeatedOptions)
    add(german.dataLine, english.dataLine)
    let mistakes: [UsageError] = [
      .unknownOption("--x", suggestion: "--y"), .unknownOption("--x", suggestion: nil), .takesNoValue("--json"),
      .needsValue("--lang"), .invalidValue(option: "--lang", value: "x", suggestion: "y"),
      .conflictingModes(["--list", "--search"]), .searchNeedsWords("--search"),
      .takesNoCodes(option: "--list", extra: "x"),
      .onlyWithExplain("--by"), .generateTakesNothingElse(extra: "x"), .nothingToLookUp, .emptyArgument,
      .familyOnlyWithListings, .explainNeedsInput,
    ]
    for mistake in mistakes { add(mistake.message(in: .german), mistake.message(in: .english)) }
    let unknown: [Lookup.NotFound] = [
      .empty, .dash, .undocumentedCode(24, suggestions: [23, 25]), .undocumentedCode(999, suggestions: []),
      .codeTooLong(digits: "1234567890"), .negative("-5"), .hexadecimal("0x16", value: 22, isDocumented: true),
      .fraction("22.5", whole: "22"), .unrecognized("x", nearNames: ["y"], codeInText: nil, isSearchable: true),
      .unrecognized("x", nearNames: [], codeInText: 22, isSearchable: true),
      .unrecognized("x", nearNames: [], codeInText: nil, isSearchable: true),
      .unrecognized("x", nearNames: [], codeInText: nil, isSearchable: false),
    ]
    for reason in unknown { add(reason.message(in: .german), reason.message(in: .english)) }
    for reason in [
      InputError.Reason.emptyName, .nulInName, .isDirectory, .system(2), .system(13), .system(5),
      .compressedDataCorrupt, .compressedDataTruncated, .nestedTooDeep(limit: 64),
    ] {
      let error = InputError(path: "f", reason: reason)
      add(error.message(in: .german), error.message(in: .english))
    }
    add(Messages.noMatch("x", in: .german), Messages.noMatch("x", in: .english))
    add(
      Messages.emptyFamily(.emcc, frequentOnly: true, in: .german),
      Messages.emptyFamily(.emcc, frequentOnly: true, in: .english))
    add(Messages.nothingRecognised(in: "f", language: .german), Messages.nothingRecognised(in: "f", language: .english))
    let explainPaths: [KeyPath<Labels, String>] = [
      \.device, \.devices, \.user, \.failures, \.notNamed, \.deviceAndUserNotNamed, \.inputNamesNoOne,
      \.doesNotExist, \.withoutDevice, \.withoutUser,
    ]
    for path in explainPaths { add(Labels.german[keyPath: path], Labels.english[keyPath: path]) }
    for count in [1, 3] {
      add(Labels.german.andMore(count), Labels.english.andMore(count))
      add(Labels.german.unnamed(count), Labels.english.unnamed(count))
      add(Labels.german.inputCount(count), Labels.english.inputCount(count))
      add(Labels.german.skippedBinary(count), Labels.english.skippedBinary(count))
    }
    add(Messages.cannotWrite("r", in: .german), Messages.cannotWrite("r", in: .english))
    add(Messages.unusableLanguageSetting("x", using: .german), Messages.unusableLanguageSetting("x", using: .english))
    add(Messages.version("1", dataDate: "d", in: .german), Messages.version("1", dataDate: "d", in: .english))
    return pairs.filter { $0.0 != $0.1 }
  }()

  /// The pieces of a table's texts worth looking for: the whole text, and each part between the
  /// inserted values and punctuation that has two words or more, or one word of five letters or
  /// more; words both languages use are left out.
  static func pieces(_ text: String) -> [String] {
    var pieces: [String] = []
    for part in text.split(whereSeparator: { "'\":;()[]…„“,.!?=".contains($0) || $0.isNewline }) {
      let piece = part.trimmingCharacters(in: .whitespaces)
      let words = piece.split(separator: " ")
      guard words.count >= 2 || piece.count >= 5 else { continue }
      guard !shared.contains(piece) else { continue }
      pieces.append(piece)
    }
    return pieces
  }

  /// Words and terms both languages write the same.
  static let shared: Set<String> = [
    "emcode", "EMCODE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "TERM", "COLUMNS", "PAGER", "FORMAT",
    "Code", "Name", "EMCC", "CallManager 4", "Cisco", "Extension Mobility Cross Cluster", "EMService", "EMApp",
    "Login is unavailable", "Dev. logon disabled", "EMService Conn", "Standard", "Status", "Services", "Service",
    "Details", "Extension Mobility",
  ]

  static let germanPieces = Set(pairs.flatMap { pieces($0.de) }).subtracting(pairs.flatMap { pieces($0.en) })
  static let englishPieces = Set(pairs.flatMap { pieces($0.en) }).subtracting(pairs.flatMap { pieces($0.de) })

  /// Cisco's English texts and CUCM's interface names, which any run may quote.
  static let originals: [String] = {
    var texts: [String] = []
    for entry in ErrorCatalog.entries {
      texts += entry.allNames + entry.phoneDisplays + [entry.description]
      texts += [entry.cause, entry.action, entry.legacyDescription].compactMap { $0 }
    }
    for message in ErrorCatalog.messages {
      texts += [message.name] + message.phoneDisplays + [message.description, message.action].compactMap { $0 }
    }
    for source in ErrorCatalog.sources { texts += [source.title, source.url, source.release] }
    return texts.sorted { $0.count > $1.count }
  }()

  /// Every mode, at every level of detail, with both streams, in `language`.
  static func output(_ language: Language) throws -> String {
    try InputTestSupport.withTemporaryFolder { folder in
      let log = (0..<12).map {
        "2026-11-27 08:00:0\($0 % 10),000 [main] x - <error code=\"\([22, 25, 3][$0 % 3])\">y</error>"
      }
      try InputTestSupport.write(Array(log.joined(separator: "\n").utf8), to: "emcode-purity.log", in: folder)
      let file = folder.appendingPathComponent("emcode-purity.log").path
      let runs: [[String]] = [
        ["22"], ["-v", "22"], ["-b", "22"], ["25"], ["-v", "25"], ["201"], ["-v", "2"], ["7"], ["-v", "7"],
        ["Host", "not", "found"], ["-v", "Host not found"], ["Please try to login again (201)"],
        ["--list"], ["-b", "--list"], ["--frequent"], ["-v", "--frequent"], ["--search", "profile"],
        ["--search", "xyzzy"], ["--format", "markdown", "-v", "22"], ["--format", "markdown", "--list"],
        ["24"], ["0x16"], ["-5"], ["22.5"], ["foo", "bar"], ["Device logon disabeld"], ["--bogus"], ["--serach", "x"],
        ["--lang"], ["--list", "22"], ["--search"], ["--family", "emcc", "22"], ["--explain", "/nonexistent"],
        ["--explain", file], ["--explain", "-v", file], ["--format", "markdown", "--explain", file],
        ["--explain", "/dev/null"], ["-h"], ["--help"], ["--version"], ["--generate", "man"],
        ["--generate", "complete-fish"], [], ["--frequent", "--family", "emcc"], ["--format", "csv", "--list"],
        ["--format", "tsv", "22"], ["--explain", "--by", "device", file], ["--explain", "--by", "user", file],
        ["--format", "jsonl", "--explain", file], ["--format", "csv", "--explain", file],
        ["--format", "markdown", "--explain", "--by", "device", file], ["--explain", file, "/nonexistent"],
      ]
      var out = ""
      for arguments in runs {
        let result = EMCodeCommand.run(
          ["--lang", language.rawValue] + arguments,
          context: RunContext(standardInput: { AnyByteReader(MemoryReader(Array("Login is unavailable(23)\n".utf8))) }))
        out += result.stdout + "\n" + result.stderr + "\n"
      }
      if language == .german {
        out += EMCodeCommand.run(["22"], context: RunContext(environment: { $0 == "EMCODE_LANG" ? "fr" : nil })).stderr
      }
      return out
    }
  }

  /// `text` without Cisco's quoted originals.
  static func withoutOriginals(_ text: String) -> String {
    var text = text
    for original in originals where original.count >= 4 { text = text.replacingOccurrences(of: original, with: "·") }
    return text
  }

  @Test func theTablesHoldBothLanguages() {
    #expect(Self.pairs.count > 120)
    #expect(Self.germanPieces.count > 120 && Self.englishPieces.count > 120)
  }

  /// Whether a piece of one table stands in an output: a phrase anywhere; a single word only where
  /// the output uses it as a word of its own (a label, a heading, a value of a column), since the
  /// German hints keep the English names of CUCM's menus and fields ("Device > Phone").
  static func stands(_ piece: String, in output: String) -> Bool {
    guard !piece.contains(" ") else { return output.contains(piece) }
    return [
      "\n  \(piece) ", "\n\(piece)\n", "**\(piece):**", "| \(piece) |", "(\(piece))", "[\(piece)]", ", \(piece))",
    ]
    .contains { output.contains($0) }
  }

  @Test func anEnglishRunHasNoGerman() throws {
    let output = Self.withoutOriginals(try Self.output(.english))
    let found = Self.germanPieces.filter { Self.stands($0, in: output) }.sorted()
    #expect(found.isEmpty, "German in an English run: \(found)")
  }

  @Test func aGermanRunHasNoEnglish() throws {
    let output = Self.withoutOriginals(try Self.output(.german))
    let found = Self.englishPieces.filter { Self.stands($0, in: output) }.sorted()
    #expect(found.isEmpty, "English in a German run: \(found)")
  }
}
