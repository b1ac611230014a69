#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a run's result to the process's standard output and error.
public enum OutputWriter {
  /// Writes `result` and returns the exit status to end with.
  ///
  /// A reader that went away (`emcode --list | head -1`, EPIPE) ends the output quietly
  /// with the run's own status. Any other write failure, such as a full disk, is reported
  /// in one line on standard error and ends with ``ExitStatus/ioError``.
  public static func write(_ result: EMCode.Result) -> Int32 {
    var status = result.status.rawValue
    switch writeAll(result.output.bytes, to: 1) {
    case 0, EPIPE: break
    case let code:
      status = ExitStatus.ioError.rawValue
      _ = writeAll("emcode: cannot write the output: \(String(cString: strerror(code)))\n", to: 2)
    }
    _ = writeAll(result.stderr, to: 2)
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
