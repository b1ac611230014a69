/// The language of hints and labels.
public enum Language: String, Sendable, CaseIterable {
  /// German, the default: the hint language of the design.
  case german = "de"
  /// English.
  case english = "en"

  /// Reads a language from a command-line value or `EMCODE_LANG`.
  ///
  /// Accepts `de` and `en` in any case, also as a locale such as `de_DE.UTF-8` or `en-US`.
  public init?(parsing value: String) {
    var prefix = ""
    for character in value {
      if character == "_" || character == "-" || character == "." || character == "@" { break }
      prefix.append(character)
    }
    switch prefix.lowercased() {
    case "de": self = .german
    case "en": self = .english
    default: return nil
    }
  }
}

extension Language {
  /// The raw values of all languages (`de`, `en`), for command lines and forms.
  ///
  /// Built here, where `[Language]` is specialised: a caller in another module that maps
  /// `allCases` itself has the array's metadata built at run time (14,000 instructions).
  package static let identifiers: [String] = allCases.map(\.rawValue)
}
