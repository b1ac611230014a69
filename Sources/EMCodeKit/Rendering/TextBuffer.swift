/// A growing buffer of UTF-8 output that renderers append to.
///
/// Shared by the library's renderers and the command (package access); the public API hands out
/// `String`s.
///
/// Hand-managed storage, by measurement (callgrind, release build): the same class over a
/// `[UInt8]` cost `emcode 22` 19.5 % more instructions (218,467 against 182,743) and
/// `--list --json` 39 % more; without `@exclusivity(unchecked)` on its three stored properties
/// (which no code outside this class can reach) `emcode 22` cost 14 % more (209,089).
package final class TextBuffer {
  @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var capacity: Int
  /// The number of bytes written.
  @exclusivity(unchecked) package private(set) var count = 0

  /// Creates an empty buffer.
  package init(capacity: Int = 8192) {
    self.capacity = max(capacity, 16)
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  /// Calls `body` with the bytes written; the pointer is valid only during the call.
  ///
  /// Not generic: a generic function called from another module is not specialised, and the
  /// metadata of its result type is then built at run time (35,000 instructions of `emcode 22`).
  package func withBytes(_ body: (UnsafeRawBufferPointer) -> Void) {
    body(UnsafeRawBufferPointer(start: base, count: count))
  }

  private var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// The bytes written, as a string.
  package var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Whether nothing was written.
  package var isEmpty: Bool { count == 0 }

  private func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    var newCapacity = capacity * 2
    while newCapacity < count + extra { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Forgets what was written, keeping the memory for more.
  package func removeAll() {
    count = 0
  }

  /// Appends raw bytes.
  package func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (base + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Appends one byte.
  package func append(byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends a string.
  package func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends a string literal.
  package func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// Appends a number in decimal.
  package func append(_ value: Int) {
    if value < 0 { append(byte: UInt8(ascii: "-")) }
    // Digits of the magnitude, last first; UInt holds |Int.min| too.
    var magnitude = value.magnitude
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) = (
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      )
    var count = 0
    withUnsafeMutableBytes(of: &digits) { digits in
      repeat {
        digits[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for index in stride(from: count - 1, through: 0, by: -1) { append(byte: digits[index]) }
    }
  }

  /// Appends another buffer's bytes.
  package func append(_ other: TextBuffer) {
    append(other.bytes)
  }

  /// Appends `count` spaces.
  package func appendSpaces(_ count: Int) {
    guard count > 0 else { return }
    reserve(count)
    (base + self.count).initialize(repeating: UInt8(ascii: " "), count: count)
    self.count += count
  }

  /// Drops the spaces at the end, such as the padding of a table row's empty last cells.
  package func trimTrailingSpaces() {
    while count > 0 && base[count - 1] == UInt8(ascii: " ") { count -= 1 }
  }

  /// Appends a line break.
  package func newline() {
    append(byte: UInt8(ascii: "\n"))
  }

  /// Appends `text` wrapped at spaces to `width` columns: the first line continues the
  /// current one (which is `column` wide already), later lines start with `indent` spaces.
  ///
  /// A word longer than the room stays whole. Columns count UTF-8 lead bytes, which is
  /// right for the Latin text of the catalog.
  ///
  /// - Parameter continuing: Whether the current line already holds text that `text`
  ///   follows: the first word then gets a space before it, or moves to the next line if
  ///   it does not fit.
  /// - Returns: The column the text ends in.
  @discardableResult
  package func appendWrapped(_ text: String, column: Int, indent: Int, width: Int, continuing: Bool = false) -> Int {
    var text = text
    return text.withUTF8 {
      appendWrapped(bytes: $0, column: column, indent: indent, width: width, continuing: continuing)
    }
  }

  /// Appends another buffer's text wrapped, as ``appendWrapped(_:column:indent:width:continuing:)``.
  @discardableResult
  package func appendWrapped(
    _ other: TextBuffer, column: Int, indent: Int, width: Int, continuing: Bool = false
  ) -> Int {
    appendWrapped(bytes: other.bytes, column: column, indent: indent, width: width, continuing: continuing)
  }

  /// Appends UTF-8 bytes wrapped, as ``appendWrapped(_:column:indent:width:continuing:)``.
  @discardableResult
  package func appendWrapped(
    bytes source: UnsafeBufferPointer<UInt8>, column: Int, indent: Int, width: Int, continuing: Bool = false
  ) -> Int {
    do {
      let count = source.count
      var used = column
      // The part of the current line not yet copied: source[pending..<pendingEnd].
      var pending = -1
      var pendingEnd = 0
      var index = 0
      var isContinuing = continuing
      while index < count {
        while index < count && source[index] == UInt8(ascii: " ") { index += 1 }
        guard index < count else { break }
        var end = index
        var wordWidth = 0
        while end < count {
          let byte = source[end]
          if byte == UInt8(ascii: " ") { break }
          // Count every byte but UTF-8 continuation bytes (10xxxxxx), without a branch.
          wordWidth &+= Int(truncatingIfNeeded: (byte >> 6 != 2) ? 1 as UInt8 : 0)
          end &+= 1
        }
        if isContinuing {
          isContinuing = false
          if used + 1 + wordWidth > width {
            newline()
            appendSpaces(indent)
            used = indent
          } else {
            append(byte: UInt8(ascii: " "))
            used += 1
          }
        }
        let gap = pending >= 0 ? index - pendingEnd : 0
        if pending >= 0 && used + gap + wordWidth > width {
          append(UnsafeBufferPointer(rebasing: source[pending..<pendingEnd]))
          newline()
          appendSpaces(indent)
          used = indent
          pending = -1
        }
        if pending < 0 {
          pending = index
        } else {
          used += gap
        }
        pendingEnd = end
        used += wordWidth
        index = end
      }
      if pending >= 0 { append(UnsafeBufferPointer(rebasing: source[pending..<pendingEnd])) }
      return used
    }
  }
}
