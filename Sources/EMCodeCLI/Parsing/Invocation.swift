import EMCodeKit

/// A parsed command line: what to do, and how to show it.
public struct Invocation: Sendable, Equatable {
  /// What to do.
  public enum Mode: Sendable, Equatable {
    /// No arguments at all: show the short help.
    case usage
    /// `-h`: the short help.
    case shortHelp
    /// `--help`: the whole help.
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
    /// Explain files, folders and standard input (`-`); standard input alone when empty.
    case explain([String])
    /// Print a completion script or the man page.
    case generate(GeneratedArtifact)
  }

  /// How much to show of each code.
  public enum Detail: Sendable, Equatable {
    /// The short answer (the default).
    case card
    /// The full page (`-v`).
    case page
    /// One line (`-b`).
    case brief
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
  /// How much to show of each code.
  public var detail: Detail = .card
  /// Whether long output on a terminal may go through a pager.
  public var usesPager = true
  /// `--by device|user`: the explain summary lists devices or users instead of codes.
  public var subjects: ExplainReport.SubjectKind?
  /// `--jobs N`: how many inputs `--explain` reads at once; all processors when `nil`.
  public var jobs: Int?

  /// Parses arguments (without the program name) as described by ``CommandLineSpec``.
  ///
  /// `-h`, `--help` and `-V`/`--version` win over everything else. Options may stand anywhere;
  /// `--` ends them. A dash followed by digits (`-5`) is an argument, not an option. An option
  /// given twice counts the last time (`--lang de --lang en` is English); modes that cannot be
  /// combined are an error.
  public static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
    if arguments.isEmpty { return Invocation(mode: .usage) }
    let options = arguments.prefix { $0 != "--" }
    if options.contains("--help") { return Invocation(mode: .help) }
    if options.contains("-h") { return Invocation(mode: .shortHelp) }
    if options.contains(where: { $0 == "-V" || $0 == "--version" }) { return Invocation(mode: .version) }

    var parser = Parser(arguments: arguments)
    try parser.run()
    return try parser.invocation()
  }

  /// The language `--lang` asks for, read before the rest is parsed, so that errors in the rest
  /// are reported in that language: the last valid `--lang` before `--`, if any.
  static func requestedLanguage(_ arguments: [String]) -> Language? {
    var language: Language?
    var index = 0
    while index < arguments.count, arguments[index] != "--" {
      let argument = arguments[index]
      if argument == "--lang", index + 1 < arguments.count {
        language = Language(parsing: arguments[index + 1]) ?? language
        index += 1
      } else if argument.hasPrefix("--lang=") {
        language = Language(parsing: String(argument.dropFirst(7))) ?? language
      }
      index += 1
    }
    return language
  }

  /// A mode option as the user spelled it.
  private struct ModeChoice {
    let id: CommandLineSpec.OptionID
    let spelling: String
  }

  /// The state of one parse.
  private struct Parser {
    let arguments: [String]
    var index = 0
    var positionals: [String] = []
    /// The first mode asked for, and how every other mode was spelled (they conflict with it).
    var mode: ModeChoice?
    var otherModes: [String] = []
    var explainPaths: [String] = []
    var generated: GeneratedArtifact?
    var language: Language?
    var format: OutputFormat?
    var color = ColorChoice.auto
    var family: ErrorFamily?
    var detail = Detail.card
    var usesPager = true
    var subjects: (ExplainReport.SubjectKind, String)?
    var jobs: (Int, String)?

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
      return .unknownOption(spelled, suggestion: Suggestions.option(near: probe, among: names))
    }

    private mutating func apply(_ option: CommandLineSpec.Option, spelling: String, inline: String?) throws(UsageError)
    {
      if option.valueName == nil, inline != nil { throw .takesNoValue(spelling) }
      switch option.id {
      case .search, .frequent, .list:
        choose(ModeChoice(id: option.id, spelling: spelling))
      case .explain:
        choose(ModeChoice(id: option.id, spelling: spelling))
        if let inline {
          explainPaths.append(inline)
        } else if index < arguments.count, arguments[index] == "-" || !arguments[index].hasPrefix("-") {
          explainPaths.append(arguments[index])
          index += 1
        }
      case .generate:
        choose(ModeChoice(id: option.id, spelling: spelling))
        generated = GeneratedArtifact(rawValue: try value(for: option, spelling: spelling, inline: inline))
      case .verbose: detail = .page
      case .brief: detail = .brief
      case .family: family = ErrorFamily(rawValue: try value(for: option, spelling: spelling, inline: inline))
      case .lang: language = Language(parsing: try value(for: option, spelling: spelling, inline: inline))
      case .format: format = OutputFormat(rawValue: try value(for: option, spelling: spelling, inline: inline))
      case .json: format = .json
      case .color: color = ColorChoice(rawValue: try value(for: option, spelling: spelling, inline: inline)) ?? .auto
      case .noColor: color = .never
      case .noPager: usesPager = false
      case .by:
        let value = try value(for: option, spelling: spelling, inline: inline)
        subjects = ExplainReport.SubjectKind(rawValue: value).map { ($0, spelling) }
      case .jobs:
        let value = try value(for: option, spelling: spelling, inline: inline)
        guard let count = Int(value), (1...CommandLineSpec.jobsLimit).contains(count) else {
          throw .invalidValue(option: spelling, value: value, suggestion: nil)
        }
        jobs = (count, spelling)
      case .help, .version: break
      }
    }

    /// Records a mode; a different second one conflicts with the first.
    private mutating func choose(_ choice: ModeChoice) {
      guard let mode else {
        mode = choice
        return
      }
      if choice.id != mode.id && !otherModes.contains(choice.spelling) { otherModes.append(choice.spelling) }
    }

    /// The value of an option: inline (`--lang=en`) or the next argument, checked against its allowed values.
    private mutating func value(
      for option: CommandLineSpec.Option, spelling: String, inline: String?
    ) throws(UsageError) -> String {
      var text: String
      if let inline {
        text = inline
      } else if index < arguments.count, !(looksLikeOption(arguments[index]) && arguments[index] != "-") {
        text = arguments[index]
        index += 1
      } else {
        throw .needsValue(spelling)
      }
      guard option.accepts(text) else {
        throw .invalidValue(
          option: spelling, value: text, suggestion: Suggestions.option(near: text, among: option.values))
      }
      return text
    }

    func invocation() throws(UsageError) -> Invocation {
      if let mode, !otherModes.isEmpty { throw .conflictingModes([mode.spelling] + otherModes) }
      var invocation = Invocation(
        mode: .list, language: language, format: format ?? .text, color: color, family: family, detail: detail,
        usesPager: usesPager)
      let extra = positionals.first ?? ""
      let spelling = mode?.spelling ?? ""
      switch mode?.id {
      case .search?:
        guard positionals.contains(where: { !Lookup.trimmed($0).isEmpty }) else { throw .searchNeedsWords(spelling) }
        invocation.mode = .search(positionals)
      case .frequent?, .list?:
        guard positionals.isEmpty else { throw .takesNoCodes(option: spelling, extra: extra) }
        invocation.mode = mode?.id == .frequent ? .frequent : .list
      case .explain?:
        invocation.mode = .explain(explainPaths + positionals)
        invocation.subjects = subjects?.0
        invocation.jobs = jobs?.0
      case .generate?:
        guard positionals.isEmpty, let generated else { throw .generateTakesNothingElse(extra: extra) }
        if format != nil { throw .generateTakesNothingElse(extra: "--format") }
        if family != nil { throw .generateTakesNothingElse(extra: "--family") }
        invocation.mode = .generate(generated)
      default:
        guard !positionals.isEmpty else { throw .nothingToLookUp }
        if positionals.contains(where: { Lookup.trimmed($0).isEmpty }) { throw .emptyArgument }
        invocation.mode = .lookup(positionals)
      }
      if family != nil, mode?.id != .search, mode?.id != .frequent, mode?.id != .list {
        throw .familyOnlyWithListings
      }
      if mode?.id != .explain, let option = subjects?.1 ?? jobs?.1 { throw .onlyWithExplain(option) }
      return invocation
    }
  }
}
