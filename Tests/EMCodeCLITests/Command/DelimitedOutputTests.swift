import Foundation
import Testing

@testable import EMCodeCLI
@testable import EMCodeKit

/// A strict reader of RFC 4180: every record ends in CRLF (the last one too), fields are separated
/// by commas, a field is either quoted (`""` for a quote inside) or holds no comma, quote, CR or
/// LF, every record has as many fields as the first, and the text is UTF-8 without a BOM.
enum StrictCSV {
  /// Where and why a text is not RFC 4180.
  struct Malformed: Error, CustomStringConvertible {
    let offset: Int
    let reason: String
    var description: String { "byte \(offset): \(reason)" }
  }

  static func parse(_ data: Data) throws -> [[String]] {
    let bytes = Array(data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { throw Malformed(offset: 0, reason: "byte order mark") }
    let (comma, quote, cr, lf) = (UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n"))
    var records: [[String]] = []
    var record: [String] = []
    var index = 0
    while index < bytes.count {
      var field: [UInt8] = []
      if bytes[index] == quote {
        index += 1
        while true {
          guard index < bytes.count else { throw Malformed(offset: index, reason: "quote not closed") }
          if bytes[index] == quote {
            guard index + 1 < bytes.count, bytes[index + 1] == quote else { break }
            index += 1
          }
          field.append(bytes[index])
          index += 1
        }
        index += 1
      } else {
        while index < bytes.count, bytes[index] != comma, bytes[index] != cr {
          if bytes[index] == quote || bytes[index] == lf {
            throw Malformed(offset: index, reason: "quote or LF in an unquoted field")
          }
          field.append(bytes[index])
          index += 1
        }
      }
      guard let text = String(validating: field, as: UTF8.self) else {
        throw Malformed(offset: index, reason: "not UTF-8")
      }
      record.append(text)
      guard index < bytes.count else { throw Malformed(offset: index, reason: "last record without CRLF") }
      if bytes[index] == comma {
        index += 1
        continue
      }
      guard bytes[index] == cr, index + 1 < bytes.count, bytes[index + 1] == lf else {
        throw Malformed(offset: index, reason: "text after a field")
      }
      index += 2
      if let first = records.first, first.count != record.count {
        throw Malformed(offset: index, reason: "\(record.count) fields, the header has \(first.count)")
      }
      records.append(record)
      record = []
    }
    guard record.isEmpty else { throw Malformed(offset: index, reason: "comma at the end") }
    return records
  }
}

/// `--format csv` and `--format tsv` in every catalog mode and both languages, checked row by
/// row against the catalog and against the JSON of the same run.
@Suite struct DelimitedOutputTests {
  static let header = ["code", "family", "name", "frequent", "phone_display", "meaning", "fix"]

  /// Every catalog mode, as arguments without the format and the language.
  static let modes: [[String]] = [
    ["22"], ["22", "23", "201"], ["Host not found"], ["Login is unavailable 23"], ["Device logon disabled"],
    ["(201)"], ["--search", "profile"], ["--search", "tftp", "--family", "emcc"], ["--frequent"],
    ["--frequent", "--family", "application"], ["--list"], ["--list", "--family", "service"], ["-v", "-b", "22"],
  ]

  static let cases: [([String], Language)] = modes.flatMap { mode in Language.allCases.map { (mode, $0) } }

  /// The rows of a CSV run, after the header, which is checked.
  static func csvRows(_ arguments: [String]) throws -> [[String]] {
    let result = EMCodeCommand.run(["--format", "csv"] + arguments)
    let records = try StrictCSV.parse(Data(result.stdout.utf8))
    #expect(records.first == header)
    return Array(records.dropFirst())
  }

  /// The catalog's item for `row`: the entry of its code, or the message of its name.
  static func item(of row: [String]) throws -> CatalogItem {
    if let code = Int(row[0]) { return .entry(try #require(ErrorCatalog.entry(code: code))) }
    #expect(row[0].isEmpty)
    return .message(try #require(ErrorCatalog.messages.first { $0.name == row[2] }))
  }

  /// What a row must hold for an item, in a language.
  static func expected(_ item: CatalogItem, _ language: Language) -> [String] {
    let labels = Labels.of(language)
    switch item {
    case .entry(let entry):
      return [
        String(entry.code), labels.name(of: entry.family), entry.name, entry.isFrequent ? "1" : "0",
        entry.phoneDisplays.joined(separator: " | "), entry.meaning(in: language), entry.hint(in: language) ?? "",
      ]
    case .message(let message):
      return [
        "", labels.message, message.name, "0", message.phoneDisplays.joined(separator: " | "),
        message.meaning(in: language), message.hint(in: language) ?? "",
      ]
    }
  }

  @Test(arguments: cases)
  func everyCSVRowHoldsTheCatalogsTextsInTheLanguage(_ mode: [String], _ language: Language) throws {
    let rows = try Self.csvRows(mode + ["--lang", language.rawValue])
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(EMCodeCommand.run(mode + ["--json", "--lang", language.rawValue]).stdout.utf8))
        as? [[String: Any]])
    #expect(!rows.isEmpty)
    #expect(rows.count == json.count, "the same items as JSON")
    for (row, object) in zip(rows, json) {
      #expect(row == Self.expected(try Self.item(of: row), language))
      #expect(row[0] == (object["code"] as? Int).map(String.init) ?? "")
      #expect(row[2] == object["name"] as? String)
    }
  }

  @Test(arguments: cases)
  func everyTSVRowHasTheColumnsAndNoTabOrLineBreakInAField(_ mode: [String], _ language: Language) throws {
    let output = EMCodeCommand.run(["--format", "tsv", "--lang", language.rawValue] + mode).stdout
    #expect(output.hasSuffix("\n") && !output.contains("\r"))
    let lines = output.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == Self.header.joined(separator: "\t")[...])
    let csv = try Self.csvRows(mode + ["--lang", language.rawValue])
    #expect(lines.count == csv.count + 1)
    for (line, fields) in zip(lines.dropFirst(), csv) {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      #expect(columns.count == Self.header.count)
      #expect(
        columns == fields.map { $0.replacing("\t", with: " ").replacing("\r", with: " ").replacing("\n", with: " ") })
    }
  }

  @Test(arguments: [(["--list"], 53), (["--frequent"], 16), (["--list", "--family", "emcc"], 16)])
  func listingsHaveOneRowPerCode(_ mode: [String], _ count: Int) throws {
    let rows = try Self.csvRows(mode)
    let codes = ErrorCatalog.entries.filter { mode.contains("--list") || $0.isFrequent }
      .filter { !mode.contains("emcc") || $0.family == .emcc }.map { String($0.code) }
    #expect(rows.map { $0[0] } == codes)
    #expect(rows.count == count)
  }

  /// The reader of these tests is as strict as it says: a table it accepts is RFC 4180.
  @Test(arguments: [
    "a,b", "a\n", "a\rb\r\n", "a\"b\r\n", "\"a\r\n", "\"a\"b\r\n", "a,b\r\nc\r\n", "a,\r\n,", "\u{FEFF}a\r\n",
  ])
  func theStrictReaderRefusesWhatIsNotRFC4180(_ text: String) {
    #expect(throws: StrictCSV.Malformed.self) { try StrictCSV.parse(Data(text.utf8)) }
  }

  @Test func theStrictReaderReadsQuotedFields() throws {
    let records = try StrictCSV.parse(Data("a,\"b,\"\"c\"\"\r\n\"\r\n,\"\"\r\n".utf8))
    #expect(records == [["a", "b,\"c\"\r\n"], ["", ""]])
  }

  /// A field with a comma, a quote and a line break comes back as it went in.
  @Test func anAwkwardFieldSurvivesTheRoundTrip() throws {
    let name = "Say \"hi\", then\r\nleave, \"quietly\""
    let entry = ErrorEntry(
      code: 999, family: .service, name: name, description: "D", phoneDisplays: ["a,b", "\"c\"\n"],
      meaningDE: "B", meaningEN: "M,\n\"M\"", hintEN: "x\ty")
    let renderer = DelimitedRenderer(dialect: .csv, language: .english)
    let records = try StrictCSV.parse(Data(renderer.table([.entry(entry)]).utf8))
    #expect(records == [Self.header, ["999", "EM service", name, "0", "a,b | \"c\"\n", "M,\n\"M\"", "x\ty"]])
  }

  /// As with JSON, what is not found is one line on standard error, and standard output still
  /// holds a table: the header, and the rows of what was found.
  @Test(arguments: [
    (["22", "24"], ["22"], EMCodeCLI.ExitStatus.notFound), (["24"], [], .notFound),
    (["--search", "xyzzy"], [], .notFound),
    (["--search", "profile", "xyzzy"], [], .notFound), (["Host", "not", "found"], [""], .found),
  ])
  func whatIsNotFoundGoesToStandardErrorAndTheHeaderStays(
    _ arguments: [String], _ codes: [String], _ status: EMCodeCLI.ExitStatus
  ) throws {
    let result = EMCodeCommand.run(["--format", "csv"] + arguments)
    #expect(result.status == status)
    #expect(result.stderr.split(separator: "\n").count == (status == .found ? 0 : 1))
    #expect(try Self.csvRows(arguments).map { $0[0] } == codes)
  }

  /// A family without codes in a listing (no such family today) still writes the header.
  @Test(arguments: [OutputFormat.csv, .tsv])
  func anEmptyListingIsTheHeader(_ format: OutputFormat) {
    let output = CommandOutput(
      language: .english, format: format, family: .emcc, detail: .card, context: RunContext(),
      text: TextRenderer(language: .english))
    let result = output.listing([], frequentOnly: true)
    #expect(
      result.stdout == Self.header.joined(separator: format == .csv ? "," : "\t") + (format == .csv ? "\r\n" : "\n"))
    #expect(result.status == .notFound)
  }

  /// `--explain` writes one row per outcome, with the same header in both languages.
  @Test(arguments: [(Language.german, "csv"), (.english, "tsv")])
  func explainWritesARowPerOutcome(_ language: Language, _ format: String) {
    let input =
      "2026-03-02 08:11:04,182 INFO  [http-bio-8443-exec-17] EMServiceServlet          - 4101: processXMLRequest: jdoe: p\n"
      + "2026-03-02 08:11:04,183 INFO  [http-bio-8443-exec-17] EMServiceServlet          - 4101:Request failed returning<?xml version=\"1.0\"?>\n"
      + "<response><failure><error code=\"22\">Dev. logon disabled</error></failure></response>\n"
    let result = EMCodeCommand.run(
      ["--lang", language.rawValue, "--format", format, "--explain"],
      context: RunContext(standardInput: { AnyByteReader(MemoryReader(Array(input.utf8))) }))
    let separator = format == "csv" ? "," : "\t"
    let end = format == "csv" ? "\r\n" : "\n"
    let time = format == "csv" ? "\"2026-03-02 08:11:04,183\"" : "2026-03-02 08:11:04,183"
    #expect(result.status == .found)
    #expect(
      result.stdout
        == DelimitedRenderer.outcomeColumns.joined(separator: separator) + end
        + [
          "-", "3", time, "EMService", "4101", "", "jdoe", "api_error", "22", "22", "Device logon disabled",
          "Dev. logon disabled",
        ].joined(separator: separator) + end)
  }

  @Test(arguments: [["--format", "csv", "22"], ["--format=tsv", "--list"], ["--json", "--format", "csv", "-s", "x"]])
  func theFormatIsParsed(_ arguments: [String]) throws {
    let format = try Invocation.parse(arguments).format
    #expect(format == (arguments.contains { $0.hasSuffix("tsv") } ? .tsv : .csv))
  }
}
