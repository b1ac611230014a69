import EMCodeKit

/// An input that cannot be opened or read.
public struct InputError: Error, Sendable, Equatable {
  /// Why an input cannot be read.
  public enum Reason: Sendable, Equatable {
    /// The file name is empty.
    case emptyName
    /// The file name holds a NUL byte, which no file name can.
    case nulInName
    /// The path names a folder.
    case isDirectory
    /// The C library's `errno` for a failed call.
    case system(Int32)
  }

  /// The file as the user named it (`-` for standard input).
  public let path: String
  /// Why it cannot be read.
  public let reason: Reason

  /// Creates an input error.
  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }
}

extension InputError {
  /// The one-line message the command prints, without the `emcode: ` prefix.
  var message: String {
    let shown = path == "-" ? "standard input" : "'\(Sanitized.line(path))'"
    return "cannot read \(shown): \(reasonText)"
  }

  /// Why, in a few words (`no such file`, `is a directory`, `permission denied`).
  var reasonText: String {
    switch reason {
    case .emptyName: return "an empty file name"
    case .nulInName: return "the name contains a NUL byte"
    case .isDirectory: return "is a directory"
    case .system(let code): return Platform.Errno(rawValue: code).message
    }
  }
}
