import CZlib
import EMCodeKit

/// Inflates a gzip stream that it reads from another reader, into the caller's buffer.
///
/// Memory stays the same whatever the input: zlib's 32 KiB window and state, plus one buffer of
/// compressed bytes (``inputSize``); the text goes straight into the buffer `read` is given. A zip
/// bomb therefore costs time, not memory. Members written one after another (`cat a.gz b.gz`) read
/// as one text, and zero bytes after the last member (padding) are ignored, as `gzip -d` does.
/// Anything else that is not gzip, and a stream that ends inside a member, are errors.
struct GzipReader<Base: ByteReader>: ByteReader where Base.Failure == InputError {
  /// How many compressed bytes one read of the base asks for, unless the caller says otherwise.
  ///
  /// Measured on a 200 MiB trace (17 MiB gzip) into the scanner's 256 KiB reads: 64 KiB and more
  /// inflate at zlib's own speed (a C loop with 1 MiB buffers, about 1 GB/s of text); 16 KiB
  /// costs 2 % and 4 KiB 9 %. The output buffer is the caller's: 256 KiB beats 16 KiB by 15 %.
  static var defaultInputSize: Int { 1 << 16 }

  private var base: Base
  private let name: String
  private let inflater: Inflater

  /// Creates a reader that inflates what `base` gives; `name` is the input's name for errors.
  init(base: Base, name: String, inputSize: Int = Self.defaultInputSize) {
    self.base = base
    self.name = name
    inflater = Inflater(inputSize: max(1, inputSize))
  }

  /// Inflates into `buffer` until it is full or the text ends; 0 at the end of the text.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    guard let output = buffer.baseAddress, buffer.count > 0, inflater.phase != .finished else { return 0 }
    if inflater.phase == .unstarted { try start(inflater) }
    let stream = inflater.stream
    let capacity = UInt32(clamping: buffer.count)
    stream.pointee.next_out = output.assumingMemoryBound(to: Bytef.self)
    stream.pointee.avail_out = capacity
    while stream.pointee.avail_out > 0 {
      if stream.pointee.avail_in == 0 && !inflater.inputEnded { try refill() }
      if inflater.phase == .betweenMembers {
        inflater.skipZeros()
        if stream.pointee.avail_in == 0 {
          if inflater.inputEnded {
            inflater.phase = .finished
            break
          }
          continue
        }
        // Another member follows.
        inflateReset(stream)
        inflater.phase = .inMember
      }
      let status = inflate(stream, Z_NO_FLUSH)
      switch status {
      case Z_OK:
        continue
      case Z_STREAM_END:
        inflater.phase = .betweenMembers
      case Z_BUF_ERROR:
        // No progress was possible: zlib needs input that is not there.
        if inflater.inputEnded { throw InputError(path: name, reason: .compressedDataTruncated) }
      case Z_MEM_ERROR:
        throw InputError(path: name, reason: .system(Platform.Errno.outOfMemory.rawValue))
      default:
        // Z_DATA_ERROR (a bad header, block or checksum), Z_NEED_DICT, Z_STREAM_ERROR.
        throw InputError(path: name, reason: .compressedDataCorrupt)
      }
    }
    return Int(capacity - stream.pointee.avail_out)
  }

  /// Starts zlib on its first use, so that making a reader cannot fail.
  private func start(_ inflater: Inflater) throws(InputError) {
    guard czlib_inflate_init_gzip(inflater.stream) == Z_OK else {
      throw InputError(path: name, reason: .system(Platform.Errno.outOfMemory.rawValue))
    }
    inflater.phase = .inMember
  }

  /// Reads the next compressed bytes from the base into the input buffer.
  private mutating func refill() throws(InputError) {
    let count = try base.read(into: inflater.input)
    if count == 0 { inflater.inputEnded = true }
    inflater.stream.pointee.next_in = inflater.input.baseAddress?.assumingMemoryBound(to: Bytef.self)
    inflater.stream.pointee.avail_in = UInt32(count)
  }
}

/// zlib's stream and the compressed bytes it reads; both stay at one address (zlib checks that
/// the stream does not move), and go away with the last copy of the reader.
private final class Inflater {
  /// Where the reader stands.
  enum Phase { case unstarted, inMember, betweenMembers, finished }

  let stream: UnsafeMutablePointer<z_stream>
  let input: UnsafeMutableRawBufferPointer
  var phase = Phase.unstarted
  /// Whether the base reader has reached its end.
  var inputEnded = false

  init(inputSize: Int) {
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    input = .allocate(byteCount: inputSize, alignment: 16)
  }

  /// Drops zero bytes at the start of the pending input: padding after a member.
  func skipZeros() {
    while stream.pointee.avail_in > 0, stream.pointee.next_in.pointee == 0 {
      stream.pointee.next_in += 1
      stream.pointee.avail_in -= 1
    }
  }

  deinit {
    if phase != .unstarted { inflateEnd(stream) }
    stream.deinitialize(count: 1)
    stream.deallocate()
    input.deallocate()
  }
}
