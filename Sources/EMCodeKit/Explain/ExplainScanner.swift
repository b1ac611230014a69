/// Finds Extension Mobility outcomes in a stream of bytes: EM API responses, phone display
/// texts and the code-less phone messages, and says for each when, in which request, on which
/// device and for which user it happened (see ``TraceContext``).
///
/// The scanner is not an XML parser. It reads the input in fixed-size chunks and looks at
/// each byte once, sixteen at a time; only a few (see ``CandidateFinder``) make it look
/// closer, and then never more than ``lookahead`` bytes ahead or ``lookback`` bytes back.
/// It does not expand entities beyond a window, read a DTD or recurse, so memory stays flat and
/// time stays linear however long or deeply nested the input is; bytes it does not understand
/// are skipped.
public enum ExplainScanner {
  /// How far past a trigger byte the scanner may look.
  static let lookahead = 1024
  /// How far before a trigger byte the scanner may look, for the lead of a phone text.
  static let lookback = 192
  /// How many bytes one read asks for, unless a caller says otherwise.
  public static let chunkSize = 1 << 18
  /// The longest error text kept, in bytes.
  static let messageLimit = 300
  /// The longest device or user name taken from a trace line, in bytes.
  static let nameLimit = 128

  /// Scans a whole input and returns what it found.
  ///
  /// UTF-16 input (with a byte order mark, or recognisable from its first bytes) is read as
  /// UTF-16; anything else is read as bytes, which suits UTF-8, Latin-1 and binary alike.
  ///
  /// - Parameters:
  ///   - input: The input's name, given to every outcome (a path, `-`).
  ///   - chunkSize: How many bytes one read asks for; tests make it small to cross many chunk
  ///     boundaries.
  ///   - recordFrom: Where in the input reporting begins, at the start of a line: the bytes before
  ///     it are read only to learn the requests under way (the part of a large file before its
  ///     share, when parts are read at once). Lines are counted from it.
  ///   - recordUntil: Where reporting ends, at the start of a line, if before the input's end: the
  ///     bytes after it are read only so that an answer that reaches past it reads as it would in
  ///     the whole file. An outcome belongs to the share it ends in.
  ///   - onOutcome: Called with every outcome as it is found, for a caller that streams them
  ///     (`--format jsonl`); the report still counts them all.
  public static func scan<Reader: ByteReader>(
    _ reader: inout Reader, input: String = "", chunkSize: Int = ExplainScanner.chunkSize, recordFrom: Int = 0,
    recordUntil: Int = .max, onOutcome: ((ExplainOutcome) -> Void)? = nil
  ) throws(Reader.Failure) -> ExplainReport {
    var report = ExplainReport(input: input)
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
    if recordFrom == 0, let byteOrder = UTF16Reader<Reader>.byteOrder(of: prefix) {
      var decoder = UTF16Reader(base: reader, prefix: prefix, byteOrder: byteOrder)
      try scanBytes(&decoder, into: &report, chunkSize: chunkSize, onOutcome: onOutcome)
    } else {
      var prefixed = PrefixedReader(base: reader, prefix: prefix)
      try scanBytes(
        &prefixed, into: &report, chunkSize: chunkSize, recordFrom: recordFrom, recordUntil: recordUntil,
        onOutcome: onOutcome)
    }
    return report
  }

  /// The first outcomes in a small piece of text, such as a command-line argument: at most
  /// ``ExplainReport/itemizedLimit`` + 1.
  ///
  /// The buffer is sized to the text, read at once, not to the default chunk (263 KiB); this saves
  /// memory rather than time (`emcode 'Login is unavailable(23)'`: 3.045 M -> 3.041 M instructions).
  public static func firstOutcomes(in bytes: [UInt8]) -> [ExplainOutcome] {
    var reader = MemoryReader(bytes)
    var report = ExplainReport()
    scanBytes(&reader, into: &report, chunkSize: max(1, bytes.count))
    return Array(report.firstOutcomes.prefix(ExplainReport.itemizedLimit + 1))
  }

  /// The scan loop over raw bytes.
  static func scanBytes<Reader: ByteReader>(
    _ reader: inout Reader, into report: inout ExplainReport, chunkSize: Int = ExplainScanner.chunkSize,
    recordFrom: Int = 0, recordUntil: Int = .max, onOutcome: ((ExplainOutcome) -> Void)? = nil
  ) throws(Reader.Failure) {
    let capacity = max(chunkSize, 64) + lookahead + lookback
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var state = State(onOutcome: onOutcome, recordFrom: recordFrom, recordUntil: recordUntil)
    defer { state.scratch.deallocate() }
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
      if !state.hasStarted && count > 0 {
        state.hasStarted = true
        state.position = state.context.lineStarts(at: 0, in: view)
      }
      let limit = atEnd ? count : count - lookahead
      if limit > state.position {
        scanRegion(view, limit: limit, state: &state, report: &report)
      }
      if atEnd { break }
      // Keep the look-back window and the unscanned rest; move them to the front.
      let discard = max(0, state.position - lookback)
      if discard > 0 {
        state.context.bufferWillDrop(discard, in: view)
        buffer.update(from: buffer + discard, count: count - discard)
        count -= discard
        state.dropped += discard
        state.position -= discard
        state.lineStart -= discard
        state.previousLineStart -= discard
        state.skipUntil -= discard
      }
    }
    let endsWithNewline = count > 0 && buffer[count - 1] == UInt8(ascii: "\n")
    let lines = sawData ? (state.lastLine ?? state.line - (endsWithNewline ? 1 : 0) + 1) - 1 : 0
    report.setLines(state.recordFrom > state.dropped + count ? 0 : max(0, lines - (state.firstLine - 1)))
  }

  /// What a handler recognised, before any text is made of it: the report turns it into an
  /// ``ExplainOutcome`` only when it keeps one, so a log of millions of lines costs no
  /// allocation per outcome.
  struct Sighting {
    var kind: ExplainOutcome.Kind
    var number: Int?
    var hasUnreadableNumber: Bool
    var itemSet: ItemSet
    /// The recognised text in the buffer.
    var fragment: Range<Int>
    /// The error text in the buffer, if any, and whether it was cut at ``messageLimit``.
    var message: Range<Int>?
    var isMessageCut: Bool
    /// The byte after the recognised text.
    var end: Int
    /// What few sightings have, kept apart so that the many others stay small: they are copied
    /// on their way to the report, and copying a large value cost an outcome 350 instructions.
    private var extras: Extras?

    /// The rarer parts of a sighting.
    final class Extras {
      let messageText: String?
      let namedItems: [CatalogItem]?
      let detail: String
      let device: String?
      let user: String?

      init(messageText: String?, namedItems: [CatalogItem]?, detail: String, device: String?, user: String?) {
        self.messageText = messageText
        self.namedItems = namedItems
        self.detail = detail
        self.device = device
        self.user = user
      }
    }

    init(
      kind: ExplainOutcome.Kind, number: Int? = nil, hasUnreadableNumber: Bool = false, itemSet: ItemSet = .empty,
      fragment: Range<Int>, message: Range<Int>? = nil, isMessageCut: Bool = false, messageText: String? = nil,
      namedItems: [CatalogItem]? = nil, detail: String = "", device: String? = nil, user: String? = nil, end: Int
    ) {
      self.kind = kind
      self.number = number
      self.hasUnreadableNumber = hasUnreadableNumber
      self.itemSet = itemSet
      self.fragment = fragment
      self.message = message
      self.isMessageCut = isMessageCut
      self.end = end
      if messageText != nil || namedItems != nil || !detail.isEmpty || device != nil || user != nil {
        extras = Extras(messageText: messageText, namedItems: namedItems, detail: detail, device: device, user: user)
      }
    }

    /// For an error message: its text, made at once because it decides its group.
    var messageText: String? { extras?.messageText }
    /// For an error message: the items its text names.
    var namedItems: [CatalogItem]? { extras?.namedItems }
    /// For a query result: the result element's name.
    var detail: String { extras?.detail ?? "" }
    /// The device the outcome's own text names (EMApp's "for user U at D").
    var device: String? { extras?.device }
    /// The user the outcome's own text names.
    var user: String? { extras?.user }
  }

  /// Where the scan is.
  struct State {
    /// The candidate finder, made once per scan.
    let finder = CandidateFinder()
    /// Who wants every outcome as it is found.
    let onOutcome: ((ExplainOutcome) -> Void)?
    /// Where reporting begins, in the whole input (see
    /// ``ExplainScanner/scan(_:input:chunkSize:recordFrom:recordUntil:onOutcome:)``).
    let recordFrom: Int
    /// How many bytes of the input were dropped from the front of the buffer.
    var dropped = 0
    /// The line that starts at ``recordFrom``: line 1 of the report.
    var firstLine = 1
    /// Where reporting ends (see ``ExplainScanner/scan(_:input:chunkSize:recordFrom:recordUntil:onOutcome:)``).
    let recordUntil: Int
    /// The line that starts at ``recordUntil``, once the scan has reached it: the first not reported.
    var lastLine: Int?
    /// Room for a window with its HTML entities decoded, and where each decoded byte came from.
    let scratch = EntityText.Scratch(capacity: ExplainScanner.lookahead)
    var hasStarted = false
    var position = 0
    var line = 1
    var lineStart = 0
    /// The start of the line before, for a phone text that a mail wrapped onto two lines.
    var previousLineStart = 0
    /// The end of the last thing recognised; candidates before it are inside it.
    var skipUntil = 0
    /// What the trace says about requests, devices and users.
    var context = TraceContext()
    /// The last error text whose named items were looked up, and those items: a log repeats the
    /// same `<errorMessage>` text, and looking it up again cost 83 % of a scan of such input.
    var lastNamed: (text: String, items: [CatalogItem])?
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
      var next = position + 16
      while bits != 0 {
        let index = position + bits.trailingZeroBitCount
        bits &= bits - 1
        let resume = inspect(buffer, at: index, state: &state, report: &report)
        if resume > index + 1 {
          // A trace line's head was read: go on at its message.
          if resume >= next {
            next = resume
            break
          }
          bits &= ~((1 << UInt32(resume - position)) &- 1)
        }
      }
      position = next
    }
    while position < limit {
      var next = position + 1
      if finder.isCandidate(base + position, available: buffer.count - position) {
        next = max(next, inspect(buffer, at: position, state: &state, report: &report))
      }
      position = next
    }
    state.position = position
  }

  /// Looks closely at a candidate byte: counts a line, or records what starts there.
  ///
  /// - Returns: Where scanning goes on: after a trace line's head, or at the next byte.
  @inline(__always)
  private static func inspect(
    _ buffer: UnsafeBufferPointer<UInt8>, at index: Int, state: inout State, report: inout ExplainReport
  ) -> Int {
    let byte = buffer[index]
    if byte == UInt8(ascii: "\n") {
      state.line += 1
      state.previousLineStart = state.lineStart
      state.lineStart = index + 1
      if state.recordFrom > 0 && state.dropped + index + 1 == state.recordFrom { state.firstLine = state.line }
      if state.dropped + index + 1 == state.recordUntil { state.lastLine = state.line }
      return state.context.lineStarts(at: index + 1, in: buffer)
    }
    inspectOther(buffer, at: index, byte: byte, state: &state, report: &report)
    return index + 1
  }

  /// Looks closely at a candidate byte other than a newline.
  @inline(__always)
  private static func inspectOther(
    _ buffer: UnsafeBufferPointer<UInt8>, at index: Int, byte: UInt8, state: inout State, report: inout ExplainReport
  ) {
    // Inside something already recognised (an error text, say): nothing new starts here.
    guard index >= state.skipUntil else { return }
    switch byte {
    case UInt8(ascii: "<"):
      // A known element, or one behind a namespace prefix: `<ns1:error code="3">`.
      if let result = tag(buffer, at: index, nameStart: index + 1, lastNamed: &state.lastNamed)
        ?? prefixEnd(buffer, after: index).flatMap({
          tag(buffer, at: index, nameStart: $0 + 1, lastNamed: &state.lastNamed)
        })
      {
        apply(result, buffer, in: buffer, at: index, state: &state, report: &report)
      }
    case UInt8(ascii: "&"): escapedTag(buffer, at: index, state: &state, report: &report)
    case UInt8(ascii: "("), UInt8(ascii: "["):
      guard index + 1 < buffer.count, ASCII.isDigit(buffer[index + 1]) || buffer[index + 1] == UInt8(ascii: " "),
        PhoneDisplay.mayOpenDisplay(buffer, bracket: index)
      else { return }
      found(enclosedNumber(buffer, at: index, lower: displayLower(state)), buffer, state: &state, report: &report)
    case UInt8(ascii: "#"):
      // "EMApp Request# ----->6" starts a request; reading the line's head notes it.
      if index >= 7 && ASCII.equalsCaseless(buffer, index - 7, "request") {
        _ = state.context.currentHead(in: buffer)
      }
    case UInt8(ascii: "r"), UInt8(ascii: "R"):
      // The "rro" of "error", whose "e" must start a word ("Terror 25" is no phone text).
      let isWordStart = index < 2 || !ASCII.isLetter(buffer[index - 2])
      if index > 0 && buffer[index - 1] | 0x20 == UInt8(ascii: "e") && isWordStart {
        found(errorWord(buffer, at: index - 1, lower: displayLower(state)), buffer, state: &state, report: &report)
      }
    default:
      switch byte | 0x20 {
      case UInt8(ascii: "d"): deviceMention(buffer, at: index, state: &state)
      case UInt8(ascii: "m"): profileRequestMention(buffer, at: index, state: &state)
      case UInt8(ascii: "u") where index + 2 < buffer.count && buffer[index + 1] | 0x20 == UInt8(ascii: "s"):
        userMention(buffer, at: index, state: &state, report: &report)
      default: found(literalMessage(buffer, at: index), buffer, state: &state, report: &report)
      }
    }
  }

  /// How far back a phone text may start: the line before too, for a text a mail wrapped
  /// ("Login is" / "unavailable(23)").
  private static func displayLower(_ state: State) -> Int {
    max(0, state.previousLineStart)
  }

  /// Records an outcome, with what the trace says about it.
  ///
  /// Inlined by hand: left to the compiler it stopped inlining this once `apply` no longer called
  /// it, and 1 MiB of "Login is unavailable" cost 30.3 M instructions instead of 25.5 M.
  @inline(__always)
  static func found(
    _ sighting: Sighting?, _ buffer: UnsafeBufferPointer<UInt8>, state: inout State, report: inout ExplainReport
  ) {
    guard let sighting else { return }
    record(
      sighting, in: buffer, scanned: buffer, at: sighting.fragment.lowerBound, end: sighting.end, state: &state,
      report: &report)
    state.skipUntil = sighting.end
  }

  /// Records an outcome seen in `buffer` (the scanned buffer, or a decoded window of it), whose
  /// place in the `scanned` buffer is `position`.
  static func record(
    _ sighting: Sighting, in buffer: UnsafeBufferPointer<UInt8>, scanned: UnsafeBufferPointer<UInt8>, at position: Int,
    end: Int, state: inout State, report: inout ExplainReport
  ) {
    // The part before the share of a large file is read only to learn the requests under way.
    // An outcome belongs to the share it ends in: a phone text wrapped across the share's first
    // line end is this share's, on the line before its first (line 0, the last of the share before).
    guard state.dropped + end > state.recordFrom, state.dropped + end <= state.recordUntil else { return }
    // A wrapped phone text starts on the line before.
    let line = (position < state.lineStart ? state.line - 1 : state.line) - (state.firstLine - 1)
    var attribution = state.context.attribution(at: position, end: end, in: scanned)
    if let device = sighting.device { attribution.device = device }
    if let user = sighting.user { attribution.user = user }
    let outcome = report.record(
      sighting, line: line, attribution: attribution, in: buffer, materialize: state.onOutcome != nil)
    if let onOutcome = state.onOutcome, let outcome { onOutcome(outcome) }
  }

  // MARK: - EM API responses

  /// What an element at a `<` means.
  enum TagResult {
    /// An outcome.
    case outcome(Sighting)
    /// Request XML naming a device or a user (`<deviceName>`, `<userID>`).
    case request(device: String?, user: String?, end: Int)
    /// The subject of an answer (`<device name="X">`, `<user id="U">`).
    case subject(device: String?, user: String?, end: Int)
    /// A query answer's result element: the answer reaches to `scopeEnd`; its outcome is `nil`
    /// when the answer carries a failure instead. Boxed: the other cases, which are many, stay
    /// small to copy.
    indirect case answer(Sighting?, scopeEnd: Int, device: String?, user: String?, end: Int)
  }

  /// Carries out what a tag means.
  ///
  /// - Parameters:
  ///   - buffer: The scanned buffer.
  ///   - window: The bytes the tag was read from: `buffer`, or a window of it with its entities
  ///     decoded.
  ///   - start: Where the tag starts in `buffer`.
  ///   - origin: Where a position in `window` lies in `buffer`.
  private static func apply(
    _ result: TagResult, _ buffer: UnsafeBufferPointer<UInt8>, in window: UnsafeBufferPointer<UInt8>, at start: Int,
    origin: (Int) -> Int = { $0 }, state: inout State, report: inout ExplainReport
  ) {
    switch result {
    case .outcome(let sighting):
      record(
        sighting, in: window, scanned: buffer, at: start, end: origin(sighting.end), state: &state, report: &report)
      state.skipUntil = origin(sighting.end)
    case .request(let device, let user, let end):
      if !state.context.isInAnswer(start) { state.context.noteRequest(device: device, user: user, in: buffer) }
      state.skipUntil = origin(end)
    case .subject(let device, let user, let end):
      state.context.noteSubject(device: device, user: user, at: start)
      state.skipUntil = origin(end)
    case .answer(let sighting, let scopeEnd, let device, let user, let end):
      state.context.beginAnswer(end: origin(scopeEnd), device: device, user: user)
      if let sighting {
        record(sighting, in: window, scanned: buffer, at: start, end: origin(end), state: &state, report: &report)
      }
      state.skipUntil = origin(end)
    }
  }

  /// The EM API element at `start` (a `<`) whose name begins at `nameStart`, if it is one the
  /// scanner knows; names are compared ignoring case (the "Hello World" pages lower-case them).
  ///
  /// `lastNamed` is the scan's ``State/lastNamed``.
  static func tag(
    _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, nameStart: Int,
    lastNamed: inout (text: String, items: [CatalogItem])?
  ) -> TagResult? {
    let upper = min(buffer.count, start + lookahead)
    guard nameStart < upper else { return nil }
    switch buffer[nameStart] | 0x20 {
    case UInt8(ascii: "e"):
      if let end = nameEnd(buffer, "error", from: nameStart, upper: upper) {
        return errorElement(buffer, start: start, attributesFrom: end, upper: upper).map(TagResult.outcome)
      }
      if let end = nameEnd(buffer, "errorMessage", from: nameStart, upper: upper) {
        return errorMessageElement(buffer, start: start, from: end, upper: upper, lastNamed: &lastNamed).map(
          TagResult.outcome)
      }
      if let end = nameEnd(buffer, "emccResponse", from: nameStart, upper: upper) {
        return answer(buffer, start: start, name: "emccResponse", nameEnd: end, upper: upper)
      }
    case UInt8(ascii: "s"):
      if let end = nameEnd(buffer, "success", from: nameStart, upper: upper) {
        let close = closingBracket(buffer, from: end, upper: upper) ?? end
        return .outcome(Sighting(kind: .success, fragment: start..<close, end: close))
      }
    case UInt8(ascii: "d"):
      if let end = nameEnd(buffer, "doesNotExist", from: nameStart, upper: upper) {
        let close = closingBracket(buffer, from: end, upper: upper) ?? end
        return .outcome(Sighting(kind: .doesNotExist, fragment: start..<close, end: close))
      }
      if let end = nameEnd(buffer, "deviceName", from: nameStart, upper: upper), buffer[end] == UInt8(ascii: ">") {
        let value = elementValue(buffer, from: end + 1, upper: upper)
        return .request(device: value.text, user: nil, end: value.end)
      }
      if let end = nameEnd(buffer, "device", from: nameStart, upper: upper) {
        // `<device name="X">`.
        guard let value = attributeValue(buffer, "name", from: end, upper: upper) else { return nil }
        return .subject(device: value.text, user: nil, end: value.end)
      }
      for name in deviceResults {
        if let end = nameEnd(buffer, name, from: nameStart, upper: upper) {
          return answer(buffer, start: start, name: name, nameEnd: end, upper: upper)
        }
      }
    case UInt8(ascii: "u"):
      if let end = nameEnd(buffer, "userID", from: nameStart, upper: upper), buffer[end] == UInt8(ascii: ">") {
        let value = elementValue(buffer, from: end + 1, upper: upper)
        return .request(device: nil, user: value.text, end: value.end)
      }
      if let end = nameEnd(buffer, "user", from: nameStart, upper: upper) {
        guard let value = attributeValue(buffer, "id", from: end, upper: upper) else { return nil }
        return .subject(device: nil, user: value.text, end: value.end)
      }
      if let end = nameEnd(buffer, "userDevicesResults", from: nameStart, upper: upper) {
        return answer(buffer, start: start, name: "userDevicesResults", nameEnd: end, upper: upper)
      }
    case UInt8(ascii: "c"):
      if let end = nameEnd(buffer, "checkUserResults", from: nameStart, upper: upper) {
        return answer(buffer, start: start, name: "checkUserResults", nameEnd: end, upper: upper)
      }
    default: break
    }
    return nil
  }

  /// The query result elements that start with "d".
  private static let deviceResults: [StaticString] = ["deviceUserResults", "deviceProfileResults"]

  /// A query answer's result element: a successful query, unless a `<failure>` inside it says
  /// otherwise (then only the failure is an outcome); its subject is the first device or user it names.
  private static func answer(
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, name: StaticString, nameEnd: Int, upper: Int
  ) -> TagResult {
    let close = closingBracket(buffer, from: nameEnd, upper: upper) ?? nameEnd
    var scopeEnd = upper
    var device: String?
    var user: String?
    var hasFailure = false
    var index = close
    while index + 1 < upper {
      guard buffer[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      let inner = index + 1
      if buffer[inner] == UInt8(ascii: "/") || buffer[inner] == UInt8(ascii: "\\") {
        let closing = buffer[inner] == UInt8(ascii: "\\") ? inner + 2 : inner + 1
        if closing < upper, ExplainScanner.nameEnd(buffer, name, from: closing, upper: upper) != nil {
          scopeEnd = index
          break
        }
      } else if device == nil, let end = ExplainScanner.nameEnd(buffer, "device", from: inner, upper: upper) {
        device = attributeValue(buffer, "name", from: end, upper: upper)?.text
      } else if device == nil, inner + 10 < upper, ASCII.equalsCaseless(buffer, inner, "devicename"),
        buffer[inner + 10] == UInt8(ascii: "=")
      {
        device = quotedValue(buffer, from: inner + 11, upper: upper)?.text
      } else if user == nil, let end = ExplainScanner.nameEnd(buffer, "user", from: inner, upper: upper) {
        user = attributeValue(buffer, "id", from: end, upper: upper)?.text
      } else if ExplainScanner.nameEnd(buffer, "failure", from: inner, upper: upper) != nil {
        hasFailure = true
      }
      index = inner
    }
    let sighting = Sighting(kind: .query, fragment: start..<close, detail: name.description, end: close)
    return .answer(hasFailure ? nil : sighting, scopeEnd: scopeEnd, device: device, user: user, end: close)
  }

  /// The `:` of a namespace prefix after the `<` at `open` (`<ns1:error`), if the prefix is a name
  /// of at most 32 bytes followed by a letter.
  private static func prefixEnd(_ buffer: UnsafeBufferPointer<UInt8>, after open: Int) -> Int? {
    let upper = min(buffer.count - 1, open + 34)
    var index = open + 1
    guard index < upper, ASCII.isLetter(buffer[index]) else { return nil }
    while index < upper,
      ASCII.isLetter(buffer[index]) || ASCII.isDigit(buffer[index])
        || buffer[index] == UInt8(ascii: "-") || buffer[index] == UInt8(ascii: "_")
        || buffer[index] == UInt8(ascii: ".")
    {
      index += 1
    }
    guard index < upper, buffer[index] == UInt8(ascii: ":"), ASCII.isLetter(buffer[index + 1]) else { return nil }
    return index
  }

  /// An element written with HTML entities (`&lt;error code=&quot;25&quot;&gt;`), as forum pages,
  /// HTML mail and ticket exports show EM API answers: the window is decoded, then read as usual.
  private static func escapedTag(
    _ buffer: UnsafeBufferPointer<UInt8>, at index: Int, state: inout State, report: inout ExplainReport
  ) {
    guard index + 4 < buffer.count, ASCII.equalsCaseless(buffer, index, "&lt;") else { return }
    let scratch = state.scratch
    let decoded = scratch.decode(buffer, from: index, upper: min(buffer.count, index + lookahead))
    let window = scratch.view(decoded)
    // `&LT;` passes the test above but is no entity, so the window need not start with `<`.
    guard decoded > 1, window[0] == UInt8(ascii: "<"),
      let result = tag(window, at: 0, nameStart: 1, lastNamed: &state.lastNamed)
    else { return }
    apply(
      result, buffer, in: window, at: index,
      origin: { scratch.origin(of: $0, decodedCount: decoded) }, state: &state, report: &report)
  }

  /// The end of an element name, if `name` stands at `from` (ignoring case) and is followed by a
  /// space, `>` or `/`.
  static func nameEnd(_ buffer: UnsafeBufferPointer<UInt8>, _ name: StaticString, from: Int, upper: Int) -> Int? {
    let end = from + name.utf8CodeUnitCount
    guard end < upper else { return nil }
    // Not ASCII.equalsCaseless: with it the compiler stopped inlining elementText, and input made
    // of `<error code="1">` cost 0.8 % more.
    let matches = name.withUTF8Buffer { name -> Bool in
      for index in 0..<name.count where buffer[from + index] | 0x20 != name[index] | 0x20 { return false }
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

  /// A quoted value at `from` (after blanks): `"v"`, `'v'`, or JSON's `\"v\"`; blanks around the
  /// value dropped.
  static func quotedValue(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, upper: Int) -> (text: String, end: Int)? {
    guard let value = quotedRange(buffer, from: from, upper: upper), value.terminated else { return nil }
    return (text(buffer, value.range), value.end)
  }

  /// Where a quoted value's text lies, whether its closing quote was found, and the byte after it.
  private static func quotedRange(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, upper: Int) -> (
    range: Range<Int>, terminated: Bool, end: Int
  )? {
    var index = from
    while index < upper, ASCII.isSpace(buffer[index]) { index += 1 }
    var escaped = false
    if index + 1 < upper, buffer[index] == UInt8(ascii: "\\") {
      escaped = true
      index += 1
    }
    guard index < upper, buffer[index] == UInt8(ascii: "\"") || buffer[index] == UInt8(ascii: "'") else { return nil }
    let quote = buffer[index]
    index += 1
    let valueStart = index
    while index < upper, buffer[index] != quote, buffer[index] != UInt8(ascii: "<"), buffer[index] != UInt8(ascii: "\n")
    {
      index += 1
    }
    var valueEnd = index
    if escaped, valueEnd > valueStart, buffer[valueEnd - 1] == UInt8(ascii: "\\") { valueEnd -= 1 }
    let terminated = index < upper && buffer[index] == quote
    return (valueStart..<valueEnd, terminated, terminated ? index + 1 : index)
  }

  /// The value of attribute `name` in a start tag whose attributes begin at `from`.
  private static func attributeValue(
    _ buffer: UnsafeBufferPointer<UInt8>, _ name: StaticString, from: Int, upper: Int
  ) -> (text: String, end: Int)? {
    var index = from
    while index < upper {
      while index < upper, ASCII.isSpace(buffer[index]) { index += 1 }
      guard index < upper, buffer[index] != UInt8(ascii: ">"), buffer[index] != UInt8(ascii: "/") else { return nil }
      let nameStart = index
      while index < upper, isNameByte(buffer[index]) { index += 1 }
      guard index > nameStart else { return nil }
      let isWanted = index - nameStart == name.utf8CodeUnitCount && ASCII.equalsCaseless(buffer, nameStart, name)
      while index < upper, ASCII.isSpace(buffer[index]) { index += 1 }
      guard index < upper, buffer[index] == UInt8(ascii: "=") else { return nil }
      guard let value = quotedRange(buffer, from: index + 1, upper: upper), value.terminated else { return nil }
      if isWanted { return (text(buffer, value.range), value.end) }
      index = value.end
    }
    return nil
  }

  /// The text of a simple element (`<deviceName> X </deviceName>`), blanks trimmed, and the byte after it.
  private static func elementValue(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, upper: Int) -> (
    text: String, end: Int
  ) {
    let textUpper = min(upper, from + nameLimit)
    var end = from
    while end < textUpper, buffer[end] != UInt8(ascii: "<"), buffer[end] != UInt8(ascii: "\n") { end += 1 }
    return (text(buffer, from..<end), end)
  }

  /// `<error code="N">text</error>`, with any spacing, either quote, JSON-escaped quotes and other
  /// attributes.
  private static func errorElement(
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, attributesFrom: Int, upper: Int
  ) -> Sighting? {
    if let sighting = plainErrorElement(buffer, start: start, attributesFrom: attributesFrom, upper: upper) {
      return sighting
    }
    var index = attributesFrom
    var number: Int?
    var sawCode = false
    var unreadable = false
    var tagEnd: Int?
    attributes: while index < upper {
      let byte = buffer[index]
      if ASCII.isSpace(byte) {
        index += 1
        continue
      }
      if byte == UInt8(ascii: ">") {
        tagEnd = index + 1
        break
      }
      if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<") { break }
      // An attribute: name, '=', quoted value.
      let nameStart = index
      while index < upper, isNameByte(buffer[index]) { index += 1 }
      let attributeName = nameStart..<index
      if attributeName.isEmpty { break }
      while index < upper, ASCII.isSpace(buffer[index]) { index += 1 }
      guard index < upper, buffer[index] == UInt8(ascii: "=") else { continue attributes }
      guard let value = quotedRange(buffer, from: index + 1, upper: upper) else { break }
      if attributeName.count == 4 && ASCII.equalsCaseless(buffer, nameStart, "code") {
        sawCode = true
        (number, unreadable) = codeValue(buffer, value.range, terminated: value.terminated)
      }
      index = value.end
      if !value.terminated { break }
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

  /// `<error code="N">` exactly as the EM API writes it, read without the general attribute loop:
  /// a log of failures has one per answer, and input made only of them must not cost more than
  /// three times a log.
  ///
  /// `nil` for any other spelling, which ``errorElement`` then reads.
  @inline(__always)
  private static func plainErrorElement(
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, attributesFrom: Int, upper: Int
  ) -> Sighting? {
    let digits = attributesFrom + 7
    guard digits + 2 < upper, ASCII.equalsCaseless(buffer, attributesFrom, #" code=""#) else { return nil }
    // Not ASCII.number, whose check for a tenth digit cost input made of these 0.3 % more.
    var index = digits
    var value = 0
    while index < upper, index - digits < 9, ASCII.isDigit(buffer[index]) {
      value = value * 10 + Int(buffer[index] &- UInt8(ascii: "0"))
      index += 1
    }
    guard index > digits, index + 1 < upper, buffer[index] == UInt8(ascii: "\""), buffer[index + 1] == UInt8(ascii: ">")
    else { return nil }
    let tagEnd = index + 2
    let content = elementText(buffer, from: tagEnd, closingTag: "/error", upper: upper)
    return Sighting(
      kind: .apiError, number: value, itemSet: ItemSet.code(value), fragment: start..<content.end,
      message: content.text, isMessageCut: content.isCut, end: content.end)
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
  ///
  /// The items a text names are looked up once for a run of equal texts (`lastNamed`): on 1 MiB of
  /// `<errorMessage>Device profile not found</errorMessage>` that took `--explain` from 450.5 M
  /// instructions to 81.9 M.
  private static func errorMessageElement(
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, from: Int, upper: Int,
    lastNamed: inout (text: String, items: [CatalogItem])?
  ) -> Sighting? {
    guard let tagEnd = closingBracket(buffer, from: from, upper: upper) else { return nil }
    let content = elementText(buffer, from: tagEnd, closingTag: "/errorMessage", upper: upper)
    let message = text(buffer, content.text, cut: content.isCut)
    let items: [CatalogItem]
    if let last = lastNamed, last.text == message {
      items = last.items
    } else {
      items = itemsNamed(in: message)
      lastNamed = (message, items)
    }
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
  /// or more), folded to letters and digits: ``Suggestions/foldedNames``' entries, in its order.
  private static let foldedNames: [([UInt8], ErrorEntry)] = Suggestions.foldedNames.compactMap { folded, item in
    guard case .entry(let entry) = item, folded.count >= 10 else { return nil }
    return (folded, entry)
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    haystack.withUnsafeBufferPointer { ByteSearch.contains($0, needle) }
  }

  // MARK: - Phone texts

  /// A number in `(…)` or `[…]` at an opening bracket: `Login is unavailable(23)`, `[208]-…`.
  static func enclosedNumber(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, lower: Int) -> Sighting? {
    var digitsStart = start + 1
    let upper = min(buffer.count, start + lookahead)
    while digitsStart < upper, buffer[digitsStart] == UInt8(ascii: " ") { digitsStart += 1 }
    return display(buffer, digitsFrom: digitsStart, anchor: start, lower: lower)
  }

  /// `Error N Text` at the `e` of "error".
  static func errorWord(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, lower: Int) -> Sighting? {
    let upper = min(buffer.count, start + lookahead)
    guard start + 6 < upper, ASCII.equalsCaseless(buffer, start + 1, "rror"), buffer[start + 5] == UInt8(ascii: " ")
    else { return nil }
    var digitsStart = start + 5
    while digitsStart < upper, buffer[digitsStart] == UInt8(ascii: " ") { digitsStart += 1 }
    return display(buffer, digitsFrom: digitsStart, anchor: start, lower: lower)
  }

  private static func display(
    _ buffer: UnsafeBufferPointer<UInt8>, digitsFrom digitsStart: Int, anchor: Int, lower lineLower: Int
  ) -> Sighting? {
    let upper = min(buffer.count, anchor + lookahead)
    var digitsEnd = digitsStart
    while digitsEnd < upper, ASCII.isDigit(buffer[digitsEnd]) { digitsEnd += 1 }
    guard digitsEnd > digitsStart, digitsEnd - digitsStart <= 12 else { return nil }
    let lower = max(0, lineLower, anchor - lookback)
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
  /// runs of white space shown as one space, bidi and invisible format characters as `\u{..}`
  /// escapes (see ``Sanitized``), trimmed, and cut at 200 characters.
  static func text(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cut: Bool = false) -> String {
    let clamped = max(0, range.lowerBound)..<min(buffer.count, max(range.lowerBound, range.upperBound))
    // Most texts (names, codes, short messages) are printable ASCII without blanks at their ends
    // or runs of them: taken as they are.
    let bytes = UnsafeBufferPointer(rebasing: buffer[clamped])
    if !cut, bytes.count <= 200, let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
      isPlainASCII(bytes)
    {
      return String(decoding: bytes, as: UTF8.self)
    }
    let raw = String(decoding: bytes, as: UTF8.self)
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
      // Bidi and invisible format characters are shown as escapes, never passed on.
      Sanitized.append(scalar, to: &out)
      count += 1
    }
    return cut ? out + "…" : out
  }

  /// Whether every byte is printable ASCII and no two blanks follow each other.
  private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      guard byte >= 0x20 && byte < 0x7F, !(byte == 0x20 && previous == 0x20) else { return false }
      previous = byte
    }
    return true
  }

  static func isNameByte(_ byte: UInt8) -> Bool {
    ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
  }
}
