/// Resolves what a user typed or pasted into catalog items: a code, a name or a phone text.
public enum Lookup {
  /// What an argument resolved to.
  public enum Outcome: Sendable {
    /// A code, typed as a number.
    case code(ErrorEntry)
    /// The items the argument means; several when a phone text is ambiguous.
    case items([CatalogItem])
    /// Nothing documented: why, and what may have been meant.
    case notFound(NotFound)
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
    let failures = ExplainScanner.firstOutcomes(in: Array(text.utf8)).filter(\.isFailure)
    let items = failures.flatMap(\.items)
    if !items.isEmpty { return .items(items.uniqued()) }
    if let number = failures.lazy.compactMap(\.number).first { return code(digits: String(number)) }
    return .notFound(notRecognized(text))
  }

  /// The entry for decimal digits, or why there is none.
  static func code(digits: String) -> Outcome {
    let significant = String(digits.drop { $0 == "0" })
    if significant.utf8.count <= 9 {
      let value = Int(significant) ?? 0
      if let entry = ErrorCatalog.entry(code: value) { return .code(entry) }
      return .notFound(.undocumentedCode(value, suggestions: Suggestions.codes(near: significant)))
    }
    return .notFound(.codeTooLong(digits: significant))
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

  /// Why text that is no code, name or phone text is not one, with what may have been meant.
  static func notRecognized(_ text: String) -> NotFound {
    if text.isEmpty { return .empty }
    if text == "-" { return .dash }
    if text.hasPrefix("-"), text.count > 1, text.dropFirst().allSatisfy(\.isASCIIDigitCharacter) {
      return .negative(text)
    }
    if text.lowercased().hasPrefix("0x"), text.count > 2, let value = Int(text.dropFirst(2), radix: 16) {
      return .hexadecimal(text, value: value, isDocumented: ErrorCatalog.entry(code: value) != nil)
    }
    if let dot = text.firstIndex(where: { $0 == "." || $0 == "," }),
      text[..<dot].allSatisfy(\.isASCIIDigitCharacter), !text[..<dot].isEmpty,
      text[text.index(after: dot)...].allSatisfy(\.isASCIIDigitCharacter)
    {
      return .fraction(text, whole: String(text[..<dot]))
    }
    let names = Suggestions.names(near: text)
    var codeInText: Int?
    if names.isEmpty, let number = text.split(whereSeparator: { !$0.isASCIIDigitCharacter }).last,
      number.count <= 3, let value = Int(number), ErrorCatalog.entry(code: value) != nil
    {
      codeInText = value
    }
    let isSearchable = text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) && text.count <= 60
    return .unrecognized(text, nearNames: names, codeInText: codeInText, isSearchable: isSearchable)
  }

  /// `text` without white space (ASCII, and the no-break space U+00A0) at either end.
  package static func trimmed(_ text: String) -> String {
    // Most arguments have nothing to trim: answer without copying them. Trimming Characters
    // instead (drop(while: \.isWhitespace) from both ends) made `emcode 22` cost 4.3 times the
    // instructions (794,708 against 182,743): Unicode properties are looked up at run time.
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
}

extension Character {
  /// Whether the character is one of the ASCII digits 0-9.
  package var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
