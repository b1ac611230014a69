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
    /// The gzip data is damaged: a bad header, block or checksum, or bytes after it that are not gzip.
    case compressedDataCorrupt
    /// The gzip data ends inside a member: the file was cut off, or is still being written.
    case compressedDataTruncated
    /// A folder lies deeper below the folder named on the command line than emcode descends.
    case nestedTooDeep(limit: Int)
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
    case .compressedDataCorrupt:
      why = language == .german ? "die gzip-Daten sind beschädigt" : "the gzip data is corrupt"
    case .compressedDataTruncated:
      why =
        language == .german
        ? "die gzip-Daten brechen vorzeitig ab (abgeschnitten)" : "the gzip data ends too early (truncated)"
    case .nestedTooDeep(let limit):
      why =
        language == .german
        ? "mehr als \(limit) Verzeichnisebenen tief" : "nested more than \(limit) directories deep"
    }
    return language == .german ? "\(shown) lässt sich nicht lesen: \(why)" : "cannot read \(shown): \(why)"
  }
}
