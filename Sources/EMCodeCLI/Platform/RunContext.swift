import EMCodeKit

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
  /// The terminal's height in rows, if standard output is a terminal: long output goes through
  /// the pager.
  package var terminalRows: Int?
  /// Makes a reader for standard input.
  public var standardInput: () -> AnyByteReader
  /// Writes out and empties a buffer of output before the run ends.
  ///
  /// A long run then does not hold all of its output in memory. It returns `false` when output
  /// can no longer be written, and the run stops early. `nil` keeps all output in the result.
  package var flushOutput: ((TextBuffer) -> Bool)?
  /// Writes one message to standard error at once; `nil` keeps messages in the result.
  package var writeError: ((String) -> Void)?
  /// Sends long output through this pager command, when standard output is a terminal; `nil`
  /// never pages.
  package var usePager: ((String) -> Void)?

  /// Creates a context.
  public init(
    environment: @escaping (String) -> String? = { _ in nil }, stdoutIsTerminal: Bool = false,
    stdinIsTerminal: Bool = false, terminalWidth: Int? = nil,
    standardInput: @escaping () -> AnyByteReader = { AnyByteReader(MemoryReader([])) }
  ) {
    self.environment = environment
    self.stdoutIsTerminal = stdoutIsTerminal
    self.stdinIsTerminal = stdinIsTerminal
    self.terminalWidth = terminalWidth
    self.standardInput = standardInput
  }

  /// The real process: its environment, its terminal and its standard input.
  static var system: RunContext {
    let stdoutIsTerminal = Platform.isTerminal(1)
    let size = stdoutIsTerminal ? Platform.terminalSize(1) : nil
    var context = RunContext(
      environment: Platform.environment, stdoutIsTerminal: stdoutIsTerminal,
      stdinIsTerminal: Platform.isTerminal(0), terminalWidth: size?.columns,
      standardInput: { AnyByteReader(FileDescriptorReader(descriptor: 0, name: "-")) })
    context.terminalRows = size?.rows
    return context
  }
}
