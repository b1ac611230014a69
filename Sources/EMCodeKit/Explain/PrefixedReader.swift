/// A reader that first hands out bytes already read, then the rest of its base reader.
struct PrefixedReader<Base: ByteReader>: ByteReader {
  var base: Base
  var prefix: [UInt8]

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(Base.Failure) -> Int {
    guard !prefix.isEmpty else { return try base.read(into: buffer) }
    let count = min(prefix.count, buffer.count)
    buffer.copyBytes(from: prefix[..<count])
    prefix.removeFirst(count)
    return count
  }
}
