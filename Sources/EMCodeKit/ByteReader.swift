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
