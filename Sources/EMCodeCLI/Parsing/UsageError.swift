import EMCodeKit

/// A wrong command line: what is wrong, in facts; ``message(in:)`` says it in a language.
public enum UsageError: Error, Sendable, Equatable {
  /// An option the command does not know, with the nearest one if any is near.
  case unknownOption(String, suggestion: String?)
  /// A flag given a value (`--json=yes`).
  case takesNoValue(String)
  /// An option without its value.
  case needsValue(String)
  /// A value the option does not take, with the nearest allowed one if any is near.
  case invalidValue(option: String, value: String, suggestion: String?)
  /// Modes that cannot be combined (`--list --search`), as the user spelled them.
  case conflictingModes([String])
  /// `--search` without words.
  case searchNeedsWords(String)
  /// `--list` or `--frequent` with codes, and the first of them.
  case takesNoCodes(option: String, extra: String)
  /// `--by` or `--jobs` without `--explain`.
  case onlyWithExplain(String)
  /// `--generate` with anything else, and what.
  case generateTakesNothingElse(extra: String)
  /// Options but nothing to look up.
  case nothingToLookUp
  /// An empty argument.
  case emptyArgument
  /// `--family` outside `--list`, `--frequent` and `--search`.
  case familyOnlyWithListings
  /// `--explain` with standard input a terminal: nothing to read.
  case explainNeedsInput
}

extension UsageError {
  /// The one-line message, without the `emcode: ` prefix.
  func message(in language: Language) -> String {
    let german = language == .german
    switch self {
    case .unknownOption(let option, let suggestion):
      let shown = Sanitized.line(option, limit: 40)
      if let suggestion {
        return german
          ? "unbekannte Option '\(shown)'; gemeint ist wohl '\(suggestion)'"
          : "unknown option '\(shown)'; did you mean '\(suggestion)'?"
      }
      return german
        ? "unbekannte Option '\(shown)'; siehe emcode --help" : "unknown option '\(shown)'; see emcode --help"
    case .takesNoValue(let option):
      return german ? "\(option) nimmt keinen Wert; siehe emcode --help" : "\(option) takes no value; see emcode --help"
    case .needsValue(let option):
      return german
        ? "\(option) braucht einen Wert: \(Self.allowed(option, language))"
        : "\(option) needs a value: \(Self.allowed(option, language))"
    case .invalidValue(let option, let value, let suggestion):
      let shown = Sanitized.line(value, limit: 40)
      var message =
        german
        ? "\(option) nimmt nicht '\(shown)'; möglich sind: \(Self.allowed(option, language))"
        : "\(option) does not take '\(shown)'; use one of: \(Self.allowed(option, language))"
      if let suggestion {
        message += german ? " (gemeint ist wohl '\(suggestion)')" : " (did you mean '\(suggestion)'?)"
      }
      return message
    case .conflictingModes(let spellings):
      let list = Labels.of(language).listAll(spellings)
      return german
        ? "\(list) gehen nicht zusammen; eines davon wählen" : "\(list) cannot be used together; choose one"
    case .searchNeedsWords(let option):
      return german
        ? "\(option) braucht mindestens ein Wort, z. B. emcode --search profile"
        : "\(option) needs at least one word, e.g. emcode --search profile"
    case .takesNoCodes(let option, let extra):
      let shown = Sanitized.line(extra, limit: 40)
      return german
        ? "\(option) nimmt keine Codes (erhalten: '\(shown)'); diese oder \(option) weglassen"
        : "\(option) takes no codes (got '\(shown)'); drop them or drop \(option)"
    case .onlyWithExplain(let option):
      return german ? "\(option) geht nur mit --explain" : "\(option) works with --explain only"
    case .generateTakesNothingElse(let extra):
      let shown = Sanitized.line(extra, limit: 40)
      return german
        ? "--generate nimmt nichts weiter (erhalten: '\(shown)')" : "--generate takes nothing else (got '\(shown)')"
    case .nothingToLookUp:
      return german
        ? "nichts nachzuschlagen: einen Code wie 22, einen Namen oder einen Telefontext angeben (siehe emcode --help)"
        : "nothing to look up: give a code such as 22, a name or a phone text (see emcode --help)"
    case .emptyArgument:
      return german
        ? "ein leeres Argument ist kein Code; einen Code wie 22, einen Namen oder einen Telefontext angeben"
        : "an empty argument is not a code; give a code such as 22, a name or a phone text"
    case .familyOnlyWithListings:
      return german
        ? "--family geht nur mit --list, --frequent und --search"
        : "--family works with --list, --frequent and --search only"
    case .explainNeedsInput:
      return german
        ? "--explain braucht eine DATEI oder eine Eingabe über die Standardeingabe, z. B. emcode --explain antwort.xml"
        : "--explain needs a FILE or input on standard input, e.g. emcode --explain response.xml"
    }
  }

  /// The values an option takes, or its value's name when any value goes.
  private static func allowed(_ spelling: String, _ language: Language) -> String {
    let long = spelling.hasPrefix("--") ? String(spelling.dropFirst(2)) : ""
    let option = CommandLineSpec.option(long: long) ?? spelling.last.flatMap(CommandLineSpec.option(short:))
    guard let option else { return "" }
    return option.values.isEmpty ? option.valueName?(language) ?? "" : option.values.concatenated(separator: ", ")
  }
}
