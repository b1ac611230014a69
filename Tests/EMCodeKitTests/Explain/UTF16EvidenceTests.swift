import Testing

@testable import EMCodeKit

/// When input without a byte order mark is taken for UTF-16: only on real evidence in its head.
@Suite struct UTF16EvidenceTests {
  typealias Reader = UTF16Reader<MemoryReader>

  static func utf16(_ text: String, _ order: Reader.ByteOrder) -> [UInt8] {
    text.utf16.flatMap { unit in
      order == .littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
    }
  }

  static let log = "2026-11-27 07:00:00,052 INFO  [http-bio-8443-exec-40] Login is unavailable(23)\r\n"

  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let head: [UInt8]
    let expected: Reader.ByteOrder?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "little-endian mark", head: [0xFF, 0xFE, 0x41, 0], expected: .littleEndian),
    Case(name: "big-endian mark", head: [0xFE, 0xFF, 0, 0x41], expected: .bigEndian),
    Case(name: "UTF-16LE log", head: utf16(log, .littleEndian), expected: .littleEndian),
    Case(name: "UTF-16BE log", head: utf16(log, .bigEndian), expected: .bigEndian),
    Case(
      name: "UTF-16LE with umlauts", head: utf16("Gerät über Größe: Login is unavailable", .littleEndian),
      expected: .littleEndian),
    Case(
      name: "UTF-16LE with a few euro signs", head: utf16("Preis 5 € und 7 € Login is unavailable(23)", .littleEndian),
      expected: .littleEndian),
    Case(name: "UTF-8 log", head: Array(log.utf8), expected: nil),
    Case(name: "a line feed and a NUL, then UTF-8", head: [0x0A, 0] + Array(log.utf8), expected: nil),
    Case(name: "a letter and a NUL, then UTF-8", head: [0x41, 0] + Array(log.utf8), expected: nil),
    Case(name: "a NUL and a letter, then UTF-8", head: [0, 0x41] + Array(log.utf8), expected: nil),
    Case(
      name: "UTF-8 with NULs every few bytes", head: Array("ab\0cd\0ef\0gh\0ij\0kl\0mn\0op\0qr\0st\0".utf8),
      expected: nil),
    Case(name: "all NULs", head: [UInt8](repeating: 0, count: 64), expected: nil),
    Case(name: "binary words", head: (0..<32).flatMap { [UInt8($0), 0] }, expected: nil),
    Case(name: "too short to tell", head: utf16("Login", .littleEndian), expected: nil),
    Case(
      name: "half UTF-16, half UTF-8",
      head: utf16("Login is unavai", .littleEndian) + Array("lable(23) and more text".utf8),
      expected: nil),
  ]

  @Test(arguments: cases)
  func asksForRealEvidence(_ example: Case) {
    #expect(Reader.byteOrder(of: Array(example.head.prefix(Reader.evidenceLength))) == example.expected)
  }

  /// A UTF-8 log that starts with a line feed and a NUL is read as bytes: its outcome is found.
  @Test func aStrayNULLeavesUTF8Readable() throws {
    var reader = MemoryReader([0x0A, 0] + Array(Self.log.utf8))
    let report = ExplainScanner.scan(&reader)
    #expect(report.firstOutcomes.contains { $0.number == 23 })
  }
}
