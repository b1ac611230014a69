import EMCodeKit

/// What the first bytes of an input say about it, whatever its name.
enum InputContent {
  /// How many bytes of text (after decompression) ``isBinary(_:)`` looks at.
  static let binaryEvidenceLength = 8192

  /// Whether an input that starts with `head` is gzip: the two bytes 1f 8b.
  static func isGzip(_ head: [UInt8]) -> Bool {
    head.starts(with: [0x1F, 0x8B])
  }

  /// Whether text that starts with `head` is binary: it holds a NUL byte and is not UTF-16.
  static func isBinary(_ head: [UInt8]) -> Bool {
    head.contains(0) && !isUTF16(head)
  }

  /// Whether text that starts with `head` is UTF-16, as the explain scanner decides it: it has a
  /// byte order mark (FF FE or FE FF), or its first bytes are text with a zero byte on the same
  /// side of each character (see `UTF16Reader.byteOrder(of:)`).
  static func isUTF16(_ head: [UInt8]) -> Bool {
    UTF16Reader<MemoryReader>.byteOrder(of: Array(head.prefix(UTF16Reader<MemoryReader>.evidenceLength))) != nil
  }
}
