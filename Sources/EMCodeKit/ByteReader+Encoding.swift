/// A reader that first hands out bytes already read, then the rest of its base reader.
struct PrefixedReader<Base: ByteReader>: ByteReader {
  var base: Base
  var prefix: [UInt8]

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    guard !prefix.isEmpty else { return try base.read(into: buffer) }
    let count = min(prefix.count, buffer.count)
    for index in 0..<count { buffer[index] = prefix[index] }
    prefix.removeFirst(count)
    return count
  }
}

/// A reader that decodes UTF-16 from its base reader and hands out UTF-8.
///
/// Unpaired surrogates become U+FFFD, as invalid UTF-8 does elsewhere.
struct UTF16Reader<Base: ByteReader>: ByteReader {
  /// The order of the two bytes of a UTF-16 code unit.
  enum ByteOrder { case littleEndian, bigEndian }

  var base: Base
  let byteOrder: ByteOrder
  private var raw: [UInt8]
  private var pending: [UInt8] = []
  private var highSurrogate: UInt32?
  private var atEnd = false

  /// Creates a decoder; `prefix` holds the bytes already read, the byte order mark included.
  init(base: Base, prefix: [UInt8], byteOrder: ByteOrder) {
    self.base = base
    self.byteOrder = byteOrder
    let hasMark =
      prefix.count >= 2 && ((prefix[0], prefix[1]) == (0xFF, 0xFE) || (prefix[0], prefix[1]) == (0xFE, 0xFF))
    raw = hasMark ? Array(prefix.dropFirst(2)) : prefix
  }

  /// The byte order of input that starts with `prefix`, or `nil` if it does not look like UTF-16.
  ///
  /// A byte order mark decides; without one, a first character that is ASCII with a zero
  /// byte beside it (as `<` is in `3C 00`) is taken as UTF-16.
  static func byteOrder(of prefix: [UInt8]) -> ByteOrder? {
    guard prefix.count >= 2 else { return nil }
    switch (prefix[0], prefix[1]) {
    case (0xFF, 0xFE): return .littleEndian
    case (0xFE, 0xFF): return .bigEndian
    case (let first, 0) where first != 0 && first < 0x80: return .littleEndian
    case (0, let second) where second != 0 && second < 0x80: return .bigEndian
    default: return nil
    }
  }

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    while pending.isEmpty {
      if raw.count < 2 {
        if atEnd {
          if highSurrogate != nil || !raw.isEmpty {
            highSurrogate = nil
            raw = []
            pending = [0xEF, 0xBF, 0xBD]
            break
          }
          return 0
        }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        let count = try base.read(into: chunk)
        if count == 0 { atEnd = true } else { raw += chunk[..<count] }
        continue
      }
      decodeAvailable()
    }
    let count = min(pending.count, buffer.count)
    for index in 0..<count { buffer[index] = pending[index] }
    pending.removeFirst(count)
    return count
  }

  private mutating func decodeAvailable() {
    var index = 0
    while index + 1 < raw.count {
      let unit =
        byteOrder == .littleEndian
        ? UInt32(raw[index]) | UInt32(raw[index + 1]) << 8 : UInt32(raw[index]) << 8 | UInt32(raw[index + 1])
      index += 2
      if let high = highSurrogate {
        highSurrogate = nil
        if (0xDC00...0xDFFF).contains(unit) {
          append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
          continue
        }
        append(0xFFFD)
      }
      if (0xD800...0xDBFF).contains(unit) {
        highSurrogate = unit
      } else if (0xDC00...0xDFFF).contains(unit) {
        append(0xFFFD)
      } else {
        append(unit)
      }
    }
    raw.removeFirst(index)
  }

  /// Appends the UTF-8 encoding of a scalar value; a lone surrogate has been replaced before.
  private mutating func append(_ value: UInt32) {
    switch value {
    case 0..<0x80:
      pending.append(UInt8(value))
    case 0x80..<0x800:
      pending.append(0xC0 | UInt8(value >> 6))
      pending.append(0x80 | UInt8(value & 0x3F))
    case 0x800..<0x10000:
      pending.append(0xE0 | UInt8(value >> 12))
      pending.append(0x80 | UInt8((value >> 6) & 0x3F))
      pending.append(0x80 | UInt8(value & 0x3F))
    default:
      pending.append(0xF0 | UInt8(value >> 18))
      pending.append(0x80 | UInt8((value >> 12) & 0x3F))
      pending.append(0x80 | UInt8((value >> 6) & 0x3F))
      pending.append(0x80 | UInt8(value & 0x3F))
    }
  }
}
