/// Finds Extension Mobility outcomes in a stream of bytes: EM API responses, phone display
/// texts and the code-less phone messages.
///
/// The scanner is not an XML parser. It reads the input in fixed-size chunks and looks at
/// each byte once; only a few bytes (`<`, `(`, `[`, `e`, `h` and the newline) make it look
/// closer, and then never more than ``lookahead`` bytes ahead or ``lookback`` bytes back.
/// It does not expand entities, read a DTD or recurse, so memory stays flat and time stays
/// linear however long or deeply nested the input is; bytes it does not understand are skipped.
public enum ExplainScanner {
  /// How far past a trigger byte the scanner may look.
  static let lookahead = 1024
  /// How far before a trigger byte the scanner may look, for the lead of a phone text.
  static let lookback = 192
  /// How many bytes one read asks for.
  static let chunkSize = 1 << 18
  /// The longest error text kept, in bytes.
  static let messageLimit = 300

  /// Scans a whole input and returns what it found.
  ///
  /// UTF-16 input (with a byte order mark, or recognisable from its first bytes) is read as
  /// UTF-16; anything else is read as bytes, which suits UTF-8, Latin-1 and binary alike.
  public static func scan<Reader: ByteReader>(_ reader: inout Reader) throws(InputError) -> ExplainReport {
    var report = ExplainReport()
    let head = UnsafeMutableRawBufferPointer.allocate(byteCount: 4, alignment: 1)
    defer { head.deallocate() }
    var headCount = 0
    // Read at least two bytes, if there are any, to tell the encoding.
    while headCount < 2 {
      let count = try reader.read(into: UnsafeMutableRawBufferPointer(rebasing: head[headCount...]))
      if count == 0 { break }
      headCount += count
    }
    let prefix = Array(head[..<headCount])
    if let byteOrder = UTF16Reader<Reader>.byteOrder(of: prefix) {
      var decoder = UTF16Reader(base: reader, prefix: prefix, byteOrder: byteOrder)
      try scanBytes(&decoder, into: &report)
    } else {
      var prefixed = PrefixedReader(base: reader, prefix: prefix)
      try scanBytes(&prefixed, into: &report)
    }
    return report
  }

  /// Every outcome in a small piece of text, such as a command-line argument.
  public static func outcomes(in bytes: [UInt8]) -> [ExplainOutcome] {
    var reader = MemoryReader(bytes)
    var report = ExplainReport()
    try? scanBytes(&reader, into: &report)
    return report.firstOutcomes
  }

  /// The scan loop over raw bytes.
  static func scanBytes<Reader: ByteReader>(_ reader: inout Reader, into report: inout ExplainReport)
    throws(InputError)
  {
    let capacity = chunkSize + lookahead + lookback
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    let triggers = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    defer { triggers.deallocate() }
    triggers.initialize(repeating: 0, count: 256)
    for byte in "\n<([eE".utf8 { triggers[Int(byte)] = 1 }
    for (text, _) in literalMessages {
      if let first = text.first {
        triggers[Int(first)] = 1
        triggers[Int(first & ~0x20)] = 1
      }
    }

    var state = State()
    var count = 0
    var atEnd = false
    var sawData = false
    while true {
      if !atEnd {
        let read = try reader.read(into: UnsafeMutableRawBufferPointer(start: buffer + count, count: capacity - count))
        if read == 0 { atEnd = true } else { count += read; sawData = true }
        // Keep reading until a full window is available, so that matches never straddle a refill.
        if !atEnd && count - state.position < lookahead + 1 && count < capacity { continue }
      }
      let view = UnsafeBufferPointer(start: buffer, count: count)
      let limit = atEnd ? count : count - lookahead
      if limit > state.position {
        scanRegion(view, limit: limit, triggers: triggers, state: &state, report: &report)
      }
      if atEnd { break }
      // Keep the look-back window and the unscanned rest; move them to the front.
      let keep = max(0, state.position - lookback)
      if keep > 0 {
        (buffer).update(from: buffer + keep, count: count - keep)
        count -= keep
        state.position -= keep
        state.lineStart -= keep
      }
    }
    let endsWithNewline = count > 0 && buffer[count - 1] == UInt8(ascii: "\n")
    report.lines = sawData ? state.line - (endsWithNewline ? 1 : 0) : 0
  }

  /// Where the scan is.
  struct State {
    var position = 0
    var line = 1
    var lineStart = 0
  }

  /// Scans `buffer[state.position..<limit]`; handlers may look up to the buffer's end.
  static func scanRegion(
    _ buffer: UnsafeBufferPointer<UInt8>, limit: Int, triggers: UnsafePointer<UInt8>,
    state: inout State, report: inout ExplainReport
  ) {
    guard let base = buffer.baseAddress else { return }
    var position = state.position
    while position < limit {
      let byte = base[position]
      if triggers[Int(byte)] == 0 {
        position &+= 1
        continue
      }
      if byte == UInt8(ascii: "\n") {
        state.line += 1
        state.lineStart = position + 1
        position &+= 1
        continue
      }
      // A cheap look at the next byte rules out almost every trigger.
      let next = position + 1 < buffer.count ? base[position + 1] : 0
      switch byte {
      case UInt8(ascii: "<"): if !tagStarts[Int(next)] { position &+= 1; continue }
      case UInt8(ascii: "("), UInt8(ascii: "["):
        if !PhoneDisplay.isDigit(next) && next != UInt8(ascii: " ") { position &+= 1; continue }
      case UInt8(ascii: "e"), UInt8(ascii: "E"): if next | 0x20 != UInt8(ascii: "r") { position &+= 1; continue }
      default: if !literalSeconds[Int(next | 0x20)] { position &+= 1; continue }
      }
      var outcome: ExplainOutcome?
      var end = position + 1
      switch byte {
      case UInt8(ascii: "<"):
        (outcome, end) = tag(buffer, at: position, line: state.line)
      case UInt8(ascii: "("), UInt8(ascii: "["):
        (outcome, end) = enclosedNumber(buffer, at: position, lineStart: state.lineStart, line: state.line)
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        (outcome, end) = errorWord(buffer, at: position, lineStart: state.lineStart, line: state.line)
      default:
        (outcome, end) = literalMessage(buffer, at: position, line: state.line)
      }
      if let outcome {
        report.record(outcome)
        // Skip what was recognised, counting the lines it spans.
        var index = position + 1
        while index < end {
          if base[index] == UInt8(ascii: "\n") {
            state.line += 1
            state.lineStart = index + 1
          }
          index += 1
        }
        position = max(end, position + 1)
      } else {
        position &+= 1
      }
    }
    state.position = position
  }

  /// The first letters of the element names the scanner knows, for a quick look after `<`.
  private static let tagStarts: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for name in ["error", "errorMessage", "success"] + queryResults.map({ String(decoding: $0, as: UTF8.self) }) {
      table[Int(name.utf8.first ?? 0)] = true
    }
    return table
  }()

  /// The second letters of the code-less phone messages, lowercased, for a quick look.
  private static let literalSeconds: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for (text, _) in literalMessages where text.count > 1 { table[Int(text[1])] = true }
    return table
  }()

  // MARK: - EM API responses

  private static let queryResults = [
    "deviceUserResults", "userDevicesResults", "deviceProfileResults", "checkUserResults",
  ]
  .map { Array($0.utf8) }

  /// An EM API response element at a `<`.
  static func tag(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, line: Int) -> (ExplainOutcome?, Int) {
    let upper = min(buffer.count, start + lookahead)
    let nameStart = start + 1
    if let end = nameEnd(buffer, "error", from: nameStart, upper: upper) {
      return errorElement(buffer, start: start, attributesFrom: end, upper: upper, line: line)
    }
    if let end = nameEnd(buffer, "errorMessage", from: nameStart, upper: upper) {
      return errorMessageElement(buffer, start: start, from: end, upper: upper, line: line)
    }
    if let end = nameEnd(buffer, "success", from: nameStart, upper: upper) {
      let close = closingBracket(buffer, from: end, upper: upper) ?? end
      let fragment = text(buffer, start..<close)
      return (
        ExplainOutcome(
          kind: .success, line: line, number: nil, hasUnreadableNumber: false, fragment: fragment, message: "",
          items: [], detail: ""), close
      )
    }
    for name in queryResults {
      if let end = nameEnd(buffer, name, from: nameStart, upper: upper) {
        let close = closingBracket(buffer, from: end, upper: upper) ?? end
        return (
          ExplainOutcome(
            kind: .query, line: line, number: nil, hasUnreadableNumber: false, fragment: text(buffer, start..<close),
            message: "", items: [], detail: String(decoding: name, as: UTF8.self)), close
        )
      }
    }
    return (nil, start + 1)
  }

  /// The end of an element name, if `name` stands at `from` and ends there.
  private static func nameEnd(_ buffer: UnsafeBufferPointer<UInt8>, _ name: StaticString, from: Int, upper: Int) -> Int?
  {
    name.withUTF8Buffer { name in nameEnd(buffer, Array(name), from: from, upper: upper) }
  }

  private static func nameEnd(_ buffer: UnsafeBufferPointer<UInt8>, _ name: [UInt8], from: Int, upper: Int) -> Int? {
    let end = from + name.count
    guard end < upper else { return nil }
    for index in 0..<name.count where buffer[from + index] != name[index] { return nil }
    let next = buffer[end]
    guard isSpace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") else { return nil }
    return end
  }

  /// The position after the next `>`, if it comes before `upper`.
  private static func closingBracket(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, upper: Int) -> Int? {
    var index = from
    while index < upper {
      if buffer[index] == UInt8(ascii: ">") { return index + 1 }
      if buffer[index] == UInt8(ascii: "<") { return nil }
      index += 1
    }
    return nil
  }

  /// `<error code="N">text</error>`, with any spacing, either quote, and other attributes.
  private static func errorElement(
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, attributesFrom: Int, upper: Int, line: Int
  ) -> (ExplainOutcome?, Int) {
    var index = attributesFrom
    var number: Int?
    var sawCode = false
    var unreadable = false
    var tagEnd: Int?
    attributes: while index < upper {
      let byte = buffer[index]
      if isSpace(byte) { index += 1; continue }
      if byte == UInt8(ascii: ">") { tagEnd = index + 1; break }
      if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<") { break }
      // An attribute: name, '=', quoted value.
      let nameStart = index
      while index < upper, isNameByte(buffer[index]) { index += 1 }
      let attributeName = nameStart..<index
      if attributeName.isEmpty { break }
      while index < upper, isSpace(buffer[index]) { index += 1 }
      guard index < upper, buffer[index] == UInt8(ascii: "=") else { continue attributes }
      index += 1
      while index < upper, isSpace(buffer[index]) { index += 1 }
      guard index < upper, buffer[index] == UInt8(ascii: "\"") || buffer[index] == UInt8(ascii: "'") else { break }
      let quote = buffer[index]
      index += 1
      let valueStart = index
      while index < upper, buffer[index] != quote, buffer[index] != UInt8(ascii: "<") { index += 1 }
      let isCode = equals(buffer, attributeName, "code")
      if isCode {
        sawCode = true
        (number, unreadable) = codeValue(
          buffer, valueStart..<index, terminated: index < upper && buffer[index] == quote)
      }
      if index < upper, buffer[index] == quote { index += 1 } else { break }
    }
    guard sawCode || tagEnd != nil else { return (nil, start + 1) }
    var end = tagEnd ?? index
    var message = ""
    if let tagEnd {
      let textUpper = min(upper, tagEnd + messageLimit)
      var textEnd = tagEnd
      while textEnd < textUpper, buffer[textEnd] != UInt8(ascii: "<") { textEnd += 1 }
      message = text(buffer, tagEnd..<textEnd, cut: textEnd == textUpper && textEnd < buffer.count)
      end = textEnd
      if let close = nameEnd(buffer, "/error", from: textEnd + 1, upper: upper), buffer[close] == UInt8(ascii: ">") {
        end = close + 1
      }
    }
    let items = number.flatMap(ErrorCatalog.entry(code:)).map { [CatalogItem.entry($0)] } ?? []
    let outcome = ExplainOutcome(
      kind: .apiError, line: line, number: number, hasUnreadableNumber: unreadable || (tagEnd != nil && !sawCode),
      fragment: text(buffer, start..<end), message: message, items: items, detail: "")
    return (outcome, end)
  }

  /// The value of a `code` attribute: a decimal number, optionally with spaces around it.
  private static func codeValue(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, terminated: Bool) -> (
    Int?, Bool
  ) {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isSpace(buffer[lower]) { lower += 1 }
    while upper > lower, isSpace(buffer[upper - 1]) { upper -= 1 }
    guard terminated, lower < upper, (lower..<upper).allSatisfy({ PhoneDisplay.isDigit(buffer[$0]) }) else {
      return (nil, true)
    }
    guard let value = PhoneDisplay.parseNumber(buffer, lower..<upper) else { return (nil, true) }
    return (value, false)
  }

  /// `<errorMessage>text</errorMessage>`: a query failure without a code.
  private static func errorMessageElement(
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, from: Int, upper: Int, line: Int
  ) -> (ExplainOutcome?, Int) {
    guard let tagEnd = closingBracket(buffer, from: from, upper: upper) else { return (nil, start + 1) }
    let textUpper = min(upper, tagEnd + messageLimit)
    var textEnd = tagEnd
    while textEnd < textUpper, buffer[textEnd] != UInt8(ascii: "<") { textEnd += 1 }
    var end = textEnd
    if let close = nameEnd(buffer, "/errorMessage", from: textEnd + 1, upper: upper), buffer[close] == UInt8(ascii: ">")
    {
      end = close + 1
    }
    let message = text(buffer, tagEnd..<textEnd, cut: textEnd == textUpper && textEnd < buffer.count)
    let outcome = ExplainOutcome(
      kind: .errorMessage, line: line, number: nil, hasUnreadableNumber: false, fragment: text(buffer, start..<end),
      message: message, items: itemsNamed(in: message), detail: "")
    return (outcome, end)
  }

  /// The entries whose name occurs in an error text; the longest names win.
  static func itemsNamed(in message: String) -> [CatalogItem] {
    let letters = Suggestions.letters(message)
    guard !letters.isEmpty else { return [] }
    var best: [CatalogItem] = []
    var bestLength = 0
    for entry in ErrorCatalog.entries {
      for name in [entry.name] + entry.otherNames + [entry.legacyName].compactMap({ $0 }) {
        let nameLetters = Suggestions.letters(name)
        guard nameLetters.count >= 10, nameLetters.count >= bestLength, contains(letters, nameLetters) else { continue }
        if nameLetters.count > bestLength {
          best = []
          bestLength = nameLetters.count
        }
        if !best.contains(where: { $0.key == String(entry.code) }) { best.append(.entry(entry)) }
      }
    }
    return best
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    haystack.withUnsafeBufferPointer { ByteSearch.contains($0, needle) }
  }

  // MARK: - Phone texts

  /// A number in `(…)` or `[…]` at an opening bracket: `Login is unavailable(23)`, `[208]-…`.
  static func enclosedNumber(
    _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, lineStart: Int, line: Int
  ) -> (ExplainOutcome?, Int) {
    var digitsStart = start + 1
    let upper = min(buffer.count, start + lookahead)
    while digitsStart < upper, buffer[digitsStart] == UInt8(ascii: " ") { digitsStart += 1 }
    return display(buffer, digitsFrom: digitsStart, anchor: start, lineStart: lineStart, line: line)
  }

  /// `Error N Text` at the `e` of "error".
  static func errorWord(
    _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, lineStart: Int, line: Int
  ) -> (ExplainOutcome?, Int) {
    let upper = min(buffer.count, start + lookahead)
    guard start + 6 < upper else { return (nil, start + 1) }
    for (offset, letter) in "rror".utf8.enumerated() where buffer[start + 1 + offset] | 0x20 != letter {
      return (nil, start + 1)
    }
    var digitsStart = start + 5
    guard buffer[digitsStart] == UInt8(ascii: " ") else { return (nil, start + 1) }
    while digitsStart < upper, buffer[digitsStart] == UInt8(ascii: " ") { digitsStart += 1 }
    return display(buffer, digitsFrom: digitsStart, anchor: start, lineStart: lineStart, line: line)
  }

  private static func display(
    _ buffer: UnsafeBufferPointer<UInt8>, digitsFrom digitsStart: Int, anchor: Int, lineStart: Int, line: Int
  ) -> (ExplainOutcome?, Int) {
    let upper = min(buffer.count, anchor + lookahead)
    var digitsEnd = digitsStart
    while digitsEnd < upper, PhoneDisplay.isDigit(buffer[digitsEnd]) { digitsEnd += 1 }
    guard digitsEnd > digitsStart, digitsEnd - digitsStart <= 12 else { return (nil, anchor + 1) }
    let lower = max(0, lineStart, anchor - lookback)
    guard
      let match = PhoneDisplay.match(buffer, digits: digitsStart..<digitsEnd, lower: lower, upper: upper)
    else { return (nil, anchor + 1) }
    let outcome = ExplainOutcome(
      kind: .phoneDisplay, line: line, number: match.number, hasUnreadableNumber: false,
      fragment: text(buffer, match.start..<match.end), message: "", items: match.items, detail: "")
    return (outcome, max(match.end, anchor + 1))
  }

  /// A code-less phone message spelled out, such as "Host not found", at its first letter.
  static func literalMessage(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, line: Int) -> (ExplainOutcome?, Int) {
    for (text, message) in literalMessages {
      let end = start + text.count
      guard end <= buffer.count else { continue }
      var matches = true
      for offset in 0..<text.count where buffer[start + offset] | 0x20 != text[offset] {
        matches = false
        break
      }
      guard matches else { continue }
      if start > 0, isLetter(buffer[start - 1]) { continue }
      if end < buffer.count, isLetter(buffer[end]) { continue }
      let outcome = ExplainOutcome(
        kind: .phoneDisplay, line: line, number: nil, hasUnreadableNumber: false,
        fragment: self.text(buffer, start..<end), message: "", items: [.message(message)], detail: "")
      return (outcome, end)
    }
    return (nil, start + 1)
  }

  /// The catalog's phone messages without a number, lowercased, with the message they mean.
  static let literalMessages: [([UInt8], PhoneMessage)] = {
    var found: [([UInt8], PhoneMessage)] = []
    for message in ErrorCatalog.messages {
      for display in message.phoneDisplays where !display.utf8.contains(where: PhoneDisplay.isDigit) {
        let lower = display.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        if !found.contains(where: { $0.0 == lower }) { found.append((lower, message)) }
      }
    }
    return found
  }()

  // MARK: - Bytes

  /// Bytes as printable text on one line: invalid UTF-8 replaced, control characters and
  /// runs of white space shown as one space, trimmed, and cut at 200 characters.
  static func text(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cut: Bool = false) -> String {
    let clamped = max(0, range.lowerBound)..<min(buffer.count, max(range.lowerBound, range.upperBound))
    let raw = String(decoding: UnsafeBufferPointer(rebasing: buffer[clamped]), as: UTF8.self)
    var out = ""
    var pendingSpace = false
    var count = 0
    for scalar in raw.unicodeScalars {
      if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar == " " {
        pendingSpace = !out.isEmpty
        continue
      }
      if count >= 200 {
        out += "…"
        return out
      }
      if pendingSpace {
        out += " "
        pendingSpace = false
      }
      out.unicodeScalars.append(scalar)
      count += 1
    }
    return cut ? out + "…" : out
  }

  private static func equals(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ text: StaticString) -> Bool {
    text.withUTF8Buffer { text in
      range.count == text.count && zip(range, text).allSatisfy { buffer[$0.0] == $0.1 }
    }
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || PhoneDisplay.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }
}
