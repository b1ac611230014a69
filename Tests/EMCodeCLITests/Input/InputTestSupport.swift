import EMCodeKit
import Foundation

@testable import EMCodeCLI

/// Fixtures, gzip bytes and temporary folders for the input tests.
enum InputTestSupport {
  /// `Tests/Fixtures`.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")
  /// `Tests/Fixtures/traces`.
  static let traces = fixtures.appendingPathComponent("traces")
  /// The collection fixture, as a path with no trailing slash.
  static let collection = traces.appendingPathComponent("collection").path
  /// The gzip fixture.
  static func compressed() throws -> [UInt8] {
    Array(try Data(contentsOf: traces.appendingPathComponent("collection/emservice/emservice00042.log.gz")))
  }
  /// The gzip fixture's plain text.
  static func plain() throws -> [UInt8] {
    Array(try Data(contentsOf: traces.appendingPathComponent("derived-src/emservice00042.log")))
  }

  /// Everything a reader gives, read `bufferSize` bytes at a time at most.
  static func readAll<Reader: ByteReader>(_ reader: inout Reader, bufferSize: Int) throws(Reader.Failure) -> [UInt8] {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 1)
    defer { buffer.deallocate() }
    var bytes: [UInt8] = []
    while true {
      let count = try reader.read(into: buffer)
      if count == 0 { return bytes }
      bytes += buffer[..<count]
    }
  }

  /// Inflates `bytes` through a ``GzipReader``.
  static func inflate(_ bytes: [UInt8], inputSize: Int = 1 << 16, outputSize: Int = 1 << 18, chunk: Int = .max)
    throws(InputError) -> [UInt8]
  {
    var reader = GzipReader(
      base: AnyByteReader(MemoryReader(bytes, chunkSize: chunk)), name: "t.gz", inputSize: inputSize)
    return try readAll(&reader, bufferSize: outputSize)
  }

  /// A gzip member that stores `text` without compressing it (deflate's stored blocks), so tests
  /// can make gzip of any text without a compressor.
  static func storedGzip(_ text: [UInt8]) -> [UInt8] {
    var member: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]
    var blocks = stride(from: 0, to: text.count, by: 0xFFFF).map { text[$0..<min($0 + 0xFFFF, text.count)] }
    if blocks.isEmpty { blocks = [[]] }
    for (index, block) in blocks.enumerated() {
      let length = UInt16(block.count)
      member.append(index == blocks.count - 1 ? 1 : 0)
      member += littleEndian(UInt32(length) | UInt32(~length) << 16)
      member += block
    }
    return member + littleEndian(crc32(text)) + littleEndian(UInt32(truncatingIfNeeded: text.count))
  }

  private static func littleEndian(_ value: UInt32) -> [UInt8] {
    (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }

  private static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  /// A new empty folder, removed after `body`.
  static func withTemporaryFolder<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("emcode-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
  }

  /// Writes `contents` to `name` below `folder`, making the folders between.
  static func write(_ contents: [UInt8], to name: String, in folder: URL) throws {
    let file = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents).write(to: file)
  }
}
