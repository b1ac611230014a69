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
    let valueName: Localized?
    /// The values it accepts, and suggests for a wrong one; empty when any value goes (a file name).
    let values: [String]
    /// The rule for its values when it is not ``values``: `--lang` also takes `de_DE.UTF-8`.
    private let rule: (@Sendable (String) -> Bool)?
    /// Whether the value may be left out (`--explain` alone reads standard input).
    let isValueOptional: Bool
    /// One sentence of help.
    let summary: Localized

    /// Creates an option; `accepts` is the rule for its values, if not ``values``.
    init(
      _ id: OptionID, long: String, short: Character? = nil, valueName: Localized? = nil, values: [String] = [],
      accepts: (@Sendable (String) -> Bool)? = nil, isValueOptional: Bool = false, summary: Localized
    ) {
      self.id = id
      self.long = long
      self.short = short
      self.valueName = valueName
      self.values = values
      self.rule = accepts
      self.isValueOptional = isValueOptional
      self.summary = summary
    }

    /// Whether the option takes `value`: by its rule, else if `value` is one of ``values`` or any
    /// value goes.
    func accepts(_ value: String) -> Bool {
      if let rule { return rule(value) }
      return values.isEmpty || values.contains(value)
    }
  }

  /// What an option does.
  enum OptionID: Sendable {
    case search, frequent, list, explain, verbose, brief, family, lang, json, format, color, noColor, noPager,
      by, jobs, generate, help, version
  }

  /// An example command with what it does.
  struct Example: Sendable {
    /// The command line.
    let command: String
    /// What it does.
    let summary: Localized
  }

  /// Every option, in help order.
  static let options: [Option] = [
    Option(
      .search, long: "search", short: "s",
      summary: Localized(
        de: "Die Argumente als Suchwörter nehmen: die Codes auflisten, deren Texte jedes Wort enthalten "
          + "(als ganzes Wort oder Wortanfang; Groß- und Kleinschreibung und Umlaute sind egal), die besten zuerst.",
        en: "Take the arguments as search words: list the codes whose texts contain every word (as a whole word "
          + "or the start of one; case and umlaut spelling do not matter), best first.")),
    Option(
      .frequent, long: "frequent", short: "f",
      summary: Localized(
        de: "Die häufigen Codes auflisten, einen pro Zeile.", en: "List the frequent codes, one line each.")),
    Option(
      .list, long: "list", short: "l",
      summary: Localized(
        de: "Alle dokumentierten Codes auflisten, einen pro Zeile.", en: "List every documented code, one line each.")),
    Option(
      .explain, long: "explain", short: "e", valueName: Localized(de: "DATEI", en: "FILE"), isValueOptional: true,
      summary: Localized(
        de: "Jedes Extension-Mobility-Ergebnis erklären, in DATEIen und Ordnern (samt Unterordnern; .gz wird "
          + "direkt gelesen, Binärdateien in Ordnern übersprungen) oder in der Standardeingabe (- oder keine "
          + "DATEI): Antworten der EM API, Telefontexte, Traces von EMService und EMApp, mit Zeit, Gerät und "
          + "Benutzer.",
        en: "Explain every Extension Mobility outcome in FILEs and folders (with their subfolders; .gz is read "
          + "directly, binary files in folders are skipped) or standard input (- or no FILE): EM API responses, "
          + "phone texts, EMService and EMApp traces, with time, device and user.")),
    Option(
      .verbose, long: "verbose", short: "v",
      summary: Localized(
        de: "Die ganze Seite zeigen: Ciscos englische Originaltexte, alle Anmerkungen und die Quellen mit Adressen.",
        en: "Show the full page: Cisco's original English texts, every note, and the sources with their URLs.")),
    Option(
      .brief, long: "brief", short: "b",
      summary: Localized(
        de: "Eine Zeile pro Code: Code, Name und die Abhilfe in Kürze.",
        en: "One line per code: code, name and the fix in short.")),
    Option(
      .family, long: "family", valueName: Localized(de: "FAMILIE", en: "FAMILY"), values: ErrorFamily.identifiers,
      summary: Localized(
        de: "Mit --list, --frequent oder --search: nur Codes dieser Familie.",
        en: "With --list, --frequent or --search: only codes of this family.")),
    Option(
      .lang, long: "lang", valueName: Localized(de: "SPRACHE", en: "LANG"), values: Language.identifiers,
      accepts: { Language(parsing: $0) != nil },
      summary: Localized(
        de: "Sprache der Ausgabe (sonst EMCODE_LANG, LC_ALL, LC_MESSAGES, LANG; Standard de).",
        en: "Language of the output (else EMCODE_LANG, LC_ALL, LC_MESSAGES, LANG; default de).")),
    Option(
      .json, long: "json",
      summary: Localized(
        de: "JSON schreiben; dasselbe wie --format json.", en: "Write JSON; the same as --format json.")),
    Option(
      .format, long: "format", valueName: Localized(de: "FORMAT", en: "FORMAT"),
      values: OutputFormat.allCases.map(\.rawValue),
      summary: Localized(
        de: "Ausgabeformat (Standard: text): json für Programme, jsonl (ein JSON-Objekt pro Zeile, für "
          + "Log-Plattformen), markdown für Tickets, csv (RFC 4180) oder tsv als Tabelle mit einer Zeile pro Code "
          + "(mit --explain: pro Ergebnis), deren Spaltennamen in jeder Sprache dieselben sind.",
        en: "Output format (default: text): json for programs, jsonl (one JSON object per line, for log platforms), "
          + "markdown for tickets, csv (RFC 4180) or tsv as a table with one row per code (with --explain: per "
          + "outcome), whose column names are the same in every language.")),
    Option(
      .color, long: "color", valueName: Localized(de: "WANN", en: "WHEN"), values: ColorChoice.allCases.map(\.rawValue),
      summary: Localized(
        de: "Die Textausgabe einfärben: auto (Standard) färbt nur ein Terminal, und nie bei gesetztem NO_COLOR "
          + "oder TERM=dumb.",
        en: "Colour the text output: auto (default) colours only a terminal, and never when NO_COLOR is set or "
          + "TERM=dumb.")),
    Option(
      .noColor, long: "no-color",
      summary: Localized(
        de: "Nicht einfärben; dasselbe wie --color never.", en: "No colour; the same as --color never.")),
    Option(
      .noPager, long: "no-pager",
      summary: Localized(
        de: "Lange Ausgabe auf einem Terminal nicht durch den Pager schicken.",
        en: "Do not send long output on a terminal through the pager.")),
    Option(
      .by, long: "by", valueName: Localized(de: "WAS", en: "WHAT"), values: ["device", "user"],
      summary: Localized(
        de: "Mit --explain: die Zusammenfassung nach Gerät (device) oder Benutzer (user) statt nach Code.",
        en: "With --explain: summarise by device or by user instead of by code.")),
    Option(
      .jobs, long: "jobs", short: "j", valueName: Localized(de: "N", en: "N"),
      summary: Localized(
        de: "Mit --explain: höchstens N Dateien zugleich lesen (Standard: so viele, wie Prozessoren da sind).",
        en: "With --explain: read at most N files at once (default: as many as there are processors).")),
    Option(
      .generate, long: "generate", valueName: Localized(de: "ART", en: "KIND"),
      values: GeneratedArtifact.allCases.map(\.rawValue),
      summary: Localized(
        de: "Ein Skript zur Vervollständigung in der Shell oder die Handbuchseite ausgeben.",
        en: "Print a shell completion script or the man page.")),
    Option(
      .help, long: "help", short: "h",
      summary: Localized(
        de: "-h zeigt die Kurzhilfe, --help diese ganze Hilfe; dann Ende.",
        en: "-h shows the short help, --help this whole help; then exit.")),
    Option(
      .version, long: "version", short: "V",
      summary: Localized(
        de: "Die Version und das Datum der Daten zeigen; dann Ende.",
        en: "Show the version and the date of the data, and exit.")),
  ]

  /// The examples that lead the help and the man page.
  static let examples: [Example] = [
    Example(command: "emcode 22", summary: Localized(de: "Code 22 erklären", en: "explain code 22")),
    Example(
      command: "emcode Login is unavailable 23",
      summary: Localized(de: "erklären, was das Telefon zeigt", en: "explain what the phone shows")),
    Example(
      command: "emcode --search profile",
      summary: Localized(de: "Codes über Wörter in ihren Texten finden", en: "find codes by words in their texts")),
    Example(
      command: "emcode -b --frequent",
      summary: Localized(de: "Spickzettel der häufigen Codes", en: "a cheat sheet of the frequent codes")),
    Example(
      command: "emcode --explain emservice.log",
      summary: Localized(
        de: "EM-API-Antwort, Ticket oder Log erklären",
        en: "explain an EM API response, a ticket or a log")),
    Example(
      command: "emcode -v 22", summary: Localized(de: "die ganze Seite, mit Quellen", en: "the full page, with sources")
    ),
  ]

  /// The usage lines, without the program name.
  static let usages: [Localized] = [
    Localized(de: "[OPTIONEN] CODE|NAME|TEXT...", en: "[OPTIONS] CODE|NAME|TEXT..."),
    Localized(de: "[OPTIONEN] --search WORT...", en: "[OPTIONS] --search WORD..."),
    Localized(de: "[OPTIONEN] --frequent | --list", en: "[OPTIONS] --frequent | --list"),
    Localized(de: "[OPTIONEN] --explain [DATEI|ORDNER|-]...", en: "[OPTIONS] --explain [FILE|FOLDER|-]..."),
    Localized(de: "--generate ART", en: "--generate KIND"),
  ]

  /// The environment variables emcode reads, with what they do.
  static let environment: [(name: String, summary: Localized)] = [
    (
      "EMCODE_LANG",
      Localized(
        de: "de oder en (auch de_DE.UTF-8 und ähnlich): die Sprache, wenn --lang fehlt. Ein anderer Wert kostet "
          + "eine Warnung; es gilt dann die Sprache des Systems.",
        en: "de or en (also de_DE.UTF-8 and the like): the language when --lang is not given. Any other value "
          + "costs a warning, and the system's language counts.")
    ),
    (
      "LC_ALL, LC_MESSAGES, LANG",
      Localized(
        de: "Die Sprache des Systems, in dieser Reihenfolge: de* Deutsch, en* Englisch, sonst Deutsch.",
        en: "The system's language, in this order: de* German, en* English, anything else German.")
    ),
    (
      "NO_COLOR",
      Localized(
        de: "Gesetzt und nicht leer: keine Farbe (außer mit --color always).",
        en: "When set and not empty, no colour (unless --color always).")
    ),
    (
      "TERM",
      Localized(
        de: "Bei dumb keine Farbe (außer mit --color always).", en: "When dumb, no colour (unless --color always).")
    ),
    (
      "COLUMNS",
      Localized(
        de: "Die Breite, auf die Text umbrochen wird; sonst die des Terminals. Ohne Terminal wird nicht umbrochen.",
        en: "The width text is wrapped at; else the terminal's. Without a terminal, text is not wrapped.")
    ),
    (
      "PAGER",
      Localized(
        de: "Der Pager für lange Ausgabe auf einem Terminal (Standard: less -FRX); leer oder cat: keiner.",
        en: "The pager for long output on a terminal (default: less -FRX); empty or cat: none.")
    ),
  ]

  /// The most inputs `--jobs` lets `--explain` read at once.
  static let jobsLimit = 256

  /// The option with a long name, if any.
  static func option(long: String) -> Option? {
    options.first { $0.long == long }
  }

  /// The option with a short name, if any.
  static func option(short: Character) -> Option? {
    options.first { $0.short == short }
  }
}
