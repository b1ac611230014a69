import EMCodeKit
import Foundation
import Testing

/// Every fixture in Tests/Fixtures/traces, scanned, gives what `expected.json` says a correct
/// tool reports: each outcome's line, kind, code, number shown, time, service, request, device
/// and user (see the README there for the rules and the public source of each fixture).
struct TraceFixtureTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/traces")

  /// One fixture's expectations.
  struct Fixture: Decodable, CustomTestStringConvertible, Sendable {
    struct Outcome: Decodable, Equatable, Sendable, CustomStringConvertible {
      let line: Int
      let kind: String
      let code: Int?
      let shown: Int?
      let time: String?
      let service: String?
      let request: String?
      let device: String?
      let user: String?
      var description: String {
        "\(line) \(kind) code=\(code.map(String.init) ?? "-") shown=\(shown.map(String.init) ?? "-") "
          + "time=\(time ?? "-") \(service ?? "-") req=\(request ?? "-") dev=\(device ?? "-") user=\(user ?? "-")"
      }
    }
    let file: String
    let outcomes: [Outcome]
    let skipped: Bool?
    let plainText: String?
    enum CodingKeys: String, CodingKey {
      case file, outcomes, skipped
      case plainText = "plain_text"
    }
    var testDescription: String { file }
  }

  struct Expected: Decodable {
    let files: [Fixture]
  }

  static let fixtures: [Fixture] = {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("expected.json")),
      let expected = try? JSONDecoder().decode(Expected.self, from: data)
    else { return [] }
    return expected.files.filter { $0.skipped != true }
  }()

  /// The outcomes of scanning `bytes`, in the fixture's terms.
  static func outcomes(of bytes: [UInt8], chunkSize: Int = ExplainScanner.chunkSize) throws -> [Fixture.Outcome] {
    var found: [Fixture.Outcome] = []
    var reader = MemoryReader(bytes)
    _ = ExplainScanner.scan(&reader, chunkSize: chunkSize) { outcome in
      found.append(
        Fixture.Outcome(
          line: outcome.line, kind: outcome.kind.rawValue, code: outcome.kind == .apiError ? outcome.number : nil,
          shown: outcome.kind == .phoneDisplay ? outcome.number : nil, time: outcome.time,
          service: outcome.service?.rawValue, request: outcome.request, device: outcome.device, user: outcome.user))
    }
    return found
  }

  static func bytes(of fixture: Fixture) throws -> [UInt8] {
    let path = fixture.plainText.map { "derived-src/" + ($0 as NSString).lastPathComponent } ?? fixture.file
    return Array(try Data(contentsOf: folder.appendingPathComponent(path)))
  }

  @Test func everyFixtureIsListed() {
    #expect(Self.fixtures.count >= 20)
  }

  @Test(arguments: TraceFixtureTests.fixtures)
  func fixtureGivesTheExpectedOutcomes(_ fixture: Fixture) throws {
    let found = try Self.outcomes(of: try Self.bytes(of: fixture))
    let missing = fixture.outcomes.filter { !found.contains($0) }
    let extra = found.filter { !fixture.outcomes.contains($0) }
    #expect(
      missing.isEmpty && extra.isEmpty,
      "missing:\n\(missing.map(\.description).joined(separator: "\n"))\nextra:\n\(extra.map(\.description).joined(separator: "\n"))"
    )
    #expect(found == fixture.outcomes, "in the expected order")
  }

  /// Chunk boundaries anywhere change nothing: a small chunk size crosses every construct.
  @Test(arguments: [97, 1031])
  func chunkBoundariesChangeNothing(_ chunkSize: Int) throws {
    for fixture in Self.fixtures {
      let bytes = try Self.bytes(of: fixture)
      #expect(try Self.outcomes(of: bytes, chunkSize: chunkSize) == Self.outcomes(of: bytes), "\(fixture.file)")
    }
  }
}
