#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a run of emcode needs from its surroundings: environment, terminal and standard input.
///
/// Tests build one by hand; the command uses ``system``.
public struct RunContext {
  /// Looks up an environment variable.
  public var environment: (String) -> String?
  /// Whether standard output is a terminal.
  public var stdoutIsTerminal: Bool
  /// Whether standard input is a terminal.
  public var stdinIsTerminal: Bool
  /// The terminal's width in columns, if standard output is a terminal.
  public var terminalWidth: Int?
  /// Makes a reader for standard input.
  public var standardInput: () -> AnyByteReader
  /// Writes out and empties a buffer of output before the run ends.
  ///
  /// A long run then does not hold all of its output in memory. It returns `false` when output
  /// can no longer be written, and the run stops early. `nil` keeps all output in the result.
  public var flushOutput: ((TextBuffer) -> Bool)?

  /// Creates a context.
  public init(
    environment: @escaping (String) -> String? = { _ in nil }, stdoutIsTerminal: Bool = false,
    stdinIsTerminal: Bool = false, terminalWidth: Int? = nil,
    standardInput: @escaping () -> AnyByteReader = { AnyByteReader(MemoryReader([])) },
    flushOutput: ((TextBuffer) -> Bool)? = nil
  ) {
    self.environment = environment
    self.stdoutIsTerminal = stdoutIsTerminal
    self.stdinIsTerminal = stdinIsTerminal
    self.terminalWidth = terminalWidth
    self.standardInput = standardInput
    self.flushOutput = flushOutput
  }

  /// The real process: `getenv`, `isatty` and the terminal size from `ioctl`.
  public static var system: RunContext {
    let stdoutIsTerminal = isatty(1) == 1
    var width: Int?
    if stdoutIsTerminal {
      var size = winsize()
      if ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { width = Int(size.ws_col) }
    }
    return RunContext(
      environment: { name in getenv(name).map { String(cString: $0) } },
      stdoutIsTerminal: stdoutIsTerminal, stdinIsTerminal: isatty(0) == 1, terminalWidth: width,
      standardInput: { AnyByteReader(FileDescriptorReader(descriptor: 0, name: "-")) })
  }
}

/// A type-erased ``ByteReader``.
public struct AnyByteReader: ByteReader {
  private var readNext: (UnsafeMutableRawBufferPointer) throws(InputError) -> Int

  /// Wraps a reader.
  public init<Reader: ByteReader>(_ reader: Reader) {
    var reader = reader
    readNext = { buffer throws(InputError) in try reader.read(into: buffer) }
  }

  /// Reads from the wrapped reader.
  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
    try readNext(buffer)
  }
}
