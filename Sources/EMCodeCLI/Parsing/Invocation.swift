import EMCodeKit

/// A parsed command line: what to do, and how to show it.
public struct Invocation: Sendable, Equatable {
  /// What to do.
  public enum Mode: Sendable, Equatable {
    /// No arguments at all: show the short usage.
    case usage
    /// `--help`.
    case help
    /// `--version`.
    case version
    /// Look up codes, names or phone texts.
    case lookup([String])
    /// Search the texts for every word.
    case search([String])
    /// List the frequent codes.
    case frequent
    /// List every code.
    case list
    /// Explain a file, or standard input when `nil` or `-`.
    case explain(String?)
    /// Print a completion script or the man page.
    case generate(GeneratedArtifact)

    /// Whether the mode prints labels or hints, so that the language matters.
    public var usesLanguage: Bool {
      switch self {
      case .usage, .help, .version, .generate: return false
      case .lookup, .search, .frequent, .list, .explain: return true
      }
    }
  }

  /// What to do.
  public var mode: Mode
  /// The language asked for with `--lang`, if any.
  public var language: Language?
  /// The output format.
  public var format: OutputFormat = .text
  /// When to colour.
  public var color: ColorChoice = .auto
  /// Only this family, for listings and search.
  public var family: ErrorFamily?

  /// Parses arguments (without the program name) as described by ``CommandLineSpec``.
  ///
  /// `-h`/`--help` and `-V`/`--version` win over everything else. Options may stand
  /// anywhere; `--` ends them. A dash followed by digits (`-5`) is an argument, not an option.
  public static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
    if arguments.isEmpty { return Invocation(mode: .usage) }
    let options = arguments.prefix { $0 != "--" }
    if options.contains(where: { $0 == "-h" || $0 == "--help" }) { return Invocation(mode: .help) }
    if options.contains(where: { $0 == "-V" || $0 == "--version" }) { return Invocation(mode: .version) }

    var parser = Parser(arguments: arguments)
    try parser.run()
    return try parser.invocation()
  }

  /// A mode option as the user spelled it.
  private struct ModeChoice {
    let id: CommandLineSpec.OptionID
    let spelling: String
  }

  /// A format as the user spelled it.
  private struct FormatChoice {
    let value: OutputFormat
    let spelling: String
  }

  /// The state of one parse.
  private struct Parser {
    let arguments: [String]
    var index = 0
    var positionals: [String] = []
    var modes: [ModeChoice] = []
    var explainPath: String?
    var generated: GeneratedArtifact?
    var language: Language?
    var format: FormatChoice?
    var color = ColorChoice.auto
    var family: ErrorFamily?

    init(arguments: [String]) {
      self.arguments = arguments
    }

    mutating func run() throws(UsageError) {
      var optionsEnded = false
      while index < arguments.count {
        let argument = arguments[index]
        index += 1
        if optionsEnded || !looksLikeOption(argument) {
          positionals.append(argument)
        } else if argument == "--" {
          optionsEnded = true
        } else if argument.hasPrefix("--") {
          let body = argument.dropFirst(2)
          let name = String(body.prefix { $0 != "=" })
          let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
          guard let option = CommandLineSpec.option(long: name) else { throw unknown(argument) }
          try apply(option, spelling: "--" + name, inline: inline)
        } else if argument.count == 2, let short = argument.last, let option = CommandLineSpec.option(short: short) {
          try apply(option, spelling: argument, inline: nil)
        } else {
          throw unknown(argument)
        }
      }
    }

    /// Whether an argument is an option: it starts with a dash, is not just `-`, and is not a negative number.
    private func looksLikeOption(_ argument: String) -> Bool {
      guard argument.hasPrefix("-"), argument.count > 1 else { return false }
      let rest = argument.dropFirst()
      return !rest.allSatisfy(\.isASCIIDigitCharacter)
    }

    private func unknown(_ argument: String) -> UsageError {
      let spelled = argument.hasPrefix("--") ? String(argument.prefix { $0 != "=" }) : argument
      let names = CommandLineSpec.options.map { "--" + $0.long }
      let probe = spelled.hasPrefix("--") ? spelled : "-" + spelled
      var message = "unknown option '\(Sanitized.line(spelled, limit: 40))'"
      if let near = Suggestions.option(near: probe, among: names) {
        message += "; did you mean '\(near)'?"
      } else {
        message += "; see emcode --help"
      }
      return UsageError(message)
    }

    private mutating func apply(_ option: CommandLineSpec.Option, spelling: String, inline: String?) throws(UsageError)
    {
      if option.valueName == nil, inline != nil {
        throw UsageError("\(spelling) takes no value; see emcode --help")
      }
      switch option.id {
      case .search, .frequent, .list:
        modes.append(ModeChoice(id: option.id, spelling: spelling))
      case .explain:
        if modes.contains(where: { $0.id == .explain }) {
          throw UsageError("\(spelling) is given twice; emcode explains one FILE at a time")
        }
        modes.append(ModeChoice(id: option.id, spelling: spelling))
        if let inline {
          explainPath = inline
        } else if index < arguments.count, arguments[index] == "-" || !arguments[index].hasPrefix("-") {
          explainPath = arguments[index]
          index += 1
        }
      case .generate:
        modes.append(ModeChoice(id: option.id, spelling: spelling))
        generated = GeneratedArtifact(rawValue: try value(for: option, spelling: spelling, inline: inline))
      case .family:
        family = ErrorFamily(rawValue: try value(for: option, spelling: spelling, inline: inline))
      case .lang:
        let text = try value(for: option, spelling: spelling, inline: inline)
        language = Language(parsing: text)
      case .format:
        let chosen = OutputFormat(rawValue: try value(for: option, spelling: spelling, inline: inline)) ?? .text
        try setFormat(chosen, spelling: "\(spelling) \(chosen.rawValue)")
      case .json:
        try setFormat(.json, spelling: spelling)
      case .color:
        color = ColorChoice(rawValue: try value(for: option, spelling: spelling, inline: inline)) ?? .auto
      case .help, .version:
        break
      }
    }

    private mutating func setFormat(_ chosen: OutputFormat, spelling: String) throws(UsageError) {
      if let format, format.value != chosen {
        throw UsageError("\(format.spelling) and \(spelling) ask for different formats; give one")
      }
      format = FormatChoice(value: chosen, spelling: spelling)
    }

    /// The value of an option: inline (`--lang=en`) or the next argument, checked against its allowed values.
    private mutating func value(
      for option: CommandLineSpec.Option, spelling: String, inline: String?
    ) throws(UsageError) -> String {
      let allowed = option.values.concatenated(separator: ", ")
      var text: String
      if let inline {
        text = inline
      } else if index < arguments.count, !(looksLikeOption(arguments[index]) && arguments[index] != "-") {
        text = arguments[index]
        index += 1
      } else {
        throw UsageError("\(spelling) needs a value: \(allowed.isEmpty ? option.valueName ?? "" : allowed)")
      }
      if option.id == .lang {
        if Language(parsing: text) != nil { return text }
      } else if option.values.isEmpty || option.values.contains(text) {
        return text
      }
      var message = "\(spelling) does not take '\(Sanitized.line(text, limit: 40))'; use one of: \(allowed)"
      if let near = Suggestions.option(near: text, among: option.values) { message += " (did you mean '\(near)'?)" }
      throw UsageError(message)
    }

    func invocation() throws(UsageError) -> Invocation {
      var spellings: [String] = []
      var ids: [CommandLineSpec.OptionID] = []
      for mode in modes where !ids.contains(mode.id) {
        ids.append(mode.id)
        spellings.append(mode.spelling)
      }
      if ids.count > 1 {
        throw UsageError("\(Wording.list(spellings, conjunction: "and")) cannot be used together; choose one")
      }
      var invocation = Invocation(
        mode: .list, language: language, format: format?.value ?? .text, color: color, family: family)
      let extra = positionals.first.map { "'\(Sanitized.line($0, limit: 40))'" } ?? ""
      switch ids.first {
      case .search?:
        let words = positionals.flatMap { $0.split(whereSeparator: \.isWhitespace) }
        guard !words.isEmpty else {
          throw UsageError("\(spellings[0]) needs at least one word, e.g. emcode --search profile")
        }
        invocation.mode = .search(positionals)
      case .frequent?, .list?:
        guard positionals.isEmpty else {
          throw UsageError("\(spellings[0]) takes no codes (got \(extra)); drop them or drop \(spellings[0])")
        }
        invocation.mode = ids.first == .frequent ? .frequent : .list
      case .explain?:
        guard positionals.isEmpty else { throw UsageError("\(spellings[0]) reads one FILE; \(extra) is one too many") }
        invocation.mode = .explain(explainPath)
      case .generate?:
        guard positionals.isEmpty, let generated else {
          throw UsageError("--generate takes nothing else (got \(extra))")
        }
        if format != nil || family != nil { throw UsageError("--generate takes no --format, --json or --family") }
        invocation.mode = .generate(generated)
      default:
        guard !positionals.isEmpty else {
          throw UsageError("nothing to look up: give a code such as 22, a name or a phone text (see emcode --help)")
        }
        if positionals.contains(where: { Lookup.trimmed($0).isEmpty }) {
          throw UsageError("an empty argument is not a code; give a code such as 22, a name or a phone text")
        }
        invocation.mode = .lookup(positionals)
      }
      if family != nil, ids.first != .search, ids.first != .frequent, ids.first != .list {
        throw UsageError("--family works with --list, --frequent and --search only")
      }
      return invocation
    }
  }
}
