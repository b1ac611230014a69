/// The trace lines that name a request's device and user, and EMApp's line of a successful login.
///
/// EMService and EMApp name them in their own words (Cisco TAC 213251, 214535): `Dev: X-`,
/// `Dev: 'X'`, `Device: X -`, `device=X`, `for device X`, `Device Name=X`;
/// `processXMLRequest: U: PROFILE`, `UserID: U-`, `User Id=U`, `for user U at D`.
extension ExplainScanner {
  /// At a `d` or `D` the finder marked ("dev"): a device a trace line names.
  static func deviceMention(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, state: inout State) {
    let upper = min(buffer.count, index + lookahead)
    guard index + 5 < upper else { return }
    var valueStart: Int
    if buffer[index] == UInt8(ascii: "D") && buffer[index + 3] == UInt8(ascii: ":") {
      valueStart = index + 4  // "Dev: X-"
    } else if ASCII.equalsCaseless(buffer, index, "device") {
      let after = index + 6
      guard after + 1 < upper else { return }
      if buffer[after] == UInt8(ascii: "=") {
        valueStart = after + 1  // "device=X"
      } else if buffer[after] == UInt8(ascii: ":") {
        valueStart = after + 1  // "Device: X -"
      } else if ASCII.equalsCaseless(buffer, after, " name=") {
        valueStart = after + 6  // "Device Name=X"
      } else if buffer[after] == UInt8(ascii: " "), index >= 4, ASCII.equalsCaseless(buffer, index - 4, "for ") {
        valueStart = after + 1  // "for device X"
      } else {
        return
      }
    } else {
      return
    }
    while valueStart < upper, buffer[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
    guard let value = traceName(buffer, from: valueStart, upper: upper) else { return }
    state.context.note(device: value, user: nil, in: buffer)
  }

  /// At a `u` or `U` followed by `s` ("use"): a user a trace line names; EMApp's "Successfully
  /// performed Login for user U at D" is also a successful login.
  static func userMention(
    _ buffer: UnsafeBufferPointer<UInt8>, at index: Int, state: inout State, report: inout ExplainReport
  ) {
    let upper = min(buffer.count, index + lookahead)
    guard index + 8 < upper, ASCII.equalsCaseless(buffer, index, "user") else { return }
    var valueStart: Int
    var isForUser = false
    if ASCII.equalsCaseless(buffer, index + 4, "id: ") {
      valueStart = index + 8  // "UserID: U-"
    } else if ASCII.equalsCaseless(buffer, index + 4, " id=") {
      valueStart = index + 8  // "User Id=U"
    } else if buffer[index + 4] == UInt8(ascii: " "), index >= 4, ASCII.equalsCaseless(buffer, index - 4, "for ") {
      valueStart = index + 5  // "for user U at D"
      isForUser = true
    } else {
      return
    }
    while valueStart < upper, buffer[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
    guard let user = traceName(buffer, from: valueStart, upper: upper) else { return }
    var device: Range<Int>?
    var end = user.upperBound
    if isForUser, end + 4 < upper, ASCII.equalsCaseless(buffer, end, " at "),
      let named = traceName(buffer, from: end + 4, upper: upper)
    {
      device = named
      end = named.upperBound
    }
    state.context.note(device: device, user: user, in: buffer)
    guard isForUser, let device, let start = successfulAction(buffer, before: index - 4, lower: state.lineStart)
    else { return }
    let sighting = Sighting(
      kind: .success, fragment: start..<end, device: TraceContext.name(buffer, device),
      user: TraceContext.name(buffer, user), end: end)
    found(sighting, buffer, state: &state, report: &report)
  }

  /// At the `M` of "processXMLRequest: U: PROFILE" (the finder's "mlr"): the user of an EMService login.
  static func profileRequestMention(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, state: inout State) {
    let upper = min(buffer.count, index + lookahead)
    // "processXMLRequest: " starts eight bytes before the M.
    guard index >= 8, index + 12 < upper, ASCII.equalsCaseless(buffer, index - 8, "processXMLRequest: ")
    else { return }
    var valueStart = index + 11
    while valueStart < upper, buffer[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
    var end = valueStart
    while end < upper, end - valueStart < nameLimit, buffer[end] != UInt8(ascii: ":"), !ASCII.isSpace(buffer[end]) {
      end += 1
    }
    guard end > valueStart, end < upper, buffer[end] == UInt8(ascii: ":") else { return }
    state.context.note(device: nil, user: valueStart..<end, in: buffer)
  }

  /// "Successfully performed Login " (or Logout, LogoutAll) ending at `position`: its start.
  private static func successfulAction(_ buffer: UnsafeBufferPointer<UInt8>, before position: Int, lower: Int) -> Int? {
    // "for" is preceded by the action word and "Successfully performed ".
    var wordEnd = position
    while wordEnd > lower, buffer[wordEnd - 1] == UInt8(ascii: " ") { wordEnd -= 1 }
    var wordStart = wordEnd
    while wordStart > lower, ASCII.isLetter(buffer[wordStart - 1]) { wordStart -= 1 }
    guard wordEnd - wordStart >= 5, ASCII.equalsCaseless(buffer, wordStart, "log") else { return nil }
    let phrase: StaticString = "Successfully performed "
    let start = wordStart - phrase.utf8CodeUnitCount
    guard start >= max(0, lower), ASCII.equalsCaseless(buffer, start, phrase) else { return nil }
    return start
  }

  /// The name at `from` in a trace line: up to a blank, a quote, a comma or the line's end; quotes
  /// around it and the dash a trace glues to it (`Dev: test_secure- Login`, `Device: X-Setting`)
  /// dropped.
  static func traceName(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, upper: Int) -> Range<Int>? {
    var start = from
    if start < upper, buffer[start] == UInt8(ascii: "'") || buffer[start] == UInt8(ascii: "\"") { start += 1 }
    var end = start
    while end < upper, end - start < nameLimit {
      let byte = buffer[end]
      if ASCII.isSpace(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",")
        || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "\\")
      {
        break
      }
      // "X-Setting": a dash before a capitalised word ends the name.
      if byte == UInt8(ascii: "-"), end + 2 < upper, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(buffer[end + 1]),
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(buffer[end + 2])
      {
        break
      }
      end += 1
    }
    while end > start, buffer[end - 1] == UInt8(ascii: "-") { end -= 1 }
    return end > start ? start..<end : nil
  }
}
