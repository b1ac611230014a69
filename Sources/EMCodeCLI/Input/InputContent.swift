/// What the first bytes of an input say about it, whatever its name.
enum InputContent {
  /// How many bytes of text (after decompression) ``isBinary(_:)`` looks at.
  static let binaryEvidenceLength = 8192

  /// Whether an input that starts with `head` is gzip: the two bytes 1f 8b.
  static func isGzip(_ head: [UInt8]) -> Bool {
    head.starts(with: [0x1F, 0x8B])
  }

  /// Whether text that starts with `head` is binary: it holds a NUL byte and is not UTF-16.
  ///
  /// UTF-16 is what the explain scanner decodes: text with a byte order mark (FF FE or FE FF),
  /// or whose first 64 bytes are at least eight ASCII characters, each with a NUL on the same side.
  static func isBinary(_ head: [UInt8]) -> Bool {
    guard head.contains(0) else { return false }
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
    return !isUnmarkedUTF16(head.prefix(64))
  }

  /// Whether `bytes` read as ASCII in UTF-16 of one byte order, without a byte order mark.
  private static func isUnmarkedUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
    let pairs = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { (bytes[$0], bytes[$0 + 1]) }
    guard pairs.count >= 8 else { return false }
    func isASCII(_ byte: UInt8) -> Bool { byte != 0 && byte < 0x80 }
    return pairs.allSatisfy { isASCII($0.0) && $0.1 == 0 } || pairs.allSatisfy { $0.0 == 0 && isASCII($0.1) }
  }
}
