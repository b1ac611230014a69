import EMCodeKit

/// The emcode command: arguments in, output and an exit status out.
///
/// Everything the command does happens here, so that tests run it in-process; the executable
/// only calls ``main()``.
public enum EMCodeCommand {
  /// The version of emcode.
  public static let version = "1.0.0"

  /// Runs the command for this process: its arguments, environment and terminal; then exits.
  public static func main() -> Never {
    Platform.ignoreFatalWriteSignals()
    let writer = OutputWriter()
    var context = RunContext.system
    context.flushOutput = writer.flush
    let result = run(Array(CommandLine.arguments.dropFirst()), context: context)
    Platform.exit(writer.finish(result))
  }

  /// Runs emcode with `arguments` (without the program name).
  public static func run(_ arguments: [String], context: RunContext = RunContext()) -> CommandResult {
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
        language: language ?? .german, style: colours(invocation, context) ? .ansi : .plain,
        width: width(context)))
    switch invocation.mode {
    case .usage: return CommandResult(stderr: Help.shortUsage, status: .usage)
    case .help: return CommandResult(stdout: Help.full, status: .found)
    case .version:
      return CommandResult(stdout: "emcode \(version) (data of \(ErrorCatalog.dataDate))\n", status: .found)
    case .lookup(let arguments): return output.lookup(arguments)
    case .search(let words): return output.search(words)
    case .frequent: return output.listing(ErrorCatalog.frequent, what: "frequent codes", marksFrequent: false)
    case .list: return output.listing(ErrorCatalog.entries, what: "codes")
    case .explain(let path): return output.explain(path, context: context)
    case .generate(let artifact): return CommandResult(stdout: artifact.text, status: .found)
    }
  }

  /// A result with one message on standard error.
  static func failure(_ message: String, _ status: ExitStatus) -> CommandResult {
    CommandResult(stderr: "emcode: \(message)\n", status: status)
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
