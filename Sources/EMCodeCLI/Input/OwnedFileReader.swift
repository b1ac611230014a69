import EMCodeKit

/// An open file descriptor, closed when the last reader that holds it goes away.
final class OwnedDescriptor: Sendable {
  /// The descriptor.
  let value: Int32

  /// Takes over `value`, an open descriptor.
  init(_ value: Int32) { self.value = value }

  deinit { Platform.close(value) }
}

/// Reads a file that emcode opened, and closes it when the last copy of the reader goes away.
struct OwnedFileReader: ByteReader {
  private let descriptor: OwnedDescriptor
  private var reader: FileDescriptorReader

  /// Takes over `descriptor`, an open file; `name` is the file's name for errors.
  init(descriptor: Int32, name: String) {
    self.descriptor = OwnedDescriptor(descriptor)
    reader = FileDescriptorReader(descriptor: descriptor, name: name)
  }

  /// Reads the next bytes.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    try reader.read(into: buffer)
  }
}
