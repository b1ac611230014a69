import EMCodeKit

/// An input opened for reading: the text to scan and the name to show.
struct OpenedInput {
  /// The name to show: ``InputSource/name``.
  let name: String
  /// The input's text, decompressed if the input is gzip.
  ///
  /// It closes the file when the last copy of it goes away.
  var reader: AnyByteReader
}

extension InputSource {
  /// Opens the input and returns a reader of its text; `nil` if it is a binary file found in a
  /// folder, which is skipped.
  ///
  /// The input is gzip if its first two bytes are 1f 8b, whatever its name; it is binary if its
  /// text holds a NUL byte in the first ``InputContent/binaryEvidenceLength`` bytes and is not
  /// UTF-16. An input named on the command line is always read.
  ///
  /// - Parameter standardInput: Makes the reader of standard input (``RunContext/standardInput``).
  /// - Throws: ``InputError`` if the input cannot be opened, or its head cannot be read.
  func open(standardInput: () -> AnyByteReader) throws(InputError) -> OpenedInput? {
    switch location {
    case .unreadable(let error):
      throw error
    case .standardInput:
      return try open(standardInput())
    case .file(let path):
      guard !path.isEmpty else { throw InputError(path: name, reason: .emptyName) }
      guard !path.contains(0) else { throw InputError(path: name, reason: .nulInName) }
      let descriptor: Int32
      switch Platform.openForReading(path) {
      case .success(let opened): descriptor = opened
      case .failure(let failure): throw InputError(path: name, reason: .system(failure.rawValue))
      }
      // From here on the reader owns the descriptor and closes it.
      let file = OwnedFileReader(descriptor: descriptor, name: name)
      if case .success(let status) = Platform.status(of: descriptor), status.kind == .directory {
        throw InputError(path: name, reason: .isDirectory)
      }
      return try open(file)
    }
  }

  /// Looks at the head of `raw`: decompresses gzip, skips binary unless named.
  private func open<Raw: ByteReader>(_ raw: Raw) throws(InputError) -> OpenedInput?
  where Raw.Failure == InputError {
    var raw = raw
    // One read usually gives far more than the two bytes that tell gzip.
    let rawHead = try raw.readHead(minimum: 2, maximum: InputContent.binaryEvidenceLength)
    guard InputContent.isGzip(rawHead) else { return try checked(raw, after: rawHead) }
    let text = GzipReader(base: ReplayReader(base: raw, head: rawHead), name: name)
    return try checked(text, after: [])
  }

  /// Returns the input whose text is `head` and then the rest of `text`; `nil` if that text is
  /// binary and the input was not named.
  private func checked<Text: ByteReader>(_ text: Text, after head: [UInt8]) throws(InputError) -> OpenedInput?
  where Text.Failure == InputError {
    var text = text
    var head = head
    if !isNamed {
      let missing = InputContent.binaryEvidenceLength - head.count
      if missing > 0 { head += try text.readHead(minimum: missing, maximum: missing) }
      if InputContent.isBinary(head) { return nil }
    }
    return OpenedInput(name: name, reader: AnyByteReader(ReplayReader(base: text, head: head)))
  }
}
