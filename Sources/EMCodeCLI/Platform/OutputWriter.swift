import EMCodeKit

/// Writes a run's output to the process's standard output and its messages to standard error.
///
/// A reader that went away (`emcode --list | head -1`, EPIPE) ends the output quietly with the
/// run's own status. Any other write failure, such as a full disk, is reported in one line on
/// standard error and ends with ``ExitStatus/ioError``.
final class OutputWriter {
  /// The `errno` of the first failed write to standard output, or 0.
  private(set) var failure: Int32 = 0

  /// Writes out and empties `buffer`; returns `false` once standard output cannot be written.
  ///
  /// Pass it as ``RunContext/flushOutput`` so that long output is written as it grows.
  func flush(_ buffer: TextBuffer) -> Bool {
    guard failure == 0 else { return false }
    buffer.withBytes { failure = Platform.writeAll(1, $0)?.rawValue ?? 0 }
    buffer.removeAll()
    return failure == 0
  }

  /// Writes what is left of `result` and returns the exit status to end with.
  func finish(_ result: CommandResult) -> Int32 {
    _ = flush(result.output)
    var status = result.status.rawValue
    if failure != 0 && failure != Platform.Errno.brokenPipe.rawValue {
      status = ExitStatus.ioError.rawValue
      Self.write("emcode: cannot write the output: \(Platform.Errno(rawValue: failure).message)\n", to: 2)
    }
    Self.write(result.stderr, to: 2)
    return status
  }

  /// Writes text to a descriptor, ignoring failures (standard error has nowhere to report them).
  static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { _ = Platform.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
  }
}
