import EMCodeKit
import Foundation
import Testing

@Suite struct SearchTests {
  static func codes(_ words: [String], family: ErrorFamily? = nil, language: Language = .german) -> [Int] {
    ErrorCatalog.search(words, family: family, language: language).entries.map(\.code)
  }

  @Test func wordsMatchWholeWordsOrWordStartsNeverInsideAWord() {
    #expect(!Self.codes(["PIN"]).contains(3), "PIN is not inside <appInfo>")
    #expect(!Self.codes(["certificate"], language: .english).contains(3), "not inside appCertificate")
    #expect(!Self.codes(["MAC"]).contains(28), "a short word matches whole words only: not machine")
    #expect(Self.codes(["MAC"]).contains(11))
    #expect(Self.codes(["authent"], language: .english).contains(201), "four letters or more match a word's start")
  }

  @Test func rankingPutsThePhraseInANameFirst() throws {
    let found = ErrorCatalog.search(["multiple", "login"], language: .english)
    #expect(found.entries.first?.code == 25, "Multi-Login Not Allowed (25)")
    let profile = ErrorCatalog.search(["profile"], language: .english)
    #expect(Array(profile.entries.prefix(2).map(\.code)) == [12, 205], "names that hold the word come first")
    #expect(profile.matches.first?.rank == .phrase)
    #expect(profile.matches.first?.field == .name)
  }

  @Test func everyResultSaysWhereItMatched() throws {
    let timeout = try #require(ErrorCatalog.search(["timeout"], language: .english).matches.first)
    #expect(timeout.item.code == 40)
    #expect(timeout.field == .keyword)
    #expect(timeout.excerpt.lowercased().contains("timeout"))
    let tftp = try #require(ErrorCatalog.search(["TFTP"]).matches.first)
    #expect(tftp.item.code == 39)
    #expect(tftp.excerpt.contains("TFTP"))
  }

  @Test(arguments: ["geraet", "gerat", "GERÄT", "GERAET", "Gera\u{308}t", "GERA\u{308}T"])
  func foldsUmlautsAndDecomposedForms(_ word: String) {
    #expect(Self.codes([word]) == Self.codes(["Gerät"]), "\(word) finds what Gerät finds")
    #expect(!Self.codes([word]).isEmpty)
  }

  @Test func foldsSharpS() {
    #expect(Self.codes(["außerdem"]) == Self.codes(["ausserdem"]))
    #expect(!Self.codes(["ausserdem"]).isEmpty)
  }

  @Test func everyWordMustOccur() {
    let both = Self.codes(["device", "profile"], language: .english)
    #expect(both.contains(12))
    #expect(Set(both).isSubset(of: Set(Self.codes(["device"], language: .english))))
    #expect(Set(both).isSubset(of: Set(Self.codes(["profile"], language: .english))))
    #expect(Self.codes(["device profile"], language: .english) == both, "a quoted phrase is split into words")
  }

  @Test func searchesOneLanguagePerRun() {
    #expect(Self.codes(["Tippfehler"], language: .german).contains(23), "German hint")
    #expect(!Self.codes(["Tippfehler"], language: .english).contains(23), "not in an English run")
    #expect(Self.codes(["typo"], language: .english).contains(23), "English keyword")
    #expect(Self.codes(["Conn."], language: .german).contains(208), "phone texts in every language")
  }

  @Test func filtersByFamily() {
    #expect(Self.codes(["cluster"], family: .application).allSatisfy { $0 >= 201 })
    #expect(Self.codes(["cluster"], family: .emcc).allSatisfy { (31...47).contains($0) })
    #expect(ErrorCatalog.search(["tomcat"], family: .service).messages.isEmpty, "a family has no messages")
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

/// The search-quality table: realistic queries in German and English with the codes an admin
/// expects (Tests/Fixtures/search-quality.json, written from the references, not from the
/// results).
///
/// Every query must pass: the score is printed and must be 100 %.
@Suite struct SearchQualityTests {
  struct Query: Decodable, Sendable, CustomTestStringConvertible {
    let query: String
    let lang: String
    let must: [Expected]
    let mustNot: [Expected]
    let first: Expected?
    let none: Bool?
    let why: String
    var testDescription: String { "\(lang): \(query)" }
  }

  /// A code, or a message id.
  enum Expected: Decodable, Sendable, Hashable, CustomStringConvertible {
    case code(Int)
    case message(String)

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let code = try? container.decode(Int.self) {
        self = .code(code)
      } else {
        self = .message(try container.decode(String.self))
      }
    }

    init(_ item: CatalogItem) {
      self = item.code.map(Expected.code) ?? .message(item.id)
    }

    var description: String {
      switch self {
      case .code(let code): return String(code)
      case .message(let id): return id
      }
    }
  }

  struct Table: Decodable {
    let queries: [Query]
  }

  static let queries: [Query] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/search-quality.json")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    guard let data = try? Data(contentsOf: url), let table = try? decoder.decode(Table.self, from: data) else {
      return []
    }
    return table.queries
  }()

  /// Whether a query's results are what the table expects, and if not, why.
  static func problems(_ query: Query) -> [String] {
    let language: Language = query.lang == "en" ? .english : .german
    let found = ErrorCatalog.search([query.query], language: language).matches.map { Expected($0.item) }
    var problems: [String] = []
    for expected in query.must where !found.contains(expected) { problems.append("misses \(expected)") }
    for wrong in query.mustNot where found.contains(wrong) { problems.append("wrongly finds \(wrong)") }
    if let first = query.first, found.first != first {
      problems.append("ranks \(found.first?.description ?? "nothing") first, not \(first)")
    }
    if query.none == true && !found.isEmpty { problems.append("finds \(found), expected nothing") }
    return problems
  }

  @Test func tableHasEnoughRealisticQueries() {
    #expect(Self.queries.count >= 40)
    #expect(Self.queries.contains { $0.lang == "de" } && Self.queries.contains { $0.lang == "en" })
  }

  @Test(arguments: SearchQualityTests.queries)
  func queryFindsWhatAnAdminExpects(_ query: Query) {
    let problems = Self.problems(query)
    #expect(problems.isEmpty, "\(problems.joined(separator: "; ")) (\(query.why))")
  }

  @Test func scoreIsOneHundredPercent() {
    let passed = Self.queries.filter { Self.problems($0).isEmpty }.count
    let score = Self.queries.isEmpty ? 0 : 100 * passed / Self.queries.count
    print("search quality: \(passed) of \(Self.queries.count) queries as expected (\(score) %)")
    #expect(score == 100)
  }
}
