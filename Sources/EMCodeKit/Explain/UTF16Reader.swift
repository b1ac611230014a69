/// A reader that decodes UTF-16 from its base reader and hands out UTF-8.
///
/// Tickets saved by Windows Notepad as "Unicode" and files written by PowerShell's `>` are
/// UTF-16; CUCM itself writes UTF-8. Unpaired surrogates become U+FFFD, as invalid UTF-8 does
/// elsewhere.
package struct UTF16Reader<Base: ByteReader>: ByteReader {
  /// The order of the two bytes of a UTF-16 code unit.
  package enum ByteOrder { case littleEndian, bigEndian }

  /// How many bytes of the head ``byteOrder(of:)`` wants to see when there is no byte order mark.
  package static var evidenceLength: Int { 64 }

  var base: Base
  let byteOrder: ByteOrder
  /// Bytes read from the base and not yet decoded; a pending high surrogate stays here.
  private var raw: [UInt8]
  /// UTF-8 decoded and not yet handed out, from `pendingStart` on.
  private var pending: [UInt8] = []
  private var pendingStart = 0
  private var atEnd = false
  /// How many bytes one read of the base asks for.
  private static var chunkSize: Int { 1 << 16 }

  /// Creates a decoder; `prefix` holds the bytes already read, the byte order mark included.
  init(base: Base, prefix: [UInt8], byteOrder: ByteOrder) {
    self.base = base
    self.byteOrder = byteOrder
    let hasMark = prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF])
    raw = hasMark ? Array(prefix.dropFirst(2)) : prefix
  }

  /// The byte order of input that starts with `head`, or `nil` if it does not look like UTF-16.
  ///
  /// A byte order mark decides. Without one, the head must show UTF-16 over its length: at least
  /// eight code units, and seven in eight of them a character of text (printable ASCII, tab, line
  /// feed, carriage return or Latin-1) with its zero byte on the same side (`<` is `3C 00` in
  /// little-endian). A UTF-8 text with a stray NUL (`\n\0...`, `A\0...`) is no such evidence; a
  /// UTF-16 ticket with a few characters beyond Latin-1 in its head still is.
  package static func byteOrder(of head: [UInt8]) -> ByteOrder? {
    if head.starts(with: [0xFF, 0xFE]) { return .littleEndian }
    if head.starts(with: [0xFE, 0xFF]) { return .bigEndian }
    let units = head.count / 2
    guard units >= 8 else { return nil }
    var little = 0
    var big = 0
    for index in 0..<units {
      let (first, second) = (head[2 * index], head[2 * index + 1])
      if second == 0 && isText(first) { little += 1 }
      if first == 0 && isText(second) { big += 1 }
    }
    if little * 8 >= units * 7 { return .littleEndian }
    if big * 8 >= units * 7 { return .bigEndian }
    return nil
  }

  /// Whether a code unit below U+0100 is a character of text: printable ASCII, tab, line feed,
  /// carriage return, or a printable Latin-1 character (`ä` is `E4 00` in little-endian).
  private static func isText(_ unit: UInt8) -> Bool {
    (unit >= 0x20 && unit < 0x7F) || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit >= 0xA0
  }

  /// Hands out the next UTF-8 bytes of the decoded text; 0 at its end.
  package mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(Base.Failure) -> Int {
    while pendingStart == pending.count {
      pending.removeAll(keepingCapacity: true)
      pendingStart = 0
      if atEnd && raw.isEmpty { return 0 }
      if !atEnd {
        let start = raw.count
        raw.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        var reader = base
        let read = raw.withUnsafeMutableBytes { bytes in
          Result { () throws(Base.Failure) in
            try reader.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[start...]))
          }
        }
        base = reader
        let count = try read.get()
        raw.removeLast(Self.chunkSize - count)
        if count == 0 { atEnd = true }
      }
      decodeAvailable()
    }
    let count = min(pending.count - pendingStart, buffer.count)
    buffer.copyBytes(from: pending[pendingStart..<(pendingStart + count)])
    pendingStart += count
    return count
  }

  /// Decodes the whole code units in `raw` into `pending`, keeping back an odd byte and, unless
  /// the input has ended, a high surrogate whose partner may come with the next chunk.
  private mutating func decodeAvailable() {
    var units: [UInt16] = []
    units.reserveCapacity(raw.count / 2)
    var index = 0
    while index + 1 < raw.count {
      let (first, second) = (UInt16(raw[index]), UInt16(raw[index + 1]))
      units.append(byteOrder == .littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    if !atEnd, let last = units.last, UTF16.isLeadSurrogate(last) {
      units.removeLast()
      index -= 2
    }
    raw.removeFirst(index)
    if atEnd && !raw.isEmpty {
      // An odd byte at the very end is half a character.
      raw.removeAll()
      units.append(0xFFFD)
    }
    _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) {
      pending.append($0)
    }
  }
}
