/// HTML entities in a window of text: `&lt;error code=&quot;25&quot;&gt;` as forum pages, HTML mail
/// and ticket exports show EM API answers.
enum EntityText {
  /// Room for one decoded window, and where each decoded byte came from; made once per scan.
  final class Scratch {
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let origins: UnsafeMutableBufferPointer<Int>

    /// Room for `capacity` decoded bytes.
    init(capacity: Int) {
      bytes = .allocate(capacity: capacity)
      origins = .allocate(capacity: capacity + 1)
    }

    /// Frees the room.
    func deallocate() {
      bytes.deallocate()
      origins.deallocate()
    }

    /// The first `count` decoded bytes.
    func view(_ count: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: UnsafeBufferPointer(bytes)[..<count])
    }

    /// The position in the source of decoded byte `offset` (or of the end, for `offset == count`).
    func origin(of offset: Int, decodedCount: Int) -> Int {
      origins[max(0, min(offset, decodedCount))]
    }

    /// Decodes `source[from..<upper]` with its entities (`&lt;`, `&gt;`, `&quot;`, `&apos;`,
    /// `&amp;` and numeric ones below 128) into the room; other bytes are copied.
    ///
    /// - Returns: How many bytes were decoded.
    func decode(_ source: UnsafeBufferPointer<UInt8>, from: Int, upper: Int) -> Int {
      var index = from
      var count = 0
      while index < upper && count < bytes.count {
        origins[count] = index
        if source[index] == UInt8(ascii: "&"), let (byte, length) = EntityText.entity(source, at: index, upper: upper) {
          bytes[count] = byte
          index += length
        } else {
          bytes[count] = source[index]
          index += 1
        }
        count += 1
      }
      origins[count] = index
      return count
    }
  }

  /// The character an entity at `index` stands for, and the entity's length.
  static func entity(_ source: UnsafeBufferPointer<UInt8>, at index: Int, upper: Int) -> (UInt8, Int)? {
    var end = index + 1
    while end < upper, end - index <= 8, source[end] != UInt8(ascii: ";") {
      guard ASCII.isLetter(source[end]) || ASCII.isDigit(source[end]) || source[end] == UInt8(ascii: "#") else {
        return nil
      }
      end += 1
    }
    guard end < upper, source[end] == UInt8(ascii: ";"), end > index + 1 else { return nil }
    let name = UnsafeBufferPointer(rebasing: source[(index + 1)..<end])
    let length = end + 1 - index
    for (entity, byte) in named where name.elementsEqual(entity.utf8) { return (byte, length) }
    guard name[name.startIndex] == UInt8(ascii: "#") else { return nil }
    var value = 0
    let isHex = name.count > 1 && name[name.startIndex + 1] | 0x20 == UInt8(ascii: "x")
    for byte in name.dropFirst(isHex ? 2 : 1) {
      let digit: Int
      if ASCII.isDigit(byte) {
        digit = Int(byte &- UInt8(ascii: "0"))
      } else if isHex, (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20) {
        digit = Int((byte | 0x20) &- UInt8(ascii: "a")) + 10
      } else {
        return nil
      }
      value = value * (isHex ? 16 : 10) + digit
      if value >= 128 { return nil }
    }
    return value > 0 ? (UInt8(value), length) : nil
  }

  private static let named: [(String, UInt8)] = [
    ("lt", UInt8(ascii: "<")), ("gt", UInt8(ascii: ">")), ("quot", UInt8(ascii: "\"")), ("apos", UInt8(ascii: "'")),
    ("amp", UInt8(ascii: "&")),
  ]
}
