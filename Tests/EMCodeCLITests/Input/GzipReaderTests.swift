import EMCodeKit
import Testing

@testable import EMCodeCLI

/// Reading gzip: the fixture byte for byte whatever the buffers, members one after another, and
/// the errors of damaged and cut-off data.
@Suite struct GzipReaderTests {
  typealias Support = InputTestSupport

  @Test(arguments: [
    (1, 1, Int.max), (1, 7, 3), (7, 1, Int.max), (3, 4096, 1), (64, 64, 5), (1 << 16, 1 << 18, Int.max),
    (1 << 20, 1 << 20, Int.max), (1 << 16, 1 << 18, 1000),
  ])
  func inflatesTheFixtureByteForByte(inputSize: Int, outputSize: Int, chunk: Int) throws {
    let text = try Support.inflate(try Support.compressed(), inputSize: inputSize, outputSize: outputSize, chunk: chunk)
    #expect(text == (try Support.plain()))
  }

  /// What `cat a.gz b.gz` makes reads as `cat a b`; zero padding after the last member is no error.
  @Test(arguments: [
    ("two members", ["first line\n", "second line\n"], 0),
    ("three members, one of them empty", ["a\n", "", "c\n"], 0),
    ("a member and padding", ["a\n"], 512),
    ("two members and padding", ["a\n", "b\n"], 3),
  ])
  func readsMembersOneAfterAnother(_ label: String, texts: [String], zeros: Int) throws {
    let members = texts.map { Support.storedGzip(Array($0.utf8)) }
    for chunk in [1, 2, Int.max] {
      let text = try Support.inflate(
        members.flatMap { $0 } + Array(repeating: 0, count: zeros), inputSize: 5, chunk: chunk)
      #expect(text == Array(texts.joined().utf8), "\(label), chunk \(chunk)")
    }
  }

  @Test func readsTheFixtureTwiceWhenConcatenated() throws {
    let text = try Support.inflate(
      try Support.compressed() + (try Support.compressed()), inputSize: 100, outputSize: 777)
    #expect(text == (try Support.plain()) + (try Support.plain()))
  }

  @Test func readsAnEmptyMemberAsNoText() throws {
    // `gzip -n < /dev/null`, byte for byte.
    let empty: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]
    #expect(try Support.inflate(empty).isEmpty)
    #expect(try Support.inflate(Support.storedGzip([])).isEmpty)
    #expect(
      try Support.inflate(Support.storedGzip(Array(repeating: 7, count: 70_000))) == Array(repeating: 7, count: 70_000))
  }

  /// One way to damage the gzip fixture.
  enum Damage: String, CaseIterable, Sendable {
    case wrongChecksum, wrongLength, unknownMethod, invalidBlockType, bytesAfterTheMember, paddingThenOtherBytes
    case firstHalf, allButTheLastByte, noTrailer, headerOnly, twoBytes, secondMemberCutOff

    /// The damaged bytes.
    func apply(to gz: [UInt8]) -> [UInt8] {
      var bytes = gz
      switch self {
      case .wrongChecksum: bytes[gz.count - 6] ^= 0xFF
      case .wrongLength: bytes[gz.count - 2] ^= 1
      case .unknownMethod: bytes[2] = 9
      case .invalidBlockType: bytes[10] = 0x07  // a last block of type 3, which deflate does not have
      case .bytesAfterTheMember: bytes += Array("not gzip".utf8)
      case .paddingThenOtherBytes: bytes += [0, 0, 0x41, 0x42, 0x43]
      case .firstHalf: bytes = Array(gz.prefix(gz.count / 2))
      case .allButTheLastByte: bytes.removeLast()
      case .noTrailer: bytes.removeLast(8)
      case .headerOnly: bytes = Array(gz.prefix(10))
      case .twoBytes: bytes = Array(gz.prefix(2))
      case .secondMemberCutOff: bytes += gz.prefix(30)
      }
      return bytes
    }

    /// The reason the reader must give.
    var reason: InputError.Reason {
      switch self {
      case .wrongChecksum, .wrongLength, .unknownMethod, .invalidBlockType, .bytesAfterTheMember,
        .paddingThenOtherBytes:
        .compressedDataCorrupt
      case .firstHalf, .allButTheLastByte, .noTrailer, .headerOnly, .twoBytes, .secondMemberCutOff:
        .compressedDataTruncated
      }
    }
  }

  @Test(arguments: Damage.allCases)
  func rejectsDamagedData(_ damage: Damage) throws {
    let damaged = damage.apply(to: try Support.compressed())
    for (inputSize, outputSize) in [(1, 1), (1 << 16, 1 << 18)] {
      #expect(throws: InputError(path: "t.gz", reason: damage.reason), "buffers \(inputSize)/\(outputSize)") {
        try Support.inflate(damaged, inputSize: inputSize, outputSize: outputSize)
      }
    }
  }

  @Test func storedMembersOfTheTestsAreValidGzip() throws {
    // The stored-member helper must itself make gzip that zlib accepts, or the tests above prove nothing.
    let text = Array("Login is unavailable(22)\n".utf8)
    #expect(try Support.inflate(Support.storedGzip(text)) == text)
    var wrong = Support.storedGzip(text)
    wrong[wrong.count - 8] ^= 0xFF
    #expect(throws: InputError(path: "t.gz", reason: .compressedDataCorrupt)) { try Support.inflate(wrong) }
  }

  @Test(arguments: [
    (
      InputError.Reason.compressedDataCorrupt, "'t.gz' lässt sich nicht lesen: die gzip-Daten sind beschädigt",
      "cannot read 't.gz': the gzip data is corrupt"
    ),
    (
      .compressedDataTruncated, "'t.gz' lässt sich nicht lesen: die gzip-Daten brechen vorzeitig ab (abgeschnitten)",
      "cannot read 't.gz': the gzip data ends too early (truncated)"
    ),
    (
      .nestedTooDeep(limit: 64), "'t.gz' lässt sich nicht lesen: mehr als 64 Verzeichnisebenen tief",
      "cannot read 't.gz': nested more than 64 directories deep"
    ),
  ])
  func saysWhatIsWrongInBothLanguages(_ reason: InputError.Reason, german: String, english: String) {
    let error = InputError(path: "t.gz", reason: reason)
    #expect(error.message(in: .german) == german)
    #expect(error.message(in: .english) == english)
  }
}
