import EMCodeKit

/// Reads bytes from an open file descriptor: a file, or standard input.
struct FileDescriptorReader: ByteReader {
  /// The descriptor read from; the reader does not close it.
  let descriptor: Int32
  /// The name to use in messages (`-` for standard input).
  let name: String

  /// Reads the next bytes.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    switch Platform.read(descriptor, into: buffer) {
    case .success(let count): return count
    case .failure(let failure): throw InputError(path: name, reason: .system(failure.rawValue))
    }
  }
}
