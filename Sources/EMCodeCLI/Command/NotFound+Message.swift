import EMCodeKit

extension Lookup.NotFound {
  /// The one-line explanation the command prints, without the `emcode: ` prefix.
  ///
  /// A suggested command is quoted for the shell, so that copying it runs only emcode.
  func message(in language: Language) -> String {
    let german = language == .german
    let labels = Labels.of(language)
    switch self {
    case .empty:
      return german
        ? "ein leeres Argument ist kein Code; einen Code wie 22 angeben"
        : "an empty argument is not a code; give a code such as 22"
    case .dash:
      return german
        ? "'-' ist kein Code; die Standardeingabe liest: emcode --explain -"
        : "'-' is not a code; to read standard input use: emcode --explain -"
    case .undocumentedCode(let value, let suggestions):
      var message =
        german
        ? "\(value) ist kein dokumentierter Extension-Mobility-Code"
        : "\(value) is not a documented Extension Mobility code"
      if !suggestions.isEmpty {
        let list = labels.list(suggestions.map(String.init))
        message += german ? "; gemeint ist vielleicht \(list)" : "; did you mean \(list)?"
      }
      return message
    case .codeTooLong(let digits):
      let shown = Sanitized.line(digits, limit: 20)
      let highest = ErrorCatalog.codes.last ?? 0
      return german
        ? "\(shown) ist kein dokumentierter Extension-Mobility-Code; die Codes reichen von 0 bis \(highest)"
        : "\(shown) is not a documented Extension Mobility code; codes run from 0 to \(highest)"
    case .negative(let text):
      let shown = Sanitized.line(text)
      return german
        ? "'\(shown)' ist kein dokumentierter Extension-Mobility-Code; Codes sind 0 oder größer"
        : "'\(shown)' is not a documented Extension Mobility code; codes are 0 or greater"
    case .hexadecimal(let text, let value, let isDocumented):
      let shown = Sanitized.line(text)
      var message =
        german
        ? "'\(shown)' ist kein Code: Extension-Mobility-Codes sind dezimal"
        : "'\(shown)' is not a code: Extension Mobility codes are decimal"
      if isDocumented {
        message += german ? " (\(shown) ist \(value): emcode \(value))" : " (\(shown) is \(value): emcode \(value))"
      }
      return message
    case .fraction(let text, let whole):
      let shown = Sanitized.line(text)
      return german
        ? "'\(shown)' ist kein Code: Extension-Mobility-Codes sind ganze Zahlen wie \(whole)"
        : "'\(shown)' is not a code: Extension Mobility codes are whole numbers such as \(whole)"
    case .unrecognized(let text, let names, let codeInText, let isSearchable):
      var message =
        german
        ? "'\(Sanitized.line(text))' ist kein dokumentierter Code, Name oder Telefontext"
        : "'\(Sanitized.line(text))' is not a documented code, name or phone text"
      if !names.isEmpty {
        let list = labels.list(names.map { "'\($0)'" })
        message += german ? "; gemeint ist vielleicht \(list)" : "; did you mean \(list)?"
      } else if let codeInText {
        message += german ? "; für den Code: emcode \(codeInText)" : "; for the code try: emcode \(codeInText)"
      } else if isSearchable && Sanitized.line(text, limit: 30) == text {
        let command = "emcode --search " + ShellQuoting.quoted(text)
        message += german ? "; zum Durchsuchen der Texte: \(command)" : "; to search the texts try: \(command)"
      } else {
        message += german ? "; siehe emcode --help" : "; see emcode --help"
      }
      return message
    }
  }
}
