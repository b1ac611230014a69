/// Finds Extension Mobility outcomes in a stream of bytes: EM API responses, phone display
/// texts and the code-less phone messages.
///
/// The scanner is not an XML parser. It reads the input in fixed-size chunks and looks at
/// each byte once, sixteen at a time; only a few (see ``CandidateFinder``) make it look
/// closer, and then never more than ``lookahead`` bytes ahead or ``lookback`` bytes back.
/// It does not expand entities, read a DTD or recurse, so memory stays flat and time stays
/// linear however long or deeply nested the input is; bytes it does not understand are skipped.
public enum ExplainScanner {
  /// How far past a trigger byte the scanner may look.
  static let lookahead = 1024
  /// How far before a trigger byte the scanner may look, for the lead of a phone text.
  static let lookback = 192
  /// How many bytes one read asks for, unless a caller says otherwise.
  public static let chunkSize = 1 << 18
  /// The longest error text kept, in bytes.
  static let messageLimit = 300

  /// Scans a whole input and returns what it found.
  ///
  /// UTF-16 input (with a byte order mark, or recognisable from its first bytes) is read as
  /// UTF-16; anything else is read as bytes, which suits UTF-8, Latin-1 and binary alike.
  ///
  /// - Parameter chunkSize: How many bytes one read asks for; tests make it small to cross
  ///   many chunk boundaries.
  public static func scan<Reader: ByteReader>(
    _ reader: inout Reader, chunkSize: Int = ExplainScanner.chunkSize
  ) throws(Reader.Failure) -> ExplainReport {
    var report = ExplainReport()
    let head = UnsafeMutableRawBufferPointer.allocate(
      byteCount: UTF16Reader<Reader>.evidenceLength, alignment: 1)
    defer { head.deallocate() }
    var headCount = 0
    // Read enough of the head to tell the encoding, if there is that much.
    while headCount < head.count {
      let count = try reader.read(into: UnsafeMutableRawBufferPointer(rebasing: head[headCount...]))
      if count == 0 { break }
      headCount += count
    }
    let prefix = Array(head[..<headCount])
    if let byteOrder = UTF16Reader<Reader>.byteOrder(of: prefix) {
      var decoder = UTF16Reader(base: reader, prefix: prefix, byteOrder: byteOrder)
      try scanBytes(&decoder, into: &report, chunkSize: chunkSize)
    } else {
      var prefixed = PrefixedReader(base: reader, prefix: prefix)
      try scanBytes(&prefixed, into: &report, chunkSize: chunkSize)
    }
    return report
  }

  /// The first outcomes in a small piece of text, such as a command-line argument: at most
  /// ``ExplainReport/itemizedLimit`` + 1.
  public static func firstOutcomes(in bytes: [UInt8]) -> [ExplainOutcome] {
    var reader = MemoryReader(bytes)
    var report = ExplainReport()
    scanBytes(&reader, into: &report)
    return report.firstOutcomes
  }

  /// The scan loop over raw bytes.
  static func scanBytes<Reader: ByteReader>(
    _ reader: inout Reader, into report: inout ExplainReport, chunkSize: Int = ExplainScanner.chunkSize
  ) throws(Reader.Failure) {
    let capacity = max(chunkSize, 64) + lookahead + lookback
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
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
        scanRegion(view, limit: limit, state: &state, report: &report)
      }
      if atEnd { break }
      // Keep the look-back window and the unscanned rest; move them to the front.
      let discard = max(0, state.position - lookback)
      if discard > 0 {
        buffer.update(from: buffer + discard, count: count - discard)
        count -= discard
        state.position -= discard
        state.lineStart -= discard
        state.skipUntil -= discard
      }
    }
    let endsWithNewline = count > 0 && buffer[count - 1] == UInt8(ascii: "\n")
    report.lines = sawData ? state.line - (endsWithNewline ? 1 : 0) : 0
  }

  /// What a handler recognised, before any text is made of it: the report turns it into an
  /// ``ExplainOutcome`` only when it keeps one, so a log of millions of lines costs no
  /// allocation per outcome.
  struct Sighting {
    var kind: ExplainOutcome.Kind
    var number: Int? = nil
    var hasUnreadableNumber = false
    var itemSet = ItemSet.empty
    /// The recognised text in the buffer.
    var fragment: Range<Int>
    /// The error text in the buffer, if any, and whether it was cut at ``messageLimit``.
    var message: Range<Int>? = nil
    var isMessageCut = false
    /// For an error message: its text and meaning, made at once because they decide its group.
    var messageText: String? = nil
    var namedItems: [CatalogItem]? = nil
    /// For a query result: the result element's name.
    var detail = ""
    /// The byte after the recognised text.
    var end: Int
  }

  /// Where the scan is.
  struct State {
    /// The candidate finder, made once per scan.
    let finder = CandidateFinder()
    var position = 0
    var line = 1
    var lineStart = 0
    /// The end of the last thing recognised; candidates before it are inside it.
    var skipUntil = 0
  }

  /// Scans `buffer[state.position..<limit]`; handlers may look up to the buffer's end.
  ///
  /// The ``CandidateFinder`` passes over sixteen bytes at a time and names the few worth a
  /// closer look; the last bytes of the input, where a block would read past the end, are
  /// tested one by one with the same rule.
  static func scanRegion(
    _ buffer: UnsafeBufferPointer<UInt8>, limit: Int, state: inout State, report: inout ExplainReport
  ) {
    guard let base = buffer.baseAddress else { return }
    let finder = state.finder
    var position = state.position
    // Whole blocks only, and never past the limit, so a block never reads past the data.
    let blockLimit = min(limit, buffer.count - CandidateFinder.overread) - 15
    while position < blockLimit {
      var bits = finder.mask(base + position)
      while bits != 0 {
        let index = position + bits.trailingZeroBitCount
        bits &= bits - 1
        inspect(buffer, at: index, state: &state, report: &report)
      }
      position += 16
    }
    while position < limit {
      if finder.isCandidate(base + position, available: buffer.count - position) {
        inspect(buffer, at: position, state: &state, report: &report)
      }
      position += 1
    }
    state.position = position
  }

  /// Looks closely at a candidate byte: counts a line, or records what starts there.
  @inline(__always)
  private static func inspect(
    _ buffer: UnsafeBufferPointer<UInt8>, at index: Int, state: inout State, report: inout ExplainReport
  ) {
    let byte = buffer[index]
    if byte == UInt8(ascii: "\n") {
      state.line += 1
      state.lineStart = index + 1
      return
    }
    // Inside something already recognised (an error text, say): nothing new starts here.
    guard index >= state.skipUntil else { return }
    let sighting: Sighting?
    switch byte {
    case UInt8(ascii: "<"): sighting = tag(buffer, at: index)
    case UInt8(ascii: "("), UInt8(ascii: "["): sighting = enclosedNumber(buffer, at: index, lineStart: state.lineStart)
    case UInt8(ascii: "r"), UInt8(ascii: "R"):
      // The "rro" of "error", whose "e" must start a word ("Terror 25" is no phone text).
      let isWordStart = index < 2 || !ASCII.isLetter(buffer[index - 2])
      sighting =
        index > 0 && buffer[index - 1] | 0x20 == UInt8(ascii: "e") && isWordStart
        ? errorWord(buffer, at: index - 1, lineStart: state.lineStart) : nil
    default: sighting = literalMessage(buffer, at: index)
    }
    guard let sighting else { return }
    // An outcome on an earlier line than the candidate (a display's lead) still counts there.
    report.record(sighting, line: state.line, in: buffer)
    state.skipUntil = sighting.end
  }

  // MARK: - EM API responses

  /// An EM API response element at a `<`.
  static func tag(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Sighting? {
    let upper = min(buffer.count, start + lookahead)
    let nameStart = start + 1
    guard nameStart < upper else { return nil }
    // The first letter picks the few names worth comparing.
    switch buffer[nameStart] {
    case UInt8(ascii: "e"):
      if let end = nameEnd(buffer, "error", from: nameStart, upper: upper) {
        return errorElement(buffer, start: start, attributesFrom: end, upper: upper)
      }
      if let end = nameEnd(buffer, "errorMessage", from: nameStart, upper: upper) {
        return errorMessageElement(buffer, start: start, from: end, upper: upper)
      }
    case UInt8(ascii: "s"):
      if let end = nameEnd(buffer, "success", from: nameStart, upper: upper) {
        let close = closingBracket(buffer, from: end, upper: upper) ?? end
        return Sighting(kind: .success, fragment: start..<close, end: close)
      }
    default:
      for name in queryResults {
        if let end = nameEnd(buffer, name, from: nameStart, upper: upper) {
          let close = closingBracket(buffer, from: end, upper: upper) ?? end
          return Sighting(kind: .query, fragment: start..<close, detail: name.description, end: close)
        }
      }
    }
    return nil
  }

  /// The result elements of successful queries.
  private static let queryResults: [StaticString] = [
    "deviceUserResults", "userDevicesResults", "deviceProfileResults", "checkUserResults",
  ]

  /// The end of an element name, if `name` stands at `from` and is followed by a space, `>` or `/`.
  private static func nameEnd(_ buffer: UnsafeBufferPointer<UInt8>, _ name: StaticString, from: Int, upper: Int) -> Int?
  {
    let end = from + name.utf8CodeUnitCount
    guard end < upper else { return nil }
    let matches = name.withUTF8Buffer { name -> Bool in
      for index in 0..<name.count where buffer[from + index] != name[index] { return false }
      return true
    }
    guard matches else { return nil }
    let next = buffer[end]
    guard ASCII.isSpace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") else { return nil }
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
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, attributesFrom: Int, upper: Int
  ) -> Sighting? {
    var index = attributesFrom
    var number: Int?
    var sawCode = false
    var unreadable = false
    var tagEnd: Int?
    attributes: while index < upper {
      let byte = buffer[index]
      if ASCII.isSpace(byte) { index += 1; continue }
      if byte == UInt8(ascii: ">") { tagEnd = index + 1; break }
      if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<") { break }
      // An attribute: name, '=', quoted value.
      let nameStart = index
      while index < upper, isNameByte(buffer[index]) { index += 1 }
      let attributeName = nameStart..<index
      if attributeName.isEmpty { break }
      while index < upper, ASCII.isSpace(buffer[index]) { index += 1 }
      guard index < upper, buffer[index] == UInt8(ascii: "=") else { continue attributes }
      index += 1
      while index < upper, ASCII.isSpace(buffer[index]) { index += 1 }
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
    guard sawCode || tagEnd != nil else { return nil }
    var sighting = Sighting(
      kind: .apiError, number: number, hasUnreadableNumber: unreadable,
      itemSet: number.map(ItemSet.code) ?? .empty, fragment: start..<(tagEnd ?? index), end: tagEnd ?? index)
    if let tagEnd {
      let content = elementText(buffer, from: tagEnd, closingTag: "/error", upper: upper)
      sighting.message = content.text
      sighting.isMessageCut = content.isCut
      sighting.end = content.end
      sighting.fragment = start..<content.end
    }
    return sighting
  }

  /// The text of an element from `from` (after its start tag) to the next `<`, at most
  /// ``messageLimit`` bytes, and the position after its closing tag if that follows.
  private static func elementText(
    _ buffer: UnsafeBufferPointer<UInt8>, from: Int, closingTag: StaticString, upper: Int
  ) -> (text: Range<Int>, isCut: Bool, end: Int) {
    let textUpper = min(upper, from + messageLimit)
    var textEnd = from
    while textEnd < textUpper, buffer[textEnd] != UInt8(ascii: "<") { textEnd += 1 }
    var end = textEnd
    if let close = nameEnd(buffer, closingTag, from: textEnd + 1, upper: upper), buffer[close] == UInt8(ascii: ">") {
      end = close + 1
    }
    return (from..<textEnd, textEnd == textUpper && textEnd < buffer.count, end)
  }

  /// The value of a `code` attribute: a decimal number, optionally with spaces around it.
  private static func codeValue(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, terminated: Bool) -> (
    Int?, Bool
  ) {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, ASCII.isSpace(buffer[lower]) { lower += 1 }
    while upper > lower, ASCII.isSpace(buffer[upper - 1]) { upper -= 1 }
    let digits = UnsafeBufferPointer(rebasing: buffer[lower..<upper])
    guard terminated, !digits.isEmpty, digits.allSatisfy(ASCII.isDigit), let value = ASCII.decimalValue(digits) else {
      return (nil, true)
    }
    return (value, false)
  }

  /// `<errorMessage>text</errorMessage>`: a query failure without a code.
  private static func errorMessageElement(
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, from: Int, upper: Int
  ) -> Sighting? {
    guard let tagEnd = closingBracket(buffer, from: from, upper: upper) else { return nil }
    let content = elementText(buffer, from: tagEnd, closingTag: "/errorMessage", upper: upper)
    let message = text(buffer, content.text, cut: content.isCut)
    let items = itemsNamed(in: message)
    return Sighting(
      kind: .errorMessage, itemSet: items.reduce(ItemSet.empty) { $0.union(.item($1)) }, fragment: start..<content.end,
      message: content.text, isMessageCut: content.isCut, messageText: message, namedItems: items, end: content.end)
  }

  /// The entries whose name occurs in an error text; the longest names win.
  static func itemsNamed(in message: String) -> [CatalogItem] {
    let letters = Suggestions.letters(message)
    guard !letters.isEmpty else { return [] }
    var best: [CatalogItem] = []
    var bestLength = 0
    for (name, entry) in foldedNames where name.count >= bestLength && contains(letters, name) {
      if name.count > bestLength {
        best = []
        bestLength = name.count
      }
      if !best.contains(where: { $0.code == entry.code }) { best.append(.entry(entry)) }
    }
    return best
  }

  /// Every name of every entry that is long enough to stand for it in a sentence (ten letters
  /// or more), folded to letters and digits once.
  private static let foldedNames: [([UInt8], ErrorEntry)] = ErrorCatalog.entries.flatMap { entry in
    entry.allNames.map { (Suggestions.letters($0), entry) }.filter { $0.0.count >= 10 }
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    haystack.withUnsafeBufferPointer { ByteSearch.contains($0, needle) }
  }

  // MARK: - Phone texts

  /// A number in `(…)` or `[…]` at an opening bracket: `Login is unavailable(23)`, `[208]-…`.
  static func enclosedNumber(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, lineStart: Int) -> Sighting? {
    var digitsStart = start + 1
    let upper = min(buffer.count, start + lookahead)
    while digitsStart < upper, buffer[digitsStart] == UInt8(ascii: " ") { digitsStart += 1 }
    return display(buffer, digitsFrom: digitsStart, anchor: start, lineStart: lineStart)
  }

  /// `Error N Text` at the `e` of "error".
  static func errorWord(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, lineStart: Int) -> Sighting? {
    let upper = min(buffer.count, start + lookahead)
    guard start + 6 < upper,
      buffer[start + 1] | 0x20 == UInt8(ascii: "r"), buffer[start + 2] | 0x20 == UInt8(ascii: "r"),
      buffer[start + 3] | 0x20 == UInt8(ascii: "o"), buffer[start + 4] | 0x20 == UInt8(ascii: "r"),
      buffer[start + 5] == UInt8(ascii: " ")
    else { return nil }
    var digitsStart = start + 5
    while digitsStart < upper, buffer[digitsStart] == UInt8(ascii: " ") { digitsStart += 1 }
    return display(buffer, digitsFrom: digitsStart, anchor: start, lineStart: lineStart)
  }

  private static func display(
    _ buffer: UnsafeBufferPointer<UInt8>, digitsFrom digitsStart: Int, anchor: Int, lineStart: Int
  ) -> Sighting? {
    let upper = min(buffer.count, anchor + lookahead)
    var digitsEnd = digitsStart
    while digitsEnd < upper, ASCII.isDigit(buffer[digitsEnd]) { digitsEnd += 1 }
    guard digitsEnd > digitsStart, digitsEnd - digitsStart <= 12 else { return nil }
    let lower = max(0, lineStart, anchor - lookback)
    guard let match = PhoneDisplay.match(buffer, digits: digitsStart..<digitsEnd, lower: lower, upper: upper)
    else { return nil }
    return Sighting(
      kind: .phoneDisplay, number: match.number, itemSet: match.itemSet, fragment: match.start..<match.end,
      end: max(match.end, anchor + 1))
  }

  /// A code-less phone message spelled out, such as "Host not found", found at the first three
  /// letters of its last word (the ``CandidateFinder`` looks for those: "fou", "una").
  ///
  /// Not when a number follows, after spaces or a bracket: "Login is unavailable(23)" is code 23,
  /// which the bracket's own candidate finds, not the message "Login is unavailable".
  static func literalMessage(_ buffer: UnsafeBufferPointer<UInt8>, at trigger: Int) -> Sighting? {
    for literal in literalMessages {
      let start = trigger - literal.triggerOffset
      let end = start + literal.text.count
      guard start >= 0, end <= buffer.count else { continue }
      var matches = true
      for offset in 0..<literal.text.count where buffer[start + offset] | 0x20 != literal.text[offset] {
        matches = false
        break
      }
      guard matches else { continue }
      if start > 0, ASCII.isLetter(buffer[start - 1]) { continue }
      if end < buffer.count, ASCII.isLetter(buffer[end]) { continue }
      var after = end
      while after < buffer.count && buffer[after] == UInt8(ascii: " ") { after += 1 }
      if after < buffer.count
        && (ASCII.isDigit(buffer[after]) || buffer[after] == UInt8(ascii: "(") || buffer[after] == UInt8(ascii: "["))
      {
        continue
      }
      return Sighting(
        kind: .phoneDisplay, itemSet: .item(.message(literal.message)), fragment: start..<end, end: end)
    }
    return nil
  }

  /// A phone message without a number, as the scanner looks for it.
  struct LiteralMessage {
    /// The text, lowercased.
    let text: [UInt8]
    /// Where in the text the three letters start that the candidate finder looks for.
    let triggerOffset: Int
    /// What the text means.
    let message: PhoneMessage
  }

  /// The catalog's phone messages without a number, each with the first three letters of its last
  /// word as its trigger: rare in logs, unlike "log" of "Login", which every EM log repeats.
  static let literalMessages: [LiteralMessage] = {
    var found: [LiteralMessage] = []
    for message in ErrorCatalog.messages {
      for display in message.phoneDisplays where !display.utf8.contains(where: ASCII.isDigit) {
        let lower = display.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        guard !found.contains(where: { $0.text == lower }) else { continue }
        let lastWord = (lower.lastIndex(of: UInt8(ascii: " ")).map { $0 + 1 }) ?? 0
        guard lower.count - lastWord >= 3 else { continue }
        found.append(LiteralMessage(text: lower, triggerOffset: lastWord, message: message))
      }
    }
    return found
  }()

  /// The triggers of the code-less messages, each once: what the ``CandidateFinder`` looks for.
  static let literalPrefixes: [[UInt8]] = {
    var prefixes: [[UInt8]] = []
    for literal in literalMessages {
      let prefix = Array(literal.text[literal.triggerOffset..<(literal.triggerOffset + 3)])
      if !prefixes.contains(prefix) { prefixes.append(prefix) }
    }
    return prefixes
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

  private static func isNameByte(_ byte: UInt8) -> Bool {
    ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
  }

}
