/// Byte tests for the ASCII text the scanner and the matchers look for.
enum ASCII {
  /// Whether `byte` is a letter A-Z or a-z.
  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- UInt8(ascii: "a") < 26
  }

  /// The high bit of every byte of `word` that is an ASCII letter, eight bytes at a time: `word`
  /// folded to lower case and to seven bits must lie in `a`...`z`, and the byte must be ASCII.
  @inline(__always)
  static func letterBits(_ word: UInt64) -> UInt64 {
    let folded = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
    let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit set when >= "a"
    let aboveZ = folded &+ 0x0505_0505_0505_0505  // high bit set when > "z"
    return atLeastA & ~aboveZ & ~word & 0x8080_8080_8080_8080
  }

  /// Whether `byte` is a digit 0-9.
  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }

  /// Whether `byte` is white space: space, tab, line feed, vertical tab, form feed or carriage return.
  @inline(__always)
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// The value of decimal digits, or `nil` when there are more than nine significant ones.
  ///
  /// - Precondition: every byte in `digits` is a digit.
  static func decimalValue<Bytes: Collection<UInt8>>(_ digits: Bytes) -> Int? {
    var value = 0
    var significant = 0
    for byte in digits {
      value = value * 10 + Int(byte &- UInt8(ascii: "0"))
      if value > 0 { significant += 1 }
      if significant > 9 { return nil }
    }
    return value
  }

  /// The decimal number of at most nine digits at `buffer[index]`, and the byte after it; `nil`
  /// when no digit or a tenth one stands there.
  @inline(__always)
  static func number(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, upper: Int) -> (
    value: Int, end: Int
  )? {
    var end = index
    var value = 0
    while end < upper, isDigit(buffer[end]), end - index < 9 {
      value = value * 10 + Int(buffer[end] &- UInt8(ascii: "0"))
      end += 1
    }
    guard end > index, end == upper || !isDigit(buffer[end]) else { return nil }
    return (value, end)
  }

  /// Whether the letters at `index` are `word`, ignoring case.
  ///
  /// Bytes are compared with bit 5 set, so a byte other than a letter also matches its twin: a
  /// space in `word` matches NUL too.
  @inline(__always)
  static func equalsCaseless(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard index >= 0, index + count <= buffer.count else { return false }
    let letters = word.utf8Start
    for offset in 0..<count where buffer[index + offset] | 0x20 != letters[offset] | 0x20 { return false }
    return true
  }
}
