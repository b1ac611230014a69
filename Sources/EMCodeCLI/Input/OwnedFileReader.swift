import EMCodeKit

/// Reads a file that emcode opened, and closes it when the last copy of the reader goes away.
struct OwnedFileReader: ByteReader {
  /// An open descriptor, closed on deinit.
  private final class Descriptor {
    let value: Int32
    init(_ value: Int32) { self.value = value }
    deinit { Platform.close(value) }
  }

  private let descriptor: Descriptor
  private var reader: FileDescriptorReader

  /// Takes over `descriptor`, an open file; `name` is the file's name for errors.
  init(descriptor: Int32, name: String) {
    self.descriptor = Descriptor(descriptor)
    reader = FileDescriptorReader(descriptor: descriptor, name: name)
  }

  /// Reads the next bytes.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    try reader.read(into: buffer)
  }
}
