/// The head of a log4j trace line: when, on which thread, in which service, for which request.
///
/// CUCM's Tomcat services write `2018-04-14 19:10:52,467 INFO  [http-bio-8443-exec-21]
/// EMServiceServlet          - 7:Request succeeded returning...`: the time, the level, the thread
/// in brackets (padded with blanks inside them in 11.5), the logger, ` - `, and the message. EMService
/// starts the message with its request number (`7:`, `7: `, `3 findHomeCluster`, on an EMCC home
/// cluster `1 : 3 : ClusterOne:`, its request 1 for the visiting cluster's request 3); EMApp
/// numbers its requests only on the line that starts them (`EMApp Request# ----->6`).
///
/// Parsing makes nothing on the heap: a trace has a head on every line, and the scanner reads
/// the heads of many of them.
struct LogHeader: Sendable, Equatable {
  /// The time as the trace prints it.
  var time = TimeText()
  /// A hash of the thread's name, blanks trimmed; 0 when the line names no thread.
  var thread: UInt64 = 0
  /// The service: by the thread's port (EMApp listens on 8080 and 80, EMService on 8443 and 443),
  /// else by the logger.
  var service: ExplainOutcome.Service?
  /// The local request number the message starts with, if it starts with one.
  var requestNumber: Int?
  /// On an EMCC home cluster, the visiting cluster's request number (`1 : 3 :`).
  var visitingNumber: Int?
  /// The number of a request this line starts (`EMService Request# ----> : 9`, `EMApp Request# ----->6`).
  var startsRequest: Int?

  /// The longest line head looked at, in bytes: a log4j head with a long thread and logger name
  /// fits, a JSON line's envelope before its `body` too.
  static let headLimit = 1024

  /// Up to 31 bytes of a time, kept without an allocation.
  struct TimeText: Sendable, Equatable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var count: UInt8 = 0

    /// The time's bytes from a buffer; longer times are cut at 31 bytes.
    init(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
      count = UInt8(min(range.count, 31))
      let length = Int(count)
      guard let base = buffer.baseAddress else { return }
      let source = UnsafeRawPointer(base + range.lowerBound)
      if length == 23 && range.lowerBound + 24 <= buffer.count {
        // The log4j time, `2018-04-14 19:10:52,467`: three word loads, the last one masked.
        words.0 = source.loadUnaligned(as: UInt64.self)
        words.1 = source.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        words.2 = source.loadUnaligned(fromByteOffset: 16, as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF
        return
      }
      withUnsafeMutableBytes(of: &words) { storage in
        for offset in 0..<length { storage[offset] = source.load(fromByteOffset: offset, as: UInt8.self) }
      }
    }

    /// No time.
    init() {}

    /// Whether there is no time.
    var isEmpty: Bool { count == 0 }

    /// The time as text.
    var string: String {
      withUnsafeBytes(of: words) { storage in
        String(decoding: UnsafeRawBufferPointer(rebasing: storage[..<Int(count)]), as: UTF8.self)
      }
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
      lhs.count == rhs.count && lhs.words == rhs.words
    }

    /// Whether `lhs` comes before `rhs` byte by byte: for the trace's own format, earlier.
    static func < (lhs: Self, rhs: Self) -> Bool {
      withUnsafeBytes(of: lhs.words) { left in
        withUnsafeBytes(of: rhs.words) { right in
          for index in 0..<Int(min(lhs.count, rhs.count)) where left[index] != right[index] {
            return left[index] < right[index]
          }
          return lhs.count < rhs.count
        }
      }
    }
  }

  /// Whether a line starting at `start` opens with a timestamp (`YYYY-MM-DD HH:MM:SS`), or is a
  /// JSON object whose text may hold one; cheap enough to ask of every line.
  @inline(__always)
  static func mayStartLine(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    guard start + 19 <= buffer.count else { return start < buffer.count && buffer[start] == UInt8(ascii: "{") }
    let first = buffer[start]
    if first == UInt8(ascii: "{") { return true }
    return ASCII.isDigit(first) && buffer[start + 4] == UInt8(ascii: "-") && buffer[start + 7] == UInt8(ascii: "-")
      && buffer[start + 13] == UInt8(ascii: ":") && buffer[start + 16] == UInt8(ascii: ":")
  }

  /// Parses the head of the line that starts at `start`; `nil` if it has no timestamp.
  ///
  /// A JSON line (a log event exported from Splunk or Elastic) has its trace line inside a string:
  /// the first timestamp within ``headLimit`` bytes starts it.
  static func parse(
    _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, services: inout ThreadServices
  ) -> LogHeader? {
    if let header = parseCanonical(buffer, at: start, services: &services) { return header }
    let upper = min(buffer.count, start + headLimit)
    var timeStart = start
    if start < upper, buffer[start] == UInt8(ascii: "{") {
      var index = start
      while index < upper, buffer[index] != UInt8(ascii: "\n"), !isTimestamp(buffer, at: index, upper: upper) {
        index += 1
      }
      guard index < upper, buffer[index] != UInt8(ascii: "\n") else { return nil }
      timeStart = index
    } else if !isTimestamp(buffer, at: start, upper: upper) {
      return nil
    }
    // Seconds, then an optional fraction after ',' or '.'.
    var index = timeStart + 19
    if index + 1 < upper, buffer[index] == UInt8(ascii: ",") || buffer[index] == UInt8(ascii: "."),
      ASCII.isDigit(buffer[index + 1])
    {
      index += 1
      while index < upper, ASCII.isDigit(buffer[index]) { index += 1 }
    }
    var header = LogHeader(time: TimeText(buffer, timeStart..<index))
    // The level, then the thread in brackets.
    while index < upper, buffer[index] == UInt8(ascii: " ") || ASCII.isLetter(buffer[index]) { index += 1 }
    var loggerStart = index
    if index < upper, buffer[index] == UInt8(ascii: "[") {
      guard let thread = readThread(buffer, from: index + 1, upper: upper, into: &header, services: &services) else {
        return header
      }
      loggerStart = thread
    }
    // The logger, then " - " and the message.
    while loggerStart < upper, buffer[loggerStart] == UInt8(ascii: " ") { loggerStart += 1 }
    var loggerEnd = loggerStart
    while loggerEnd < upper, !ASCII.isSpace(buffer[loggerEnd]) { loggerEnd += 1 }
    if header.service == nil {
      header.service = service(ofLogger: UnsafeBufferPointer(rebasing: buffer[loggerStart..<loggerEnd]))
    }
    var message = loggerEnd
    while message < upper, buffer[message] == UInt8(ascii: " ") { message += 1 }
    guard message + 1 < upper, buffer[message] == UInt8(ascii: "-"), buffer[message + 1] == UInt8(ascii: " ") else {
      return header
    }
    readMessage(buffer, from: message + 2, upper: upper, into: &header)
    return header
  }

  /// Reads the start of a line's message: its request number, or the request it starts.
  private static func readMessage(
    _ buffer: UnsafeBufferPointer<UInt8>, from message: Int, upper: Int, into header: inout LogHeader
  ) {
    readRequest(buffer, message: message, upper: upper, into: &header)
    if header.service == nil, header.startsRequest != nil {
      // "EMApp Request#" or "EMService Request#" names the service itself.
      if ASCII.equalsCaseless(buffer, message, "emapp ") { header.service = .emApp }
      if ASCII.equalsCaseless(buffer, message, "emservice ") { header.service = .emService }
    }
  }

  /// The head of a line in the layout CUCM's services use (`%d %-5p [%t] %-25c - %m`), read at
  /// fixed offsets: the time's 23 bytes, `[` at 30, the logger's 25 columns and ` - ` after the
  /// thread.
  ///
  /// `nil` for any other layout, which ``parse(_:at:)`` then reads the slow way.
  @inline(__always)
  private static func parseCanonical(
    _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, services: inout ThreadServices
  ) -> LogHeader? {
    guard let message = messageStart(buffer, lineAt: start), isTimestamp(buffer, at: start, upper: buffer.count)
    else { return nil }
    var header = LogHeader(time: TimeText(buffer, start..<(start + 23)))
    let upper = min(buffer.count, start + headLimit)
    guard let afterThread = readThread(buffer, from: start + 31, upper: upper, into: &header, services: &services)
    else { return nil }
    if header.service == nil {
      var loggerEnd = afterThread + 1
      while loggerEnd < afterThread + 26, buffer[loggerEnd] != UInt8(ascii: " ") { loggerEnd += 1 }
      header.service = service(ofLogger: UnsafeBufferPointer(rebasing: buffer[(afterThread + 1)..<loggerEnd]))
    }
    readMessage(buffer, from: message, upper: upper, into: &header)
    return header
  }

  /// The first `]` or newline from `start` on, or `upper`: a word at a time, where a zero byte in
  /// `word ^ "]]]]]]]]"` marks a `]` (the lowest marked byte is exact).
  ///
  /// SIMD16 compares here were not vectorised by the compiler.
  @inline(__always)
  private static func threadEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, upper: Int) -> Int {
    guard let base = buffer.baseAddress else { return upper }
    var close = start
    while close + 8 <= upper {
      let word = UnsafeRawPointer(base + close).loadUnaligned(as: UInt64.self)
      let marks = zeroBytes(word ^ 0x5D5D_5D5D_5D5D_5D5D) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
      if marks != 0 { return close + marks.trailingZeroBitCount / 8 }
      close += 8
    }
    while close < upper, buffer[close] != UInt8(ascii: "]"), buffer[close] != 0x0A { close += 1 }
    return close
  }

  /// The high bit of every zero byte of `word` set (and possibly of bytes above a zero byte).
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }

  /// Where the message of a line in CUCM's layout starts (see ``parseCanonical(_:at:services:)``),
  /// found without reading the head: the time's punctuation, `[` at 30, the thread's `]`, and
  /// ` - ` after the logger's 25 columns.
  ///
  /// `nil` for any other line.
  @inline(__always)
  static func messageStart(_ buffer: UnsafeBufferPointer<UInt8>, lineAt start: Int) -> Int? {
    guard start + 64 <= buffer.count, let base = buffer.baseAddress else { return nil }
    let line = base + start
    guard line[19] == UInt8(ascii: ","), line[23] == UInt8(ascii: " "), line[30] == UInt8(ascii: "["),
      !hasNewline(line + 24, words: 1)
    else { return nil }
    let upper = min(buffer.count, start + headLimit)
    let close = threadEnd(buffer, from: start + 31, upper: upper)
    guard close + 30 < upper, base[close] == UInt8(ascii: "]"), base[close + 27] == UInt8(ascii: " "),
      base[close + 28] == UInt8(ascii: "-"), base[close + 29] == UInt8(ascii: " "), !hasNewline(base + close, words: 3)
    else { return nil }
    return close + 30
  }

  /// Whether one of the `8 * words` bytes at `pointer` is a newline (a word at a time: the bytes a
  /// fast read skips must not hide a line's end).
  @inline(__always)
  private static func hasNewline(_ pointer: UnsafePointer<UInt8>, words: Int) -> Bool {
    for word in 0..<words {
      let value = UnsafeRawPointer(pointer).loadUnaligned(fromByteOffset: 8 * word, as: UInt64.self)
      if zeroBytes(value ^ 0x0A0A_0A0A_0A0A_0A0A) != 0 { return true }
    }
    return false
  }

  /// Reads the request number at the start of a message, or the number of a request it starts.
  private static func readRequest(
    _ buffer: UnsafeBufferPointer<UInt8>, message: Int, upper: Int, into header: inout LogHeader
  ) {
    guard message < upper else { return }
    if ASCII.isDigit(buffer[message]) {
      guard let (local, end) = ASCII.number(buffer, at: message, upper: upper) else { return }
      // "7:", "7: ", "3 findHomeCluster", "1 : 3 : ClusterOne:"
      var next = end
      while next < upper, buffer[next] == UInt8(ascii: " ") { next += 1 }
      guard next < upper else { return }
      if buffer[next] == UInt8(ascii: ":") {
        header.requestNumber = local
        var remote = next + 1
        while remote < upper, buffer[remote] == UInt8(ascii: " ") { remote += 1 }
        if let (visiting, remoteEnd) = ASCII.number(buffer, at: remote, upper: upper) {
          var after = remoteEnd
          while after < upper, buffer[after] == UInt8(ascii: " ") { after += 1 }
          if after < upper, buffer[after] == UInt8(ascii: ":") { header.visitingNumber = visiting }
        }
      } else if next > end, ASCII.isLetter(buffer[next]) {
        header.requestNumber = local
      }
      return
    }
    // "EMService Request# ----> : 9" and "EMApp Request# ----->6".
    guard buffer[message] | 0x20 == UInt8(ascii: "e"),
      ASCII.equalsCaseless(buffer, message, "emapp request#")
        || ASCII.equalsCaseless(buffer, message, "emservice request#")
    else { return }
    var hash = message
    while hash < upper, hash < message + 24, buffer[hash] != UInt8(ascii: "#") { hash += 1 }
    guard hash < upper, buffer[hash] == UInt8(ascii: "#"), hash >= message + 7,
      ASCII.equalsCaseless(buffer, hash - 7, "request")
    else { return }
    var digits = hash + 1
    while digits < upper, digits < hash + 16, !ASCII.isDigit(buffer[digits]) {
      let byte = buffer[digits]
      guard
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ">")
          || byte == UInt8(ascii: ":")
      else { return }
      digits += 1
    }
    header.startsRequest = ASCII.number(buffer, at: digits, upper: upper)?.value
  }

  /// Reads the thread up to its `]`: a hash of its name, blanks trimmed, and its service by the
  /// port between dashes (`http-bio-8443-exec-21` is EMService, `http-bio-80-exec-8` EMApp).
  ///
  /// Returns the byte after the `]`, or `nil` if the line ends first.
  @inline(__always)
  private static func readThread(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, upper: Int, into header: inout LogHeader,
    services: inout ThreadServices
  ) -> Int? {
    guard buffer.baseAddress != nil else { return nil }
    let close = threadEnd(buffer, from: start, upper: upper)
    guard close < upper, buffer[close] == UInt8(ascii: "]") else { return nil }
    var end = close
    while end > start, buffer[end - 1] == UInt8(ascii: " ") { end -= 1 }
    let name = UnsafeBufferPointer(rebasing: buffer[start..<end])
    header.thread = hash(name)
    header.service = services.service(of: header.thread) { service(ofThread: name) }
    return close + 1
  }

  /// A hash of a thread's name, eight bytes at a time: threads are told apart by it without
  /// keeping their names.
  ///
  /// Never 0.
  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = bytes.baseAddress else { return 1 }
    var hash = UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
      hash = (hash ^ word) &* 0x100_0000_01b3
      hash ^= hash >> 29
      offset += 8
    }
    var tail: UInt64 = 0
    if offset < bytes.count {
      if bytes.count >= 8 {
        // The last eight bytes, overlapping the words before: the same name always hashes alike.
        tail = UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self)
      } else {
        for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << UInt64(8 * index) }
      }
    }
    hash = (hash ^ tail) &* 0x100_0000_01b3
    hash ^= hash >> 31
    return hash == 0 ? 1 : hash
  }

  /// The service of each thread seen lately, by its hash: a trace's few hundred threads repeat on
  /// every line, and reading the port again each time cost more than the rest of the head.
  struct ThreadServices {
    private var hashes = [UInt64](repeating: 0, count: 256)
    private var services = [ExplainOutcome.Service?](repeating: nil, count: 256)

    /// The service of the thread with `hash`, from the cache or from `read`.
    @inline(__always)
    mutating func service(of hash: UInt64, _ read: () -> ExplainOutcome.Service?) -> ExplainOutcome.Service? {
      let slot = Int(truncatingIfNeeded: hash & 255)
      if hashes[slot] == hash { return services[slot] }
      let service = read()
      hashes[slot] = hash
      services[slot] = service
      return service
    }
  }

  /// The service of a thread by its port between dashes: `http-bio-8443-exec-21` is EMService,
  /// `http-bio-80-exec-8` EMApp.
  @inline(__always)
  private static func service(ofThread thread: UnsafeBufferPointer<UInt8>) -> ExplainOutcome.Service? {
    var index = 0
    while index + 2 < thread.count {
      if thread[index] == UInt8(ascii: "-") && ASCII.isDigit(thread[index + 1]) {
        var end = index + 1
        var port = 0
        while end < thread.count, ASCII.isDigit(thread[end]), port < 100_000 {
          port = port * 10 + Int(thread[end] &- UInt8(ascii: "0"))
          end += 1
        }
        if end < thread.count, thread[end] == UInt8(ascii: "-") {
          switch port {
          case 80, 8080: return .emApp
          case 443, 8443: return .emService
          default: break
          }
        }
        index = end
      } else {
        index += 1
      }
    }
    return nil
  }

  /// The service of a logger: EMApp's servlet and its client of EMService, or EMService's own servlet.
  private static func service(ofLogger name: UnsafeBufferPointer<UInt8>) -> ExplainOutcome.Service? {
    if name.starts(with: "EMApp".utf8) || name.elementsEqual("EMServiceCommunicator".utf8) { return .emApp }
    if name.starts(with: "EMService".utf8) { return .emService }
    return nil
  }

  /// Whether `YYYY-MM-DD HH:MM:SS` starts at `index`.
  ///
  /// A space separates date and time, as log4j writes it; ISO's "T" is a JSON envelope's own time,
  /// not the trace line's.
  @inline(__always)
  private static func isTimestamp(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, upper: Int) -> Bool {
    guard index + 19 <= upper, let start = buffer.baseAddress else { return false }
    let base = start + index
    @inline(__always) func digit(_ offset: Int) -> Bool { base[offset] &- UInt8(ascii: "0") < 10 }
    return base[4] == UInt8(ascii: "-") && base[7] == UInt8(ascii: "-") && base[10] == UInt8(ascii: " ")
      && base[13] == UInt8(ascii: ":") && base[16] == UInt8(ascii: ":") && digit(0) && digit(1) && digit(2)
      && digit(3) && digit(5) && digit(6) && digit(8) && digit(9) && digit(11) && digit(12) && digit(14)
      && digit(15) && digit(17) && digit(18)
  }
}
