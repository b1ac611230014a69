/// The emcode command: arguments in, output and an exit status out.
///
/// Everything the command does happens here, in the library, so that tests run it
/// in-process; the executable only writes the result and exits.
public enum EMCode {
  /// The version of emcode.
  public static let version = "1.0.0"

  /// What a run produced.
  public struct Result {
    /// What goes to standard output, as bytes.
    public let output: TextBuffer
    /// What goes to standard error: one line per problem.
    public var stderr: String
    /// The exit status.
    public var status: ExitStatus

    /// Creates a result.
    public init(output: TextBuffer = TextBuffer(capacity: 16), stderr: String = "", status: ExitStatus) {
      self.output = output
      self.stderr = stderr
      self.status = status
    }

    /// Creates a result whose output is `stdout`.
    public init(stdout: String, stderr: String = "", status: ExitStatus) {
      let output = TextBuffer(capacity: stdout.utf8.count + 16)
      output.append(stdout)
      self.init(output: output, stderr: stderr, status: status)
    }

    /// What goes to standard output, as text.
    public var stdout: String { output.string }
  }

  /// Runs emcode with `arguments` (without the program name).
  public static func run(_ arguments: [String], context: RunContext = RunContext()) -> Result {
    let invocation: Invocation
    do {
      invocation = try Invocation.parse(arguments)
    } catch {
      return failure(error.message, .usage)
    }
    var language = invocation.language
    if language == nil, invocation.mode.usesLanguage, let value = context.environment("EMCODE_LANG"), !value.isEmpty {
      guard let parsed = Language(parsing: value) else {
        return failure(
          "EMCODE_LANG='\(Sanitized.line(value, limit: 20))' is not a language emcode knows; set it to de or en", .usage
        )
      }
      language = parsed
    }
    let output = Output(
      language: language ?? .german, format: invocation.format, family: invocation.family,
      flush: context.flushOutput,
      text: TextRenderer(
        language: language ?? .german, style: TextStyle(isEnabled: colours(invocation, context)),
        width: width(context)))
    switch invocation.mode {
    case .usage: return Result(stderr: Help.shortUsage, status: .usage)
    case .help: return Result(stdout: Help.full, status: .found)
    case .version:
      return Result(stdout: "emcode \(version) (data of \(ErrorCatalog.dataDate))\n", status: .found)
    case .lookup(let arguments): return output.lookup(arguments)
    case .search(let words): return output.search(words)
    case .frequent: return output.listing(ErrorCatalog.frequent, what: "frequent codes", marksFrequent: false)
    case .list: return output.listing(ErrorCatalog.entries, what: "codes")
    case .explain(let path): return output.explain(path, context: context)
    case .generate(let artifact): return Result(stdout: artifact.text, status: .found)
    }
  }

  /// A result with one message on standard error.
  static func failure(_ message: String, _ status: ExitStatus) -> Result {
    Result(stderr: "emcode: \(message)\n", status: status)
  }

  /// Whether the text output is coloured: `--color`, then NO_COLOR, TERM and the terminal.
  static func colours(_ invocation: Invocation, _ context: RunContext) -> Bool {
    guard invocation.format == .text else { return false }
    switch invocation.color {
    case .always: return true
    case .never: return false
    case .auto:
      let noColor = context.environment("NO_COLOR").map { !$0.isEmpty } ?? false
      return context.stdoutIsTerminal && !noColor && context.environment("TERM") != "dumb"
    }
  }

  /// The wrap width: COLUMNS, else the terminal's width, else 80.
  static func width(_ context: RunContext) -> Int {
    if let columns = context.environment("COLUMNS"), let value = Int(columns), value > 0 { return min(value, 400) }
    return context.terminalWidth ?? 80
  }
}
