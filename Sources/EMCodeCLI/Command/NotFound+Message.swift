import EMCodeKit

extension Lookup.NotFound {
  /// The one-line explanation the command prints, without the `emcode: ` prefix.
  var message: String {
    switch self {
    case .empty: return "an empty argument is not a code; give a code such as 22"
    case .dash: return "'-' is not a code; to read standard input use: emcode --explain -"
    case .undocumentedCode(let value, let suggestions):
      var message = "\(value) is not a documented Extension Mobility code"
      if !suggestions.isEmpty { message += "; did you mean " + Wording.list(suggestions.map(String.init)) + "?" }
      return message
    case .codeTooLong(let digits):
      return "\(Sanitized.line(digits, limit: 20)) is not a documented Extension Mobility code; "
        + "codes run from 0 to \(ErrorCatalog.codes.last ?? 0)"
    case .negative(let text):
      return "'\(Sanitized.line(text))' is not a documented Extension Mobility code; codes are 0 or greater"
    case .hexadecimal(let text, let value, let isDocumented):
      var message = "'\(Sanitized.line(text))' is not a code: Extension Mobility codes are decimal"
      if isDocumented { message += " (0x\(text.dropFirst(2)) is \(value): emcode \(value))" }
      return message
    case .fraction(let text, let whole):
      return "'\(Sanitized.line(text))' is not a code: Extension Mobility codes are whole numbers such as \(whole)"
    case .unrecognized(let text, let names, let codeInText, let isSearchable):
      var message = "'\(Sanitized.line(text))' is not a documented code, name or phone text"
      if !names.isEmpty {
        message += "; did you mean " + Wording.list(names.map { "'\($0)'" }) + "?"
      } else if let codeInText {
        message += "; for the code try: emcode \(codeInText)"
      } else if isSearchable {
        message += "; to search the texts try: emcode --search \(Sanitized.line(text, limit: 30))"
      } else {
        message += "; see emcode --help"
      }
      return message
    }
  }
}
