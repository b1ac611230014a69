import EMCodeKit

/// Writes a run's output to standard output (or a pager) and its messages to standard error.
///
/// A reader that went away (`emcode --list | head -1`, EPIPE) ends the output quietly with the
/// run's own status. Any other write failure, such as a full disk, is reported in one line on
/// standard error and ends with ``ExitStatus/ioError``. When the run allows a pager and standard
/// output is a terminal, output longer than the terminal goes through the pager, as git's does;
/// shorter output is written directly, so a short answer never waits for one.
final class OutputWriter {
  /// The `errno` of the first failed write to standard output, or 0.
  private(set) var failure: Int32 = 0
  /// The terminal's height, when standard output is a terminal that reports one.
  private let terminalRows: Int?
  /// The pager command the run allows, until it is started or turned down.
  private var pagerCommand: String?
  /// The running pager.
  private var pager: Platform.Child?
  /// Output held back until it is clear whether it fits the terminal.
  private let held = TextBuffer(capacity: 4096)
  /// The language of the writer's own messages.
  private var language = Language.german

  /// Creates a writer; `terminalRows` is the terminal's height when standard output is one.
  init(terminalRows: Int?) {
    self.terminalRows = terminalRows
  }

  /// Allows long output to go through `command`.
  func usePager(_ command: String) {
    if terminalRows != nil { pagerCommand = command }
  }

  /// Writes out and empties `buffer`; returns `false` once standard output cannot be written.
  ///
  /// Pass it as ``RunContext/flushOutput`` so that long output is written as it grows.
  func flush(_ buffer: TextBuffer) -> Bool {
    guard failure == 0 else { return false }
    if pagerCommand != nil {
      held.append(buffer)
      buffer.removeAll()
      if let rows = terminalRows, lineCount(held) >= rows { startPager() }
      return true
    }
    write(buffer)
    return failure == 0
  }

  /// Writes one message to standard error at once.
  func writeError(_ text: String) {
    Self.write(text, to: 2)
  }

  /// Writes what is left of `result` and returns the exit status to end with.
  func finish(_ result: CommandResult) -> Int32 {
    _ = flush(result.output)
    if pagerCommand != nil {
      // All output is known and fits the terminal: no pager.
      pagerCommand = nil
      write(held)
    }
    if let pager {
      Platform.finish(pager)
      self.pager = nil
    }
    var status = result.status.rawValue
    if failure != 0 && failure != Platform.Errno.brokenPipe.rawValue {
      status = ExitStatus.ioError.rawValue
      let reason = Platform.Errno(rawValue: failure).description(in: language)
      Self.write("emcode: \(Messages.cannotWrite(reason, in: language))\n", to: 2)
    }
    Self.write(result.stderr, to: 2)
    return status
  }

  /// Sets the language of the writer's own messages.
  func speak(_ language: Language) {
    self.language = language
  }

  private func startPager() {
    guard let command = pagerCommand else { return }
    pagerCommand = nil
    pager = Platform.spawnShell(command)
    write(held)
  }

  /// Writes and empties a buffer, to the pager if one runs, else to standard output.
  private func write(_ buffer: TextBuffer) {
    guard failure == 0 else { return }
    let descriptor = pager?.input ?? 1
    buffer.withBytes { failure = Platform.writeAll(descriptor, $0)?.rawValue ?? 0 }
    buffer.removeAll()
  }

  private func lineCount(_ buffer: TextBuffer) -> Int {
    var lines = 0
    buffer.withBytes { bytes in
      for byte in bytes where byte == UInt8(ascii: "\n") { lines += 1 }
    }
    return lines
  }

  /// Writes text to a descriptor, ignoring failures (standard error has nowhere to report them).
  static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { _ = Platform.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
  }
}
