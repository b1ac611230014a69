/// One input of an `--explain` run: standard input, a file named on the command line, or a file
/// found in a folder.
struct InputSource: Sendable, Equatable {
  /// Where the bytes come from.
  enum Location: Sendable, Equatable {
    /// Standard input (`-`).
    case standardInput
    /// A file, by the bytes of its path (file names need not be UTF-8).
    case file(path: [UInt8])
    /// An input that could not even be looked at: an argument that does not exist, a folder that
    /// cannot be listed. Opening it throws this error, so that the caller meets every problem in
    /// one place and in order.
    case unreadable(InputError)
  }

  /// Where the bytes come from.
  let location: Location
  /// The name to show: `-` for standard input, the path as typed, or the path found under a folder
  /// (the folder as typed, then `/` and the names below it).
  let name: String
  /// Whether the input was named on the command line, so is read even if it looks binary.
  var isNamed: Bool
  /// The file's size, when the collection found a regular file: ``parts(partSize:)`` then need
  /// not open it to learn it.
  ///
  /// `nil` for anything else, or for a source made without looking.
  var knownSize: Int?
}
