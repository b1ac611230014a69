import EMCodeKit

/// The command's sentences that are not about the command line: warnings, empty results, files.
enum Messages {
  /// `EMCODE_LANG` holds no language emcode speaks.
  static func unusableLanguageSetting(_ value: String, using language: Language) -> String {
    let shown = Sanitized.line(value, limit: 20)
    return language == .german
      ? "Warnung: EMCODE_LANG='\(shown)' ist keine Sprache von emcode (de oder en); die Ausgabe ist deutsch"
      : "warning: EMCODE_LANG='\(shown)' is not a language emcode speaks (de or en); the output is in English"
  }

  /// A search that found nothing.
  static func noMatch(_ query: String, in language: Language) -> String {
    let shown = Sanitized.line(query)
    return language == .german
      ? "kein Code passt zu '\(shown)'; weniger oder andere Wörter versuchen, oder emcode --list"
      : "no code matches '\(shown)'; try fewer or other words, or emcode --list"
  }

  /// The line before the answers to a text that means several codes: `'x' can mean 22 or 23:`.
  static func severalMeanings(of text: String, codes: [String], in language: Language) -> String {
    let labels = Labels.of(language)
    let shown = labels.quoted(Sanitized.line(text))
    let list = labels.list(codes)
    return language == .german ? "\(shown) kann \(list) bedeuten:" : "\(shown) can mean \(list):"
  }

  /// A listing of a family that has none of the codes asked for.
  static func emptyFamily(_ family: ErrorFamily, frequentOnly: Bool, in language: Language) -> String {
    let name = Labels.of(language).name(of: family)
    if language == .german {
      return frequentOnly ? "die Familie \(name) hat keine häufigen Codes" : "die Familie \(name) hat keine Codes"
    }
    return frequentOnly ? "the family \(name) has no frequent codes" : "the family \(name) has no codes"
  }

  /// Nothing in the input was recognised.
  static func nothingRecognised(in name: String, language: Language) -> String {
    language == .german
      ? "nichts in \(name) sieht aus wie eine EM-API-Antwort, ein Telefontext oder eine Zeile eines EM-Logs"
      : "nothing in \(name) looks like an EM API response, a phone text or an EM log line"
  }

  /// How an input is named in a message: `Standardeingabe`, or the file name in quotes.
  static func inputName(_ path: String, in language: Language) -> String {
    path == "-" ? Labels.of(language).standardInput : "'\(Sanitized.line(path))'"
  }

  /// Standard output cannot be written.
  static func cannotWrite(_ reason: String, in language: Language) -> String {
    language == .german
      ? "die Ausgabe lässt sich nicht schreiben: \(reason)" : "cannot write the output: \(reason)"
  }

  /// The version line.
  static func version(_ version: String, dataDate: String, in language: Language) -> String {
    language == .german
      ? "emcode \(version) (Daten vom \(dataDate))\n" : "emcode \(version) (data of \(dataDate))\n"
  }
}
