/// Resolves what a user typed or pasted into catalog items: a code, a name or a phone text.
public enum Lookup {
  /// What an argument resolved to.
  public enum Outcome: Sendable {
    /// A code, typed as a number.
    case code(ErrorEntry)
    /// The items the argument means; several when a phone text is ambiguous.
    case items([CatalogItem])
    /// Nothing documented; the message says so and suggests what may have been meant.
    case notFound(String)
  }

  /// Resolves one argument.
  ///
  /// In order: a decimal code (`22`, `022`, ` 22 `); a phone display text
  /// (`Login is unavailable(23)`, `(201)`, `Host not found`); a name, current, other or
  /// CallManager 4.1 (`Dev. logon disabled`), ignoring case, spaces and punctuation; an EM
  /// API response (`<error code="3">`).
  public static func resolve(_ argument: String) -> Outcome {
    let text = trimmed(argument)
    if !text.isEmpty && text.utf8.allSatisfy(ASCII.isDigit) {
      return code(digits: text)
    }
    if let match = PhoneDisplay.recognize(text) {
      if !match.items.isEmpty { return .items(match.items) }
      if let number = match.number { return code(digits: String(number)) }
    }
    let named = items(named: text)
    if !named.isEmpty { return .items(named) }
    let failures = ExplainScanner.outcomes(in: Array(text.utf8)).filter(\.isFailure)
    let items = failures.flatMap(\.items)
    if !items.isEmpty { return .items(unique(items)) }
    if let number = failures.lazy.compactMap(\.number).first { return code(digits: String(number)) }
    return .notFound(notRecognized(text))
  }

  /// The entry for decimal digits, or why there is none.
  static func code(digits: String) -> Outcome {
    let significant = Substring(digits.utf8.drop { $0 == UInt8(ascii: "0") })
    if significant.utf8.count <= 9 {
      var value = 0
      for byte in significant.utf8 { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
      if let entry = ErrorCatalog.entry(code: value) { return .code(entry) }
    }
    let shown = Sanitized.line(significant.isEmpty ? "0" : String(significant), limit: 20)
    var message = "\(shown) is not a documented Extension Mobility code"
    if significant.utf8.count > 9 {
      message += "; codes run from 0 to \(ErrorCatalog.entries.last?.code ?? 0)"
    } else {
      let suggestions = Suggestions.codes(near: String(significant))
      if !suggestions.isEmpty { message += "; did you mean " + list(suggestions.map(String.init)) + "?" }
    }
    return .notFound(message)
  }

  /// The items whose name, other name, 4.1 name or message text is `text`, ignoring case,
  /// spaces and punctuation.
  static func items(named text: String) -> [CatalogItem] {
    let wanted = Suggestions.letters(text)
    guard !wanted.isEmpty else { return [] }
    var found: [CatalogItem] = []
    for entry in ErrorCatalog.entries {
      if entry.allNames.contains(where: { Suggestions.letters($0) == wanted }) { found.append(.entry(entry)) }
    }
    for message in ErrorCatalog.messages where Suggestions.letters(message.name) == wanted {
      found.append(.message(message))
    }
    return found
  }

  /// The one-line explanation for text that is no code, name or phone text.
  static func notRecognized(_ text: String) -> String {
    let shown = "'" + Sanitized.line(text) + "'"
    if text.isEmpty { return "an empty argument is not a code; give a code such as 22" }
    if text == "-" { return "'-' is not a code; to read standard input use: emcode --explain -" }
    let lower = text.lowercased()
    if lower.hasPrefix("-"), text.dropFirst().allSatisfy(\.isASCIIDigitCharacter), text.count > 1 {
      return "\(shown) is not a documented Extension Mobility code; codes are 0 or greater"
    }
    if lower.hasPrefix("0x"), text.count > 2, let value = Int(text.dropFirst(2), radix: 16) {
      var message = "\(shown) is not a code: Extension Mobility codes are decimal"
      if ErrorCatalog.entry(code: value) != nil { message += " (0x\(text.dropFirst(2)) is \(value): emcode \(value))" }
      return message
    }
    if let dot = text.firstIndex(where: { $0 == "." || $0 == "," }),
      text[..<dot].allSatisfy(\.isASCIIDigitCharacter), !text[..<dot].isEmpty,
      text[text.index(after: dot)...].allSatisfy(\.isASCIIDigitCharacter)
    {
      return "\(shown) is not a code: Extension Mobility codes are whole numbers such as \(text[..<dot])"
    }
    var message = "\(shown) is not a documented code, name or phone text"
    let names = Suggestions.names(near: text)
    if !names.isEmpty {
      message += "; did you mean " + list(names.map { "'\($0)'" }) + "?"
    } else if let number = text.split(whereSeparator: { !$0.isASCIIDigitCharacter }).last,
      number.count <= 3, let value = Int(number), ErrorCatalog.entry(code: value) != nil
    {
      message += "; for the code try: emcode \(value)"
    } else if text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) && text.count <= 60 {
      message += "; to search the texts try: emcode --search \(Sanitized.line(text, limit: 30))"
    } else {
      message += "; see emcode --help"
    }
    return message
  }

  /// "a", "a or b", "a, b or c" (or with another conjunction).
  static func list(_ items: [String], conjunction: String = "or") -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().concatenated(separator: ", ") + " \(conjunction) " + (items.last ?? "")
  }

  /// `text` without white space (ASCII, and the no-break space U+00A0) at either end.
  static func trimmed(_ text: String) -> String {
    // Most arguments have nothing to trim: answer without copying them.
    guard let first = text.utf8.first, let last = text.utf8.last,
      ASCII.isSpace(first) || ASCII.isSpace(last) || first == 0xC2 || last == 0xA0
    else { return text }
    let bytes = Array(text.utf8)
    var start = 0
    var end = bytes.count
    while start < end {
      if ASCII.isSpace(bytes[start]) {
        start += 1
      } else if start + 1 < end, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 {
        start += 2
      } else {
        break
      }
    }
    while end > start {
      if ASCII.isSpace(bytes[end - 1]) {
        end -= 1
      } else if end - 2 >= start, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
        end -= 2
      } else {
        break
      }
    }
    if start == 0 && end == bytes.count { return text }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  static func unique(_ items: [CatalogItem]) -> [CatalogItem] {
    var seen: [String] = []
    return items.filter { item in
      if seen.contains(item.key) { return false }
      seen.append(item.key)
      return true
    }
  }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0-9.
  var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
