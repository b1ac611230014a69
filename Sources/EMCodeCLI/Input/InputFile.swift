/// Opening the files that `--explain` reads.
enum InputFile {
  /// Opens `path` for reading, refusing folders.
  ///
  /// - Returns: The open descriptor, which the caller closes with ``close(_:)``.
  static func open(_ path: String) throws(InputError) -> Int32 {
    guard !path.isEmpty else { throw InputError(path: path, reason: .emptyName) }
    guard !path.utf8.contains(0) else { throw InputError(path: path, reason: .nulInName) }
    let descriptor: Int32
    switch Platform.openForReading(path) {
    case .success(let opened): descriptor = opened
    case .failure(let failure): throw InputError(path: path, reason: .system(failure.rawValue))
    }
    if Platform.isDirectory(descriptor) {
      Platform.close(descriptor)
      throw InputError(path: path, reason: .isDirectory)
    }
    return descriptor
  }

  /// Closes a descriptor that ``open(_:)`` returned.
  static func close(_ descriptor: Int32) {
    Platform.close(descriptor)
  }
}
