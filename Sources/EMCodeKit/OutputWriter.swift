#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a run's output to the process's standard output and its messages to standard error.
///
/// A reader that went away (`emcode --list | head -1`, EPIPE) ends the output quietly with the
/// run's own status. Any other write failure, such as a full disk, is reported in one line on
/// standard error and ends with ``ExitStatus/ioError``.
public final class OutputWriter {
  /// The `errno` of the first failed write to standard output, or 0.
  public private(set) var failure: Int32 = 0

  /// Creates a writer for standard output and standard error.
  public init() {}

  /// Writes out and empties `buffer`; returns `false` once standard output cannot be written.
  ///
  /// Pass it as ``RunContext/flushOutput`` so that long output is written as it grows.
  public func flush(_ buffer: TextBuffer) -> Bool {
    guard failure == 0 else { return false }
    failure = Self.writeAll(buffer.bytes, to: 1)
    buffer.removeAll()
    return failure == 0
  }

  /// Writes what is left of `result` and returns the exit status to end with.
  public func finish(_ result: EMCode.Result) -> Int32 {
    _ = flush(result.output)
    var status = result.status.rawValue
    if failure != 0 && failure != EPIPE {
      status = ExitStatus.ioError.rawValue
      _ = Self.writeAll("emcode: cannot write the output: \(String(cString: strerror(failure)))\n", to: 2)
    }
    _ = Self.writeAll(result.stderr, to: 2)
    return status
  }

  /// Writes all of `text` to a descriptor; returns 0 or the `errno` of the failure.
  static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
    var text = text
    return text.withUTF8 { writeAll($0, to: descriptor) }
  }

  /// Writes all of `bytes` to a descriptor; returns 0 or the `errno` of the failure.
  static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
    guard var pointer = bytes.baseAddress else { return 0 }
    var remaining = bytes.count
    while remaining > 0 {
      let written = posixWrite(descriptor, pointer, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      pointer += written
      remaining -= written
    }
    return 0
  }
}
