/// What the scanner knows about the requests around it, to say when, in which request, on which
/// device and for which user an outcome happened.
///
/// The rules, in order (`Tests/Fixtures/traces/README.md` has them with the published examples):
/// 1. In a trace, the device and the user come from the lines of the same request: same thread,
///    and for EMService the same request number (`7:`); EMApp lines carry no number, so its
///    request is the last `EMApp Request# ----->N` on the thread. Lines without a number do not
///    count in EMService (`CMDatabase`, `Exception :`).
/// 2. In an EM API text, from the request XML (`<deviceName>`, `<userID>`) nearest above the
///    answer, if no other answer lies between them.
/// 3. From the answer itself: `<device name="X">` and `<user id="U">`, the subject of a query
///    answer (the `<userID>` inside a device's result is result data, not the subject).
/// 4. Otherwise the input does not name them.
///
/// Memory stays flat: at most ``threadLimit`` threads are remembered.
struct TraceContext {
  /// What one thread is working on.
  struct ThreadState {
    /// The local request number (EMService) or the EMApp request number.
    var request: Int?
    /// On an EMCC home cluster, the visiting cluster's request number.
    var visiting: Int?
    var device: String?
    var user: String?
  }

  /// The subject of the answer being read: its end in the buffer, and the device or user it is about.
  struct AnswerScope {
    var end: Int
    var device: String?
    var user: String?
  }

  /// What an outcome's line and request say.
  struct Attribution {
    var time = LogHeader.TimeText()
    var service: ExplainOutcome.Service?
    /// The request number and, on an EMCC home cluster, the visiting cluster's; text is made of
    /// them only for an outcome that is shown.
    var requestNumber: Int?
    var visitingNumber: Int?
    var device: String?
    var user: String?

    /// The request as printed: `7`, or `1:3`.
    var request: String? {
      guard let requestNumber else { return nil }
      return visitingNumber.map { "\(requestNumber):\($0)" } ?? String(requestNumber)
    }
  }

  /// The most threads remembered; more are forgotten all at once (a trace has a few hundred).
  static let threadLimit = 4096

  /// The start of the last line that may be a trace line's head, in the buffer; -1 for none.
  private(set) var headStart = -1
  /// That line's head once parsed, and whether it was.
  private var head: LogHeader?
  private var isHeadParsed = true
  private var threads = ThreadTable()
  private var services = LogHeader.ThreadServices()
  /// Device and user of the API request XML seen outside a trace, and where they stop counting.
  private var pendingDevice: String?
  private var pendingUser: String?
  private var pendingExpires = Int.max
  /// The answer being read, if any.
  private(set) var answer: AnswerScope?

  /// Notes the start of a line: a trace line's head there becomes the head of what follows.
  ///
  /// - Returns: Where the line's message starts, for a head read now, so that the scanner can skip
  ///   the head's bytes (time, level, thread, logger: nothing it looks for is there) when the line
  ///   has CUCM's layout; else `start`.
  @inline(__always)
  mutating func lineStarts(at start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
    guard LogHeader.mayStartLine(buffer, at: start) else { return start }
    headStart = start
    // A new trace line ends the answer of the one before.
    answer = nil
    // The head is read when a line needs it: a mention of a device or user, an outcome.
    isHeadParsed = false
    return LogHeader.messageStart(buffer, lineAt: start) ?? start
  }

  /// The head of the trace line the scan is in (the line itself, or the line its message started
  /// on), or `nil` outside a trace.
  mutating func currentHead(in buffer: UnsafeBufferPointer<UInt8>) -> LogHeader? {
    if !isHeadParsed {
      isHeadParsed = true
      head = headStart >= 0 ? LogHeader.parse(buffer, at: headStart, services: &services) : nil
      if let head, let number = head.startsRequest, head.thread != 0 {
        threads.set(head.thread, ThreadState(request: number))
      }
    }
    return head
  }

  /// Keeps what lies before `discard` in the buffer, which is about to be dropped, and shifts positions.
  mutating func bufferWillDrop(_ discard: Int, in buffer: UnsafeBufferPointer<UInt8>) {
    if headStart >= 0 && headStart < discard { _ = currentHead(in: buffer) }
    headStart = headStart >= discard ? headStart - discard : -1
    if var scope = answer {
      scope.end -= discard
      answer = scope
    }
    if pendingExpires != Int.max { pendingExpires -= discard }
  }

  /// What each thread is working on, by the thread's hash: open addressing over a power-of-two
  /// table (the hashes are mixed already), at most ``TraceContext/threadLimit`` threads; when it
  /// is full, all are forgotten at once.
  ///
  /// The table is empty until the first thread is set: filling its 8,192 slots (576 KiB) at once
  /// made `--explain` on a 27-byte file without a trace cost 1.26 M instructions instead of 0.73 M.
  struct ThreadTable {
    private var keys: [UInt64] = []
    private var values: [ThreadState] = []
    private var count = 0

    /// The state of `thread`, if it has one.
    subscript(thread: UInt64) -> ThreadState? {
      guard let slot = slot(of: thread), keys[slot] == thread else { return nil }
      return values[slot]
    }

    /// Sets the state of `thread`.
    mutating func set(_ thread: UInt64, _ state: ThreadState) {
      if let slot = slot(of: thread), keys[slot] == thread {
        values[slot] = state
        return
      }
      if count >= TraceContext.threadLimit {
        for index in keys.indices { keys[index] = 0 }
        for index in values.indices { values[index] = ThreadState() }
        count = 0
      }
      if keys.isEmpty { makeRoom() }
      guard let slot = slot(of: thread) else { return }
      keys[slot] = thread
      values[slot] = state
      count += 1
    }

    /// Fills the table with empty slots, at the first thread.
    @inline(never)
    private mutating func makeRoom() {
      keys = Array(repeating: 0, count: 2 * TraceContext.threadLimit)
      values = Array(repeating: ThreadState(), count: 2 * TraceContext.threadLimit)
    }

    /// The slot holding `thread`, or the empty slot where it would go; `nil` when full, or
    /// before the first thread (no slots to search).
    private func slot(of thread: UInt64) -> Int? {
      let mask = keys.count - 1
      var slot = Int(truncatingIfNeeded: thread) & mask
      for _ in 0..<keys.count {
        if keys[slot] == thread || keys[slot] == 0 { return slot }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  // MARK: What the lines say

  /// Notes a device or user that a trace line names (`Dev: X-`, `UserID: U-`, ...), given as
  /// ranges of `buffer`; text is made only for a request that does not know it yet.
  mutating func note(device: Range<Int>?, user: Range<Int>?, in buffer: UnsafeBufferPointer<UInt8>) {
    note(
      hasDevice: device != nil, hasUser: user != nil, in: buffer, fromXML: false,
      device: { device.flatMap { Self.name(buffer, $0) } }, user: { user.flatMap { Self.name(buffer, $0) } })
  }

  /// Notes the device or user that request XML names (`<deviceName>`, `<userID>`).
  mutating func noteRequest(device: String?, user: String?, in buffer: UnsafeBufferPointer<UInt8>) {
    note(
      hasDevice: device != nil, hasUser: user != nil, in: buffer, fromXML: true,
      device: { device.flatMap(Self.named) }, user: { user.flatMap(Self.named) })
  }

  private mutating func note(
    hasDevice: Bool, hasUser: Bool, in buffer: UnsafeBufferPointer<UInt8>, fromXML: Bool,
    device: () -> String?, user: () -> String?
  ) {
    guard let head = currentHead(in: buffer) else {
      guard fromXML else { return }
      // An EM API text: the request's values wait for the answer.
      if pendingExpires != Int.max {
        pendingDevice = nil
        pendingUser = nil
        pendingExpires = Int.max
      }
      if hasDevice, let name = device() { pendingDevice = name }
      if hasUser, let name = user() { pendingUser = name }
      return
    }
    guard head.thread != 0 else { return }
    let isEMApp = head.service == .emApp && head.requestNumber == nil
    if !isEMApp && head.requestNumber == nil { return }
    // Most lines of a request repeat what an earlier line named: nothing to change.
    if let known = threads[head.thread], isEMApp || known.request == head.requestNumber,
      !hasDevice || known.device != nil, !hasUser || known.user != nil
    {
      return
    }
    var state = threads[head.thread] ?? ThreadState()
    if !isEMApp {
      // EMService: only lines with the request's number count; EMApp lines carry none.
      guard let number = head.requestNumber else { return }
      if state.request != number { state = ThreadState(request: number) }
      if state.visiting == nil { state.visiting = head.visitingNumber }
    }
    let needsDevice = state.device == nil && hasDevice
    let needsUser = state.user == nil && hasUser
    guard needsDevice || needsUser else { return }
    if needsDevice { state.device = device() }
    if needsUser { state.user = user() }
    threads.set(head.thread, state)
  }

  /// Starts the answer whose subject is read until `end`.
  mutating func beginAnswer(end: Int, device: String?, user: String?) {
    answer = AnswerScope(end: end, device: device.flatMap(Self.named), user: user.flatMap(Self.named))
  }

  /// Notes the subject of the answer being read (`<device name="X">`, `<user id="U">`).
  mutating func noteSubject(device: String?, user: String?, at position: Int) {
    guard var scope = answer, position < scope.end else { return }
    if let device = device.flatMap(Self.named) { scope.device = device }
    if let user = user.flatMap(Self.named) { scope.user = user }
    answer = scope
  }

  /// Whether `position` lies inside the answer being read.
  func isInAnswer(_ position: Int) -> Bool {
    answer.map { position < $0.end } ?? false
  }

  /// When, where and for whom an outcome at `position` happened, by the rules above; the outcome
  /// ends the wait of the request XML before it.
  mutating func attribution(at position: Int, end: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Attribution {
    var result = Attribution()
    if let head = currentHead(in: buffer) {
      result.time = head.time
      result.service = head.service
      result.requestNumber = head.requestNumber
      result.visitingNumber = head.visitingNumber
      if head.thread != 0, let state = threads[head.thread] {
        if head.service == .emApp && head.requestNumber == nil {
          result.requestNumber = state.request
          result.visitingNumber = state.visiting
          result.device = state.device
          result.user = state.user
        } else if let number = head.requestNumber, state.request == number {
          result.device = state.device
          result.user = state.user
        }
      }
    } else if position < pendingExpires {
      result.device = pendingDevice
      result.user = pendingUser
      // Later outcomes of the same answer may still use them; the next answer may not.
      pendingExpires = min(pendingExpires, max(end, answer.map(\.end) ?? end))
    }
    if let scope = answer, position < scope.end {
      result.device = result.device ?? scope.device
      result.user = result.user ?? scope.user
    }
    return result
  }

  /// The name in `range`, or `nil` for an empty name or the literal `null`.
  static func name(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    named(ExplainScanner.text(buffer, range))
  }

  /// A value as named, or `nil` for an empty value or the literal `null`.
  static func named(_ value: String) -> String? {
    value.isEmpty || value == "null" ? nil : value
  }
}
