import EMCodeKit

/// Hands out bytes already read from a reader, then the rest of that reader: what lets emcode look
/// at the head of an input (is it gzip, is it binary) and still give the scanner every byte.
struct ReplayReader<Base: ByteReader>: ByteReader {
  private var base: Base
  private let head: [UInt8]
  private var offset = 0

  /// Creates a reader that gives `head` first, then what `base` still has.
  init(base: Base, head: [UInt8]) {
    self.base = base
    self.head = head
  }

  /// Reads the next bytes: the head's, then the base's.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(Base.Failure) -> Int {
    guard offset < head.count else { return try base.read(into: buffer) }
    let count = min(buffer.count, head.count - offset)
    head.withUnsafeBytes { bytes in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
    }
    offset += count
    return count
  }
}

extension ByteReader {
  /// Reads until `minimum` bytes are in (or the input ends), in reads of at most `maximum` bytes
  /// together, and returns them.
  mutating func readHead(minimum: Int, maximum: Int) throws(Failure) -> [UInt8] {
    let head = UnsafeMutableRawBufferPointer.allocate(byteCount: max(minimum, maximum), alignment: 1)
    defer { head.deallocate() }
    var count = 0
    while count < minimum {
      let read = try read(into: UnsafeMutableRawBufferPointer(rebasing: head[count...]))
      if read == 0 { break }
      count += read
    }
    return Array(head[..<count])
  }
}
