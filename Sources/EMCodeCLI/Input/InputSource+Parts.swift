import EMCodeKit

/// A share of a large file, read on its own thread.
struct InputPart: Sendable, Equatable {
  /// Where reading starts: before the share, to learn the requests under way at its start.
  let readFrom: Int
  /// The share: from the start of a line to the start of the next share's first line, or the end.
  let share: Range<Int>
  /// Where reading ends: a little past the share, so that an answer reaching past its end reads
  /// as it does in the whole file (the scanner looks that far ahead).
  let readTo: Int
}

extension InputSource {
  /// The size of a share: a plain-text file of at least twice this size is read in shares at
  /// once, so that one large trace uses every processor.
  ///
  /// Fixed, so that the report does not depend on the number of processors.
  static let partSize = 32 << 20

  /// How much of the file before a share is read to learn the requests under way: a request's
  /// lines lie within seconds of each other, and a mebibyte of trace is minutes of them.
  static let warmUp = 1 << 20

  /// How much of the file after a share is read: more than the scanner looks ahead.
  static let overscan = 4 << 10

  /// The shares of a large plain-text file, or `nil` when it is read whole: standard input, a
  /// small file, a FIFO or a device, gzip, UTF-16, or a binary file (which a folder's run skips).
  ///
  /// Only a regular file large enough to share is opened here: opening a FIFO would take the
  /// writer's only stream, and the real read would then wait for another writer for ever.
  func parts(partSize: Int = InputSource.partSize) -> [InputPart]? {
    guard case .file(let path) = location, let size = knownSize ?? Self.regularFileSize(path),
      size >= 2 * partSize, case .success(let opened) = Platform.openForReading(path)
    else { return nil }
    let descriptor = OwnedDescriptor(opened)
    // The file may have changed since it was looked at.
    guard case .success(let status) = Platform.status(of: descriptor.value), status.kind == .regular,
      status.size >= 2 * partSize
    else { return nil }
    let head = Self.read(descriptor.value, count: InputContent.binaryEvidenceLength, at: 0)
    guard !InputContent.isGzip(head), !InputContent.isUTF16(head), !InputContent.isBinary(head) else { return nil }
    var starts = [0]
    var offset = partSize
    while offset < status.size - partSize / 2 {
      // The share starts after the first line end at or after its offset.
      let window = Self.read(descriptor.value, count: 1 << 16, at: offset - 1)
      if let newline = window.firstIndex(of: 0x0A) { starts.append(offset + newline) }
      offset += partSize
    }
    let ends = starts.dropFirst() + [status.size]
    return zip(starts, ends).map {
      InputPart(readFrom: max(0, $0 - Self.warmUp), share: $0..<$1, readTo: min(status.size, $1 + Self.overscan))
    }
  }

  /// Opens a share of the file: a reader of its bytes from ``InputPart/readFrom`` to ``InputPart/readTo``.
  func open(_ part: InputPart) throws(InputError) -> AnyByteReader {
    guard case .file(let path) = location else { throw InputError(path: name, reason: .emptyName) }
    switch Platform.openForReading(path) {
    case .success(let opened):
      return AnyByteReader(
        FileRangeReader(
          descriptor: OwnedDescriptor(opened), range: part.readFrom..<part.readTo, name: name))
    case .failure(let failure): throw InputError(path: name, reason: .system(failure.rawValue))
    }
  }

  /// The size of the regular file at `path`, learnt without opening it; `nil` for anything else.
  private static func regularFileSize(_ path: [UInt8]) -> Int? {
    guard case .success(let status) = Platform.status(ofPath: path, followingLinks: true), status.kind == .regular
    else { return nil }
    return status.size
  }

  private static func read(_ descriptor: Int32, count: Int, at offset: Int) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      if case .success(let read) = Platform.read(descriptor, into: UnsafeMutableRawBufferPointer(buffer), at: offset) {
        initialized = read
      } else {
        initialized = 0
      }
    }
  }
}

/// Reads a range of an open file, without moving the file's position: shares of one file are
/// read at once on several threads.
struct FileRangeReader: ByteReader {
  private let descriptor: OwnedDescriptor
  private var range: Range<Int>
  private let name: String

  /// Reads `range` of the file open at `descriptor`; `name` is its name for errors.
  init(descriptor: OwnedDescriptor, range: Range<Int>, name: String) {
    self.descriptor = descriptor
    self.range = range
    self.name = name
  }

  /// Reads the next bytes of the range; 0 at its end.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    let wanted = min(buffer.count, range.count)
    guard wanted > 0 else { return 0 }
    switch Platform.read(
      descriptor.value, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<wanted]), at: range.lowerBound)
    {
    case .success(let count):
      range = (range.lowerBound + count)..<range.upperBound
      if count == 0 { range = range.upperBound..<range.upperBound }
      return count
    case .failure(let failure): throw InputError(path: name, reason: .system(failure.rawValue))
    }
  }
}
