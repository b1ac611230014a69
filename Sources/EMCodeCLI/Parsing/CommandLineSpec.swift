import EMCodeKit

/// The one description of emcode's command line, from which the parser, `--help`, the man
/// page and the shell completions are all made, so that they cannot drift apart.
enum CommandLineSpec {
  /// One option.
  ///
  /// A class, so that looking one up costs no run-time generic metadata for an optional.
  final class Option: Sendable {
    /// What the option does, for the parser.
    let id: OptionID
    /// The long name without dashes.
    let long: String
    /// The short name, if any.
    let short: Character?
    /// The name of its value in help (`LANG`), or `nil` for a flag.
    let valueName: String?
    /// The values it accepts; empty when any value goes (a file name).
    let values: [String]
    /// Whether the value may be left out (`--explain` alone reads standard input).
    let isValueOptional: Bool
    /// One sentence of help.
    let summary: String

    /// Creates an option.
    init(
      id: OptionID, long: String, short: Character?, valueName: String?, values: [String], isValueOptional: Bool,
      summary: String
    ) {
      self.id = id
      self.long = long
      self.short = short
      self.valueName = valueName
      self.values = values
      self.isValueOptional = isValueOptional
      self.summary = summary
    }
  }

  /// What an option does.
  enum OptionID: Sendable {
    /// `--search`: the arguments are search words.
    case search
    /// `--frequent`: list the frequent codes.
    case frequent
    /// `--list`: list every code.
    case list
    /// `--explain`: explain a file or standard input.
    case explain
    /// `--family`: only one family in listings and search.
    case family
    /// `--lang`: the language of hints and labels.
    case lang
    /// `--json`: the same as `--format json`.
    case json
    /// `--format`: text, JSON or Markdown.
    case format
    /// `--color`: when to colour.
    case color
    /// `--generate`: a completion script or the man page.
    case generate
    /// `--help`.
    case help
    /// `--version`.
    case version
  }

  /// An example command with what it does.
  struct Example: Sendable {
    /// The command line.
    let command: String
    /// What it does.
    let summary: String
  }

  /// Every option, in help order.
  static let options: [Option] = [
    Option(
      id: .search, long: "search", short: "s", valueName: nil, values: [], isValueOptional: false,
      summary: "Take the arguments as search words: list the codes whose texts contain every word, "
        + "ignoring case and umlaut spelling (ä = ae = a), names first."),
    Option(
      id: .frequent, long: "frequent", short: "f", valueName: nil, values: [], isValueOptional: false,
      summary: "List the frequent codes, one line each."),
    Option(
      id: .list, long: "list", short: "l", valueName: nil, values: [], isValueOptional: false,
      summary: "List every documented code, one line each."),
    Option(
      id: .explain, long: "explain", short: "e", valueName: "FILE", values: [], isValueOptional: true,
      summary: "Explain every Extension Mobility outcome in FILE (or standard input, with - or no FILE): "
        + "EM API responses, phone texts and EM service logs."),
    Option(
      id: .family, long: "family", short: nil, valueName: "FAMILY", values: ErrorFamily.identifiers,
      isValueOptional: false, summary: "With --list, --frequent or --search: only codes of this family."),
    Option(
      id: .lang, long: "lang", short: nil, valueName: "LANG", values: Language.identifiers,
      isValueOptional: false, summary: "Language of hints and labels (default: EMCODE_LANG, else de)."),
    Option(
      id: .json, long: "json", short: nil, valueName: nil, values: [], isValueOptional: false,
      summary: "Write JSON; the same as --format json."),
    Option(
      id: .format, long: "format", short: nil, valueName: "FORMAT", values: OutputFormat.allCases.map(\.rawValue),
      isValueOptional: false, summary: "Output format (default: text)."),
    Option(
      id: .color, long: "color", short: nil, valueName: "WHEN", values: ColorChoice.allCases.map(\.rawValue),
      isValueOptional: false,
      summary:
        "Colour the text output: auto (default) colours only a terminal, and never when NO_COLOR is set or TERM=dumb."),
    Option(
      id: .generate, long: "generate", short: nil, valueName: "KIND",
      values: GeneratedArtifact.allCases.map(\.rawValue),
      isValueOptional: false, summary: "Print a shell completion script or the man page."),
    Option(
      id: .help, long: "help", short: "h", valueName: nil, values: [], isValueOptional: false,
      summary: "Show this help and exit."),
    Option(
      id: .version, long: "version", short: "V", valueName: nil, values: [], isValueOptional: false,
      summary: "Show the version and the date of the data, and exit."),
  ]

  /// The examples that lead the help and the man page.
  static let examples: [Example] = [
    Example(command: "emcode 22", summary: "explain code 22"),
    Example(command: "emcode 'Login is unavailable(23)'", summary: "explain what the phone shows"),
    Example(command: "emcode --search profile", summary: "find codes by words in their texts"),
    Example(command: "emcode --frequent", summary: "list the frequent codes"),
    Example(command: "emcode --explain response.xml", summary: "explain an EM API response, a ticket or a log"),
    Example(command: "emcode --json 22", summary: "the same as JSON"),
  ]

  /// The usage lines.
  static let usages = [
    "emcode [OPTIONS] CODE|NAME|TEXT...",
    "emcode [OPTIONS] --search WORD...",
    "emcode [OPTIONS] --frequent | --list",
    "emcode [OPTIONS] --explain [FILE|-]",
    "emcode --generate KIND",
  ]

  /// The environment variables emcode reads, with what they do.
  static let environment: [(name: String, summary: String)] = [
    ("EMCODE_LANG", "de or en (also de_DE.UTF-8 and the like): the language when --lang is not given; default de."),
    ("NO_COLOR", "When set and not empty, no colour (unless --color always)."),
    ("TERM", "When dumb, no colour (unless --color always)."),
    ("COLUMNS", "The width text is wrapped at; default the terminal's width, or 80 when not a terminal."),
  ]

  /// The option with a long name, if any.
  static func option(long: String) -> Option? {
    options.first { $0.long == long }
  }

  /// The option with a short name, if any.
  static func option(short: Character) -> Option? {
    options.first { $0.short == short }
  }
}
