/// The inputs that the arguments of an `--explain` run name, in the order they are reported.
///
/// Each argument is `-` (standard input), a file, or a folder. Arguments keep their order; a
/// folder stands for the files below it, walked recursively with the names of each folder in
/// bytewise order, so that a run over the same tree always reports in the same order. Symbolic
/// links are followed, but a folder is entered once: a link back up the tree cannot loop. The same
/// file, named twice or reached twice, is read once, where it first appears. Inside a folder only
/// regular files are read (not FIFOs, sockets or devices, which may block or never end).
///
/// Nothing here fails: an argument or entry that cannot be looked at becomes a source whose
/// ``InputSource/open(standardInput:)`` throws, in its place in the order.
struct InputCollection: Sendable {
  /// How deep below a folder named on the command line emcode descends.
  static let depthLimit = 64

  /// The inputs, in order.
  private(set) var sources: [InputSource] = []
  /// Where each file read so far stands in ``sources``.
  private var fileIndex: [Platform.FileIdentity: Int] = [:]
  /// The folders entered so far.
  private var enteredFolders: Set<Platform.FileIdentity> = []
  /// Whether `-` was named already.
  private var hasStandardInput = false

  /// Collects the inputs that `arguments` name; no arguments name no inputs.
  init(arguments: [String]) {
    for argument in arguments { add(argument) }
  }

  /// Adds one argument.
  private mutating func add(_ argument: String) {
    if argument == "-" {
      guard !hasStandardInput else { return }
      hasStandardInput = true
      sources.append(InputSource(location: .standardInput, name: "-", isNamed: true))
      return
    }
    let path = Array(argument.utf8)
    guard !path.isEmpty else { return problem(argument, .emptyName) }
    guard !path.contains(0) else { return problem(argument, .nulInName) }
    switch Platform.status(ofPath: path, followingLinks: true) {
    case .failure(let failure):
      problem(argument, .system(failure.rawValue))
    case .success(let status) where status.kind == .directory:
      enter(path, name: argument, identity: status.identity, depth: 0)
    case .success(let status):
      // Named files are read whatever they are: a FIFO or /dev/stdin is fine here.
      addFile(
        path, name: argument, identity: status.identity, isNamed: true,
        size: status.kind == .regular ? status.size : nil)
    }
  }

  /// Adds the files below a folder.
  private mutating func enter(_ path: [UInt8], name: String, identity: Platform.FileIdentity, depth: Int) {
    guard enteredFolders.insert(identity).inserted else { return }
    guard depth <= Self.depthLimit else { return problem(name, .nestedTooDeep(limit: Self.depthLimit)) }
    let entries: [[UInt8]]
    switch Platform.folderEntries(path) {
    case .success(let names): entries = names.sorted { $0.lexicographicallyPrecedes($1) }
    case .failure(let failure): return problem(name, .system(failure.rawValue))
    }
    let separator: [UInt8] = path.last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]
    for entry in entries {
      let entryPath = path + separator + entry
      let entryName = name + String(decoding: separator + entry, as: UTF8.self)
      switch Platform.status(ofPath: entryPath, followingLinks: true) {
      case .failure(let failure):
        // A link to nothing, a loop of links, a name that vanished since the listing.
        problem(entryName, .system(failure.rawValue))
      case .success(let status):
        switch status.kind {
        case .directory: enter(entryPath, name: entryName, identity: status.identity, depth: depth + 1)
        case .regular:
          addFile(entryPath, name: entryName, identity: status.identity, isNamed: false, size: status.size)
        case .symbolicLink, .other: break
        }
      }
    }
  }

  /// Adds a file, unless it is in already; a file named on the command line stays named.
  ///
  /// `size` is a regular file's size, `nil` for anything else.
  private mutating func addFile(
    _ path: [UInt8], name: String, identity: Platform.FileIdentity, isNamed: Bool, size: Int?
  ) {
    if let index = fileIndex[identity] {
      if isNamed { sources[index].isNamed = true }
      return
    }
    fileIndex[identity] = sources.count
    sources.append(InputSource(location: .file(path: path), name: name, isNamed: isNamed, knownSize: size))
  }

  /// Adds an input that cannot be looked at.
  private mutating func problem(_ name: String, _ reason: InputError.Reason) {
    sources.append(
      InputSource(location: .unreadable(InputError(path: name, reason: reason)), name: name, isNamed: true))
  }
}
