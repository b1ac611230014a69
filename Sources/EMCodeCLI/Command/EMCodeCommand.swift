import EMCodeKit

/// The emcode command: arguments in, output and an exit status out.
///
/// Everything the command does happens here, so that tests run it in-process; the executable
/// only calls ``main()``.
public enum EMCodeCommand {
  /// The version of emcode.
  public static let version = "1.1.0"

  /// Runs the command for this process: its arguments, environment and terminal; then exits.
  public static func main() -> Never {
    Platform.ignoreFatalWriteSignals()
    var context = RunContext.system
    let writer = OutputWriter(terminalRows: context.terminalRows)
    context.flushOutput = writer.flush
    context.writeError = writer.writeError
    context.usePager = writer.usePager
    let arguments = Array(CommandLine.arguments.dropFirst())
    let choice = LanguageChoice.resolve(
      requested: Invocation.requestedLanguage(arguments), environment: context.environment)
    writer.speak(choice.language)
    let result = run(arguments, context: context, language: choice)
    Platform.exit(writer.finish(result))
  }

  /// Runs emcode with `arguments` (without the program name).
  public static func run(_ arguments: [String], context: RunContext = RunContext()) -> CommandResult {
    run(
      arguments, context: context,
      language: LanguageChoice.resolve(
        requested: Invocation.requestedLanguage(arguments), environment: context.environment))
  }

  /// Runs emcode with `arguments` in the language ``LanguageChoice/resolve(requested:environment:)``
  /// chose for them, so that a process resolves it once.
  private static func run(
    _ arguments: [String], context: RunContext, language choice: (language: Language, unusableSetting: String?)
  ) -> CommandResult {
    let (language, unusableSetting) = choice
    var warning = ""
    if let unusableSetting {
      warning = "emcode: " + Messages.unusableLanguageSetting(unusableSetting, using: language) + "\n"
    }
    let invocation: Invocation
    do {
      invocation = try Invocation.parse(arguments)
    } catch {
      return CommandResult(stderr: warning + "emcode: \(error.message(in: language))\n", status: .usage)
    }
    var earlyErrors = ""
    if !warning.isEmpty {
      if let writeError = context.writeError { writeError(warning) } else { earlyErrors = warning }
    }
    if invocation.usesPager && context.stdoutIsTerminal, let pager = pagerCommand(context) {
      context.usePager?(pager)
    }
    var result = perform(invocation, language: language, context: context)
    result.stderr = earlyErrors + result.stderr
    return result
  }

  /// Does what the parsed command line asks.
  private static func perform(_ invocation: Invocation, language: Language, context: RunContext) -> CommandResult {
    let help = Help(language: language)
    switch invocation.mode {
    case .usage: return CommandResult(stderr: help.short, status: .usage)
    case .shortHelp: return CommandResult(stdout: help.short, status: .found)
    case .help: return CommandResult(stdout: help.full, status: .found)
    case .version:
      return CommandResult(
        stdout: Messages.version(version, dataDate: ErrorCatalog.dataDate, in: language), status: .found)
    case .generate(let artifact): return CommandResult(stdout: artifact.text(in: language), status: .found)
    default: break
    }
    let output = CommandOutput(
      language: language, format: invocation.format, family: invocation.family, detail: invocation.detail,
      context: context,
      text: TextRenderer(
        language: language, style: colours(invocation, context) ? .ansi : .plain, width: width(context),
        moreCommand: "emcode -v "))
    switch invocation.mode {
    case .lookup(let arguments): return output.lookup(arguments)
    case .search(let words): return output.search(words)
    case .frequent: return output.listing(ErrorCatalog.frequent, frequentOnly: true)
    case .list: return output.listing(ErrorCatalog.entries, frequentOnly: false)
    case .explain(let paths): return output.explain(paths, by: invocation.subjects, jobs: invocation.jobs)
    case .usage, .shortHelp, .help, .version, .generate:
      return CommandResult(status: .found)
    }
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

  /// The wrap width: COLUMNS, else the terminal's width; `nil` (no wrapping) when standard output
  /// is no terminal, so that every line stays whole for grep.
  static func width(_ context: RunContext) -> Int? {
    if let columns = context.environment("COLUMNS"), let value = Int(columns), value > 0 { return min(value, 400) }
    guard context.stdoutIsTerminal else { return nil }
    return context.terminalWidth ?? 80
  }

  /// The pager for long output: PAGER, or `less -FRX`; `nil` when PAGER is empty or `cat`.
  static func pagerCommand(_ context: RunContext) -> String? {
    guard let pager = context.environment("PAGER") else { return "less -FRX" }
    let trimmed = Lookup.trimmed(pager)
    return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
  }
}
