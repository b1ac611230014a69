import EMCodeKit
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif os(Windows)
  import ucrt
#else
  #error("Unsupported platform: emcode's Platform.swift knows Glibc, Musl, Darwin and Windows (ucrt)")
#endif

/// Every call emcode makes to the C library, in one file: the rest of the package imports no C module
/// (zlib, which ``GzipReader`` calls, is not the C library).
///
/// Only Linux (Glibc) is built and tested. The Darwin and Musl branches use the same POSIX calls;
/// the Windows branch maps them to the UCRT's `_read`/`_write` family and does without terminal
/// size, signals, `poll`, links, inode numbers, folder listing and threads, which the UCRT does
/// not have: there, a folder cannot be read, and a parallel map runs on one thread.
enum Platform {
  /// A C `errno` value.
  struct Errno: Error, Equatable, Sendable {
    /// The raw value.
    let rawValue: Int32

    /// The value of `errno` now.
    static var current: Errno { Errno(rawValue: errno) }

    /// The call was interrupted by a signal and can be repeated.
    static let interrupted = Errno(rawValue: EINTR)
    /// The reader went away (a closed pipe).
    static let brokenPipe = Errno(rawValue: EPIPE)
    /// A non-blocking descriptor has nothing to give or take now.
    static let wouldBlock = Errno(rawValue: EAGAIN)
    /// There is not enough memory.
    static let outOfMemory = Errno(rawValue: ENOMEM)

    /// What the C library says the value means, as `strerror(3)` writes it (in English).
    var message: String {
      guard let text = strerror(rawValue) else { return "error \(rawValue)" }
      return String(cString: text)
    }

    /// What the value means, in `language`: the failures a file or a pipe can meet have their own
    /// words; others fall back to `strerror(3)` in English and "Systemfehler N" in German.
    func description(in language: Language) -> String {
      let german = language == .german
      switch rawValue {
      case ENOENT: return german ? "Datei oder Verzeichnis nicht gefunden" : "No such file or directory"
      case EACCES, EPERM: return german ? "keine Berechtigung" : "Permission denied"
      case EISDIR: return german ? "ist ein Verzeichnis" : "Is a directory"
      case ENOTDIR: return german ? "ein Teil des Pfades ist kein Verzeichnis" : "Not a directory"
      case ELOOP: return german ? "zu viele symbolische Links" : "Too many levels of symbolic links"
      case ENAMETOOLONG: return german ? "der Name ist zu lang" : "File name too long"
      case EIO: return german ? "Ein-/Ausgabefehler" : "Input/output error"
      case EBADF: return german ? "ungültiger Dateideskriptor" : "Bad file descriptor"
      case ENOSPC: return german ? "kein Platz mehr auf dem Gerät" : "No space left on device"
      case EFBIG: return german ? "Datei zu groß" : "File too large"
      case EPIPE: return german ? "Leser nicht mehr da (Pipe geschlossen)" : "Broken pipe"
      case EROFS: return german ? "nur lesbares Dateisystem" : "Read-only file system"
      case EMFILE, ENFILE: return german ? "zu viele offene Dateien" : "Too many open files"
      case ENOMEM: return german ? "nicht genug Speicher" : "Cannot allocate memory"
      case ENXIO, ENODEV: return german ? "kein solches Gerät" : "No such device or address"
      case EINVAL: return german ? "ungültiges Argument" : "Invalid argument"
      case ETXTBSY: return german ? "Datei wird gerade benutzt" : "Text file busy"
      case EOVERFLOW: return german ? "Wert zu groß für den Datentyp" : "Value too large for defined data type"
      case EAGAIN: return german ? "Ressource vorübergehend nicht verfügbar" : "Resource temporarily unavailable"
      #if !os(Windows)
        case EDQUOT: return german ? "Kontingent überschritten" : "Disk quota exceeded"
        // A trace folder on a network share (NFS, SMB) meets these.
        case ESTALE: return german ? "veraltetes Datei-Handle (Netzlaufwerk)" : "Stale file handle"
        case ETIMEDOUT: return german ? "Zeitüberschreitung der Verbindung" : "Connection timed out"
        case ECONNRESET: return german ? "Verbindung von der Gegenseite zurückgesetzt" : "Connection reset by peer"
        case ENOTCONN: return german ? "keine Verbindung" : "Transport endpoint is not connected"
        case EHOSTUNREACH: return german ? "Rechner nicht erreichbar" : "No route to host"
        case ENOLCK: return german ? "keine Sperre verfügbar" : "No locks available"
      #endif
      default: return german ? "Systemfehler \(rawValue)" : message
      }
    }
  }

  // MARK: Process

  /// Keeps a closed pipe (SIGPIPE) and a file-size limit (SIGXFSZ) from ending emcode without a word.
  ///
  /// The writes that would have raised them then fail with EPIPE or EFBIG, which emcode reports itself.
  static func ignoreFatalWriteSignals() {
    #if !os(Windows)
      signal(SIGPIPE, SIG_IGN)
      signal(SIGXFSZ, SIG_IGN)
    #endif
  }

  /// Ends the process with `status`.
  static func exit(_ status: Int32) -> Never {
    #if os(Windows)
      ucrt.exit(status)
    #elseif canImport(Glibc)
      Glibc.exit(status)
    #elseif canImport(Musl)
      Musl.exit(status)
    #else
      Darwin.exit(status)
    #endif
  }

  /// The value of an environment variable, or `nil` when it is not set.
  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  // MARK: Pager

  /// A process started with a pipe to its standard input.
  struct Child {
    /// The process id.
    let pid: Int32
    /// The descriptor that writes to the child's standard input.
    let input: Int32
  }

  /// Starts `/bin/sh -c command` with its standard input a new pipe, for paging; `nil` when it
  /// cannot be started (on Windows it never is).
  static func spawnShell(_ command: String) -> Child? {
    #if os(Windows)
      return nil
    #else
      var pipeEnds: [Int32] = [0, 0]
      guard pipe(&pipeEnds) == 0 else { return nil }
      let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
      posix_spawn_file_actions_addclose(&actions, readEnd)
      posix_spawn_file_actions_addclose(&actions, writeEnd)
      let words: [String] = ["/bin/sh", "-c", command]
      let arguments: [UnsafeMutablePointer<CChar>?] = words.map { word in word.withCString { strdup($0) } }
      defer { arguments.forEach { free($0) } }
      var argv = arguments + [nil]
      var pid: pid_t = 0
      let status = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
      close(readEnd)
      guard status == 0 else {
        close(writeEnd)
        return nil
      }
      return Child(pid: pid, input: writeEnd)
    #endif
  }

  /// Closes a child's input and waits for it to end.
  static func finish(_ child: Child) {
    #if !os(Windows)
      close(child.input)
      var status: Int32 = 0
      while waitpid(child.pid, &status, 0) < 0 && Errno.current == .interrupted {}
    #endif
  }

  // MARK: Descriptors

  /// Whether a descriptor is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    #if os(Windows)
      return _isatty(descriptor) != 0
    #else
      return isatty(descriptor) == 1
    #endif
  }

  /// The width and height of the terminal on a descriptor, if it is one that reports them.
  static func terminalSize(_ descriptor: Int32) -> (columns: Int, rows: Int)? {
    #if os(Windows)
      return nil
    #else
      var size = winsize()
      guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
      return (Int(size.ws_col), Int(size.ws_row))
    #endif
  }

  /// Opens a file for reading; `path` holds the name's bytes, without a NUL.
  static func openForReading(_ path: [UInt8]) -> Result<Int32, Errno> {
    withCString(path) { path in
      while true {
        #if os(Windows)
          let descriptor = _open(path, _O_RDONLY | _O_BINARY)
        #else
          let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        #endif
        if descriptor >= 0 { return .success(descriptor) }
        let failure = Errno.current
        if failure != .interrupted { return .failure(failure) }
      }
    }
  }

  /// Calls `body` with `bytes` as a NUL-terminated C string.
  private static func withCString<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
    let string = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
    defer { string.deallocate() }
    for (index, byte) in bytes.enumerated() { string[index] = CChar(bitPattern: byte) }
    string[bytes.count] = 0
    return body(string)
  }

  /// Closes a descriptor.
  static func close(_ descriptor: Int32) {
    #if os(Windows)
      _ = _close(descriptor)
    #elseif canImport(Glibc)
      _ = Glibc.close(descriptor)
    #elseif canImport(Musl)
      _ = Musl.close(descriptor)
    #else
      _ = Darwin.close(descriptor)
    #endif
  }

  /// Reads up to `buffer.count` bytes; 0 at the end.
  ///
  /// Retries when a signal interrupts the call, and waits when a non-blocking descriptor has no
  /// data yet, so that callers see only data, the end, or a real failure.
  static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, Errno> {
    while true {
      #if os(Windows)
        let count = Int(_read(descriptor, buffer.baseAddress, UInt32(min(buffer.count, Int(Int32.max)))))
      #elseif canImport(Glibc)
        let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      #elseif canImport(Musl)
        let count = Musl.read(descriptor, buffer.baseAddress, buffer.count)
      #else
        let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
      #endif
      if count >= 0 { return .success(count) }
      let failure = Errno.current
      if failure == .interrupted { continue }
      if failure == .wouldBlock, wait(for: descriptor, writing: false) { continue }
      return .failure(failure)
    }
  }

  /// Reads up to `buffer.count` bytes at `offset` of a file, without moving its position; 0 at
  /// the end.
  ///
  /// Retries when a signal interrupts the call.
  static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Result<
    Int, Errno
  > {
    while true {
      #if os(Windows)
        guard _lseeki64(descriptor, Int64(offset), SEEK_SET) >= 0 else { return .failure(.current) }
        let count = Int(_read(descriptor, buffer.baseAddress, UInt32(min(buffer.count, Int(Int32.max)))))
      #elseif canImport(Glibc)
        let count = Glibc.pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
      #elseif canImport(Musl)
        let count = Musl.pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
      #else
        let count = Darwin.pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
      #endif
      if count >= 0 { return .success(count) }
      let failure = Errno.current
      if failure == .interrupted { continue }
      return .failure(failure)
    }
  }

  /// Writes all of `bytes`; `nil` when done, else the failure.
  ///
  /// Retries when a signal interrupts the call, and waits when a non-blocking descriptor is full.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Errno? {
    guard var pointer = bytes.baseAddress else { return nil }
    var remaining = bytes.count
    while remaining > 0 {
      #if os(Windows)
        let written = Int(_write(descriptor, pointer, UInt32(min(remaining, Int(Int32.max)))))
      #elseif canImport(Glibc)
        let written = Glibc.write(descriptor, pointer, remaining)
      #elseif canImport(Musl)
        let written = Musl.write(descriptor, pointer, remaining)
      #else
        let written = Darwin.write(descriptor, pointer, remaining)
      #endif
      if written < 0 {
        let failure = Errno.current
        if failure == .interrupted { continue }
        if failure == .wouldBlock, wait(for: descriptor, writing: true) { continue }
        return failure
      }
      pointer += written
      remaining -= written
    }
    return nil
  }

  /// Waits until a descriptor can be read or written; `false` if it cannot be waited for.
  private static func wait(for descriptor: Int32, writing: Bool) -> Bool {
    #if os(Windows)
      return false
    #else
      var request = pollfd(fd: descriptor, events: Int16(writing ? POLLOUT : POLLIN), revents: 0)
      while true {
        let ready = poll(&request, 1, -1)
        if ready > 0 { return true }
        if ready < 0 && Errno.current == .interrupted { continue }
        return false
      }
    #endif
  }

  // MARK: Folders

  /// What a name in the file system is.
  enum FileKind: Sendable, Equatable {
    case regular, directory, symbolicLink, other
  }

  /// Which file a name leads to: two names with the same identity are the same file.
  struct FileIdentity: Hashable, Sendable {
    /// The device that holds the file.
    let device: UInt64
    /// The file's number on that device.
    let inode: UInt64
  }

  /// What `stat(2)` says about a file: its kind and identity.
  struct FileStatus: Sendable, Equatable {
    /// What the file is.
    let kind: FileKind
    /// Which file it is.
    let identity: FileIdentity
    /// Its size in bytes (0 where the platform does not say).
    var size = 0
  }

  /// The status of the file at `path` (its bytes, without a NUL); with `followingLinks: false`,
  /// of a symbolic link itself rather than of what it points to.
  ///
  /// The UCRT has no inode numbers and no links: on Windows each call gives a new identity, so
  /// nothing counts as read twice, and only the depth limit ends a walk.
  static func status(ofPath path: [UInt8], followingLinks: Bool) -> Result<FileStatus, Errno> {
    #if os(Windows)
      return withCString(path) { path in
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(.current) }
        let kind: FileKind = Int32(info.st_mode) & _S_IFMT == _S_IFDIR ? .directory : .regular
        let serial = UInt64(windowsIdentities.add(1, ordering: .relaxed).newValue)
        return .success(FileStatus(kind: kind, identity: FileIdentity(device: .max, inode: serial)))
      }
    #else
      withCString(path) { path in
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? .success(fileStatus(info)) : .failure(.current)
      }
    #endif
  }

  #if os(Windows)
    /// The last identity that ``status(ofPath:followingLinks:)`` made up.
    private static let windowsIdentities = Atomic<Int>(0)
  #endif

  /// The status of an open descriptor.
  static func status(of descriptor: Int32) -> Result<FileStatus, Errno> {
    #if os(Windows)
      return .failure(Errno(rawValue: ENOSYS))
    #else
      var info = stat()
      return fstat(descriptor, &info) == 0 ? .success(fileStatus(info)) : .failure(.current)
    #endif
  }

  #if !os(Windows)
    /// The kind and identity in a `stat` structure.
    private static func fileStatus(_ info: stat) -> FileStatus {
      let kind: FileKind
      switch info.st_mode & S_IFMT {
      case S_IFREG: kind = .regular
      case S_IFDIR: kind = .directory
      case S_IFLNK: kind = .symbolicLink
      default: kind = .other
      }
      return FileStatus(
        kind: kind,
        identity: FileIdentity(
          device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino)),
        size: Int(truncatingIfNeeded: info.st_size))
    }
  #endif

  /// The names in the folder at `path` (bytes, without a NUL), without `.` and `..`, in the
  /// order the file system keeps them.
  static func folderEntries(_ path: [UInt8]) -> Result<[[UInt8]], Errno> {
    #if os(Windows)
      return .failure(Errno(rawValue: ENOSYS))
    #else
      withCString(path) { path in
        guard let folder = opendir(path) else { return .failure(.current) }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        while true {
          // readdir returns NULL at the end and on failure; only a failure sets errno.
          errno = 0
          guard let entry = readdir(folder) else {
            let failure = Errno.current
            return failure.rawValue == 0 ? .success(names) : .failure(failure)
          }
          let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
            Array(bytes.prefix { $0 != 0 })
          }
          if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
      }
    #endif
  }

  // MARK: Threads

  /// How many processors are online.
  static var activeProcessorCount: Int {
    #if os(Windows)
      return 1
    #else
      return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    #endif
  }

  /// Calls `transform` for each of `0..<count` and returns the results in that order.
  ///
  /// The calls run on up to `jobs` threads at once (`nil`: ``activeProcessorCount``), never
  /// more threads than there are items; each thread takes the next index not yet taken, so a
  /// long item does not hold up the rest. `jobs: 1` runs every call on the calling thread, one
  /// after another. `transform` must be safe to call from several threads at once.
  static func parallelMap<Element>(count: Int, jobs: Int? = nil, _ transform: (Int) -> Element) -> [Element] {
    let workers = min(max(1, jobs ?? activeProcessorCount), count)
    guard workers > 1 else { return (0..<count).map(transform) }
    return [Element](unsafeUninitializedCapacity: count) { results, initialized in
      let slots = results
      runOnThreads(workers, count: count) { index in slots.initializeElement(at: index, to: transform(index)) }
      initialized = count
    }
  }

  /// Calls `body` once for each of `0..<count`, on `workers` threads (the calling thread is one of
  /// them), and returns when every call has returned.
  ///
  /// POSIX threads rather than Dispatch: linking libdispatch runs its initializer in every start
  /// of emcode (it reads /sys for the processor count), which costs `emcode 22` about 1,600
  /// instructions (1 %) whether or not a folder is ever scanned.
  private static func runOnThreads(_ workers: Int, count: Int, _ body: (Int) -> Void) {
    #if os(Windows)
      for index in 0..<count { body(index) }
    #else
      withoutActuallyEscaping(body) { body in
        let work = Unmanaged.passRetained(ParallelWork(count: count, body: body))
        defer { work.release() }
        #if canImport(Darwin)
          let start: @convention(c) (UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? = { context in
            Unmanaged<ParallelWork>.fromOpaque(context).takeUnretainedValue().run()
            return nil
          }
        #else
          let start: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
            context.map { Unmanaged<ParallelWork>.fromOpaque($0).takeUnretainedValue().run() }
            return nil
          }
        #endif
        var threads: [pthread_t] = []
        for _ in 1..<workers {
          #if canImport(Glibc)
            var thread = pthread_t()
            // A thread that cannot be started leaves its share to the others.
            if pthread_create(&thread, nil, start, work.toOpaque()) == 0 { threads.append(thread) }
          #else
            var thread: pthread_t?
            if pthread_create(&thread, nil, start, work.toOpaque()) == 0, let thread { threads.append(thread) }
          #endif
        }
        work.takeUnretainedValue().run()
        for thread in threads { pthread_join(thread, nil) }
      }
    #endif
  }
}

/// The shared state of one ``Platform/parallelMap(count:jobs:_:)``: the work and the next index.
private final class ParallelWork {
  let count: Int
  let body: (Int) -> Void
  let next = Atomic<Int>(0)

  init(count: Int, body: @escaping (Int) -> Void) {
    self.count = count
    self.body = body
  }

  /// Takes indices and calls the body with them, until none is left.
  func run() {
    while true {
      let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
      guard index < count else { return }
      body(index)
    }
  }
}
