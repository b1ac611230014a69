/// A source of bytes that the explain scanner reads in chunks: a file, standard input, memory.
public protocol ByteReader {
  /// What a failed read throws; `Never` for a reader that cannot fail.
  associatedtype Failure: Error

  /// Reads up to `buffer.count` bytes into `buffer`.
  ///
  /// - Returns: The number of bytes read; 0 at the end of the input.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int
}

/// Reads bytes from memory: text a user typed, a test's input.
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
  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    let count = min(buffer.count, bytes.count - offset, chunkSize)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count)]))
    }
    offset += count
    return count
  }
}
