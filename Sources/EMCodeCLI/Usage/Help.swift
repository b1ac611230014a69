import EMCodeKit

/// The help texts, made from ``CommandLineSpec``.
enum Help {
  /// What `emcode` prints with no arguments.
  public static var shortUsage: String {
    var out = "emcode: what a Cisco CUCM Extension Mobility error code means and how to fix it\n\n"
    out += examples(CommandLineSpec.examples.prefix(4))
    out += "\nSee 'emcode --help' for all options.\n"
    return out
  }

  /// What `emcode --help` prints: examples first, then usage, options, exit statuses and environment.
  public static var full: String {
    var out =
      "emcode \(EMCodeCommand.version): what a Cisco CUCM Extension Mobility error code means and how to fix it\n\n"
    out += "Examples:\n" + examples(CommandLineSpec.examples[...])
    out += "\nUsage:\n"
    for usage in CommandLineSpec.usages { out += "  \(usage)\n" }
    out += "\nA CODE is decimal (022 is 22). A NAME is Cisco's current or CallManager 4.1 name.\n"
    out += "A TEXT is what the phone shows, such as 'Login is unavailable(23)' or\n"
    out += "'[208]-EMService Conn. error'; every code it can mean is shown.\n"
    out += "\nOptions:\n"
    for option in CommandLineSpec.options {
      out += row(synopsis(option), option.summary + valuesSentence(option))
    }
    out += "\nExit status:\n"
    for status in ExitStatus.allCases {
      out += row(String(status.rawValue), status.meaning, column: 8)
    }
    out += "\nEnvironment:\n"
    for variable in CommandLineSpec.environment {
      out += row(variable.name, variable.summary, column: 15)
    }
    out += "\nData: \(ErrorCatalog.entries.count) codes from Cisco's documentation and the CallManager 4.1 notes, "
    out += "as of \(ErrorCatalog.dataDate);\nevery entry names its sources.\n"
    return out
  }

  /// The column where descriptions start.
  static let descriptionColumn = 26

  /// The option with its value, as help lists it: `--lang de|en`, `-e, --explain [FILE|-]`;
  /// a long list of values is shown by its name (`--generate KIND`).
  static func synopsis(_ option: CommandLineSpec.Option) -> String {
    var out = option.short.map { "-\($0), " } ?? "    "
    out += "--\(option.long)"
    if let valueName = option.valueName {
      let values = option.values.concatenated(separator: "|")
      let value = option.values.isEmpty || values.count > 16 ? valueName : values
      out += option.isValueOptional ? " [\(value)|-]" : " \(value)"
    }
    return out
  }

  /// "KIND is one of: a, b, c." for options whose synopsis shows the value's name.
  static func valuesSentence(_ option: CommandLineSpec.Option) -> String {
    guard let valueName = option.valueName, option.values.concatenated(separator: "|").count > 16 else { return "" }
    return " \(valueName) is one of: " + option.values.concatenated(separator: ", ") + "."
  }

  /// One help row: the term, and its description wrapped at 80 columns from the description
  /// column (on the next line when the term is too long).
  static func row(_ term: String, _ description: String, column: Int = descriptionColumn) -> String {
    let buffer = TextBuffer(capacity: 256)
    buffer.append("  ")
    buffer.append(term)
    if term.count + 2 > column - 2 {
      buffer.newline()
      buffer.appendSpaces(column)
    } else {
      buffer.appendSpaces(column - term.count - 2)
    }
    buffer.appendWrapped(description, column: column, indent: column, width: 80)
    buffer.newline()
    return buffer.string
  }

  private static func examples(_ examples: ArraySlice<CommandLineSpec.Example>) -> String {
    let width = examples.map(\.command.count).max() ?? 0
    var out = ""
    for example in examples {
      out += "  \(example.command)" + String(repeating: " ", count: width - example.command.count + 3)
      out += example.summary + "\n"
    }
    return out
  }
}
