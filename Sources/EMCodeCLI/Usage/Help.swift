import EMCodeKit

/// The help texts, made from ``CommandLineSpec``, in one language.
struct Help {
  /// The language of the help.
  let language: Language

  private var german: Bool { language == .german }

  /// The first line of every help: what emcode is.
  var title: String {
    german
      ? "was ein Extension-Mobility-Fehlercode von Cisco CUCM bedeutet und wie man ihn behebt"
      : "what a Cisco CUCM Extension Mobility error code means and how to fix it"
  }

  /// What `emcode -h` and `emcode` alone print: examples first, the usage lines, where to read on.
  ///
  /// It fits a 24-row screen.
  var short: String {
    var out = wrapped("emcode: \(title)", indent: 2) + "\n" + examplesAndUsage
    out +=
      "\n"
      + (german
        ? "Alle Optionen: emcode --help; das Handbuch: man emcode\n"
        : "All options: emcode --help; the manual: man emcode\n")
    return out
  }

  /// What `emcode --help` prints: examples, usage, the input forms, options, exit statuses,
  /// environment and the data.
  var full: String {
    var out = wrapped("emcode \(EMCodeCommand.version): \(title)", indent: 2) + "\n" + examplesAndUsage
    out += "\n" + wrapped(inputForms, indent: 0)
    out += "\n" + (german ? "Optionen:\n" : "Options:\n")
    for option in CommandLineSpec.options {
      out += row(synopsis(option), option.summary(language) + valuesSentence(option))
    }
    out += "\n" + wrapped(repeatedOptions, indent: 0)
    out += "\n" + (german ? "Exit-Status:\n" : "Exit status:\n")
    for status in ExitStatus.allCases {
      out += row(String(status.rawValue), status.meaning(in: language), column: 8)
    }
    out += "\n" + (german ? "Umgebung:\n" : "Environment:\n")
    for variable in CommandLineSpec.environment {
      out += row(variable.name, variable.summary(language), column: 15)
    }
    out += "\n" + wrapped(dataLine, indent: 0)
    return out
  }

  /// The examples and the usage lines, with which both helps begin.
  private var examplesAndUsage: String {
    var out = (german ? "Beispiele:\n" : "Examples:\n") + examples()
    out += "\n" + (german ? "Aufruf:\n" : "Usage:\n")
    for usage in CommandLineSpec.usages { out += "  emcode \(usage(language))\n" }
    return out
  }

  /// What a CODE, a NAME and a TEXT are.
  var inputForms: String {
    german
      ? "Ein CODE ist dezimal (022 ist 22). Ein NAME ist Ciscos aktueller Name oder der aus CallManager 4.1. Ein "
        + "TEXT ist, was das Telefon zeigt, etwa 'Login is unavailable(23)' oder '[208]-EMService Conn. error', "
        + "auch ohne Anführungszeichen getippt; jeder Code, den er bedeuten kann, wird gezeigt."
      : "A CODE is decimal (022 is 22). A NAME is Cisco's current or CallManager 4.1 name. A TEXT is what the "
        + "phone shows, such as 'Login is unavailable(23)' or '[208]-EMService Conn. error', also typed without "
        + "quotes; every code it can mean is shown."
  }

  /// The rule for an option given twice.
  var repeatedOptions: String {
    german
      ? "Steht eine Option zweimal da, gilt die letzte (--lang de --lang en ist Englisch); nur --explain nimmt "
        + "jede weitere DATEI dazu, und nur Modi wie --list und --search schließen einander aus."
      : "An option given twice counts the last time (--lang de --lang en is English); only --explain adds each "
        + "further FILE, and only modes such as --list and --search exclude each other."
  }

  /// Where the data comes from.
  var dataLine: String {
    german
      ? "Daten: \(ErrorCatalog.codes.count) Codes aus Ciscos Dokumentation und den Notizen zu CallManager 4.1, "
        + "Stand \(ErrorCatalog.dataDate); jeder Eintrag nennt seine Quellen (emcode -v CODE)."
      : "Data: \(ErrorCatalog.codes.count) codes from Cisco's documentation and the CallManager 4.1 notes, as of "
        + "\(ErrorCatalog.dataDate); every entry names its sources (emcode -v CODE)."
  }

  /// The column where descriptions start.
  static let descriptionColumn = 26

  /// The option with its value, as help lists it: `--lang de|en`, `-e, --explain [FILE|-]`;
  /// a long list of values is shown by its name (`--generate KIND`).
  func synopsis(_ option: CommandLineSpec.Option) -> String {
    var out = option.short.map { "-\($0), " } ?? "    "
    out += "--\(option.long)"
    if let valueName = option.valueName?(language) {
      let values = option.values.concatenated(separator: "|")
      let value = option.values.isEmpty || values.count > 16 ? valueName : values
      out += option.isValueOptional ? " [\(value)|-]" : " \(value)"
    }
    return out
  }

  /// "KIND is one of: a, b, c." for options whose synopsis shows the value's name.
  func valuesSentence(_ option: CommandLineSpec.Option) -> String {
    guard let valueName = option.valueName?(language), option.values.concatenated(separator: "|").count > 16 else {
      return ""
    }
    let values = option.values.concatenated(separator: ", ")
    return german ? " \(valueName) ist eines von: \(values)." : " \(valueName) is one of: \(values)."
  }

  /// One help row: the term, and its description wrapped at 80 columns from the description
  /// column (on the next line when the term is too long).
  func row(_ term: String, _ description: String, column: Int = descriptionColumn) -> String {
    let buffer = TextBuffer(capacity: 256)
    buffer.append("  ")
    buffer.append(term)
    if term.columns + 2 > column - 2 {
      buffer.newline()
      buffer.appendSpaces(column)
    } else {
      buffer.appendSpaces(column - term.columns - 2)
    }
    buffer.appendWrapped(description, column: column, indent: column, width: 80)
    buffer.newline()
    return buffer.string
  }

  /// A paragraph wrapped at 80 columns, its later lines indented.
  private func wrapped(_ text: String, indent: Int) -> String {
    let buffer = TextBuffer(capacity: 512)
    buffer.appendWrapped(text, column: 0, indent: indent, width: 80)
    buffer.newline()
    return buffer.string
  }

  private func examples() -> String {
    let width = CommandLineSpec.examples.map(\.command.columns).max() ?? 0
    var out = ""
    for example in CommandLineSpec.examples {
      out += "  \(example.command)" + String(repeating: " ", count: width - example.command.columns + 3)
      out += example.summary(language) + "\n"
    }
    return out
  }
}
