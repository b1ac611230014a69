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
  func message(in language: Language) -> String {
    let shown = Messages.inputName(path, in: language)
    let why: String
    switch reason {
    case .emptyName: why = language == .german ? "ein leerer Dateiname" : "an empty file name"
    case .nulInName: why = language == .german ? "der Name enthält ein NUL-Byte" : "the name contains a NUL byte"
    case .isDirectory: why = language == .german ? "ist ein Verzeichnis" : "is a directory"
    case .system(let code): why = Platform.Errno(rawValue: code).description(in: language)
    }
    return language == .german ? "\(shown) lässt sich nicht lesen: \(why)" : "cannot read \(shown): \(why)"
  }
}
