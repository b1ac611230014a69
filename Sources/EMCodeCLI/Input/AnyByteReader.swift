import EMCodeKit

/// Any reader of input behind one type: standard input, a file, gzip over either, or memory in tests.
public struct AnyByteReader: ByteReader {
  private var readNext: (UnsafeMutableRawBufferPointer) throws(InputError) -> Int

  /// Wraps a reader whose failures are input errors.
  public init<Reader: ByteReader>(_ reader: Reader) where Reader.Failure == InputError {
    var reader = reader
    readNext = { buffer throws(InputError) in try reader.read(into: buffer) }
  }

  /// Wraps a reader that cannot fail.
  public init<Reader: ByteReader>(_ reader: Reader) where Reader.Failure == Never {
    var reader = reader
    readNext = { buffer in reader.read(into: buffer) }
  }

  /// Reads from the wrapped reader.
  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    try readNext(buffer)
  }
}
