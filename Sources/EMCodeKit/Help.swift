/// The help texts, made from ``CommandLineSpec``.
public enum Help {
  /// What `emcode` prints with no arguments.
  public static var shortUsage: String {
    var out = "emcode: what a Cisco CUCM Extension Mobility error code means and how to fix it\n\n"
    out += examples(CommandLineSpec.examples.prefix(4))
    out += "\nSee 'emcode --help' for all options.\n"
    return out
  }

  /// What `emcode --help` prints: examples first, then usage, options, exit statuses and environment.
  public static var full: String {
    var out = "emcode \(EMCode.version): what a Cisco CUCM Extension Mobility error code means and how to fix it\n\n"
    out += "Examples:\n" + examples(CommandLineSpec.examples[...])
    out += "\nUsage:\n"
    for usage in CommandLineSpec.usages { out += "  \(usage)\n" }
    out += "\nA CODE is decimal (022 is 22). A NAME is Cisco's current or CallManager 4.1 name.\n"
    out += "A TEXT is what the phone shows, such as 'Login is unavailable(23)' or '[208]-EMService Conn. error';\n"
    out += "every code it can mean is shown.\n"
    out += "\nOptions:\n"
    let width = CommandLineSpec.options.map { synopsis($0).count }.max() ?? 0
    for option in CommandLineSpec.options {
      let left = synopsis(option)
      let lines = TextWrapping.lines(option.summary, width: 100 - width - 6)
      out += "  \(left)" + String(repeating: " ", count: width - left.count + 2) + lines[0] + "\n"
      for line in lines.dropFirst() { out += String(repeating: " ", count: width + 4) + line + "\n" }
    }
    out += "\nExit status:\n"
    for status in ExitStatus.allCases {
      let code = String(status.rawValue)
      out += "  \(code)" + String(repeating: " ", count: 4 - code.count) + status.meaning + "\n"
    }
    out += "\nEnvironment:\n"
    let nameWidth = CommandLineSpec.environment.map(\.name.count).max() ?? 0
    for variable in CommandLineSpec.environment {
      out += "  \(variable.name)" + String(repeating: " ", count: nameWidth - variable.name.count + 2)
      out += variable.summary + "\n"
    }
    out += "\nData: \(ErrorCatalog.entries.count) codes from Cisco's documentation and the CallManager 4.1 notes, "
    out += "as of \(ErrorCatalog.dataDate);\nevery entry names its sources.\n"
    return out
  }

  /// The option with its value, as help lists it: `--lang de|en`, `-e, --explain [FILE|-]`.
  static func synopsis(_ option: CommandLineSpec.Option) -> String {
    var out = option.short.map { "-\($0), " } ?? "    "
    out += "--\(option.long)"
    if let valueName = option.valueName {
      let value = option.values.isEmpty ? valueName : option.values.concatenated(separator: "|")
      out += option.isValueOptional ? " [\(value)|-]" : " \(value)"
    }
    return out
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
