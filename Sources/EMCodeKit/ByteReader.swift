#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A source of bytes that the explain scanner reads in chunks.
public protocol ByteReader {
  /// Reads up to `buffer.count` bytes into `buffer`.
  ///
  /// - Returns: The number of bytes read; 0 at the end of the input.
  /// - Throws: ``InputError`` when reading fails.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int
}

/// Reads bytes from memory; for tests and for arguments.
public struct MemoryReader: ByteReader {
  private let bytes: [UInt8]
  private var offset = 0
  private let chunkSize: Int

  /// Creates a reader over `bytes` that hands them out at most `chunkSize` at a time.
  public init(_ bytes: [UInt8], chunkSize: Int = .max) {
    self.bytes = bytes
    self.chunkSize = max(1, chunkSize)
  }

  /// Copies the next bytes into `buffer`.
  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    let count = min(buffer.count, bytes.count - offset, chunkSize)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count)]))
    }
    offset += count
    return count
  }
}

/// Reads bytes from an open file descriptor with `read(2)`.
public struct FileDescriptorReader: ByteReader {
  /// The descriptor read from; the reader does not close it.
  public let descriptor: Int32
  /// The name to use in messages (`-` for standard input).
  public let name: String

  /// Creates a reader for an open descriptor.
  public init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
  }

  /// Reads the next bytes, retrying when interrupted by a signal.
  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    while true {
      let count = posixRead(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw InputError(path: name, reason: InputError.describe(errno))
    }
  }
}

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
