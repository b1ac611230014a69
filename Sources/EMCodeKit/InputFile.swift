#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An input that cannot be opened or read.
public struct InputError: Error, Sendable, Equatable {
  /// The file as the user named it.
  public let path: String
  /// Why, in a few words (`no such file`, `is a directory`, `permission denied`).
  public let reason: String

  /// Creates an input error.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// A short description of an `errno` value.
  static func describe(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES, EPERM: return "permission denied"
    case EISDIR: return "is a directory"
    case ENOTDIR: return "a part of the path is not a directory"
    case ELOOP: return "too many symbolic links"
    case ENAMETOOLONG: return "the name is too long"
    case EIO: return "input/output error"
    default: return "cannot be read (errno \(code))"
    }
  }
}

/// Opening the file that `--explain` reads.
public enum InputFile {
  /// Opens `path` for reading, refusing folders.
  ///
  /// - Returns: The open descriptor, which the caller closes.
  public static func open(_ path: String) throws(InputError) -> Int32 {
    guard !path.isEmpty else { throw InputError(path: path, reason: "an empty file name") }
    guard !path.utf8.contains(0) else { throw InputError(path: path, reason: "the name contains a NUL byte") }
    var descriptor: Int32
    repeat { descriptor = posixOpen(path, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
    guard descriptor >= 0 else { throw InputError(path: path, reason: InputError.describe(errno)) }
    var status = stat()
    if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      throw InputError(path: path, reason: "is a directory")
    }
    return descriptor
  }

  /// Closes a descriptor that ``open(_:)`` returned.
  public static func close(_ descriptor: Int32) {
    _ = posixClose(descriptor)
  }
}
