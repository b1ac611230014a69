import _EMCodeFolding

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
  /// In order: a decimal code (`22`, `022`, ` 22 `, with white space, byte order marks and
  /// zero-width characters around it ignored); a phone display text (`Login is unavailable(23)`,
  /// `Login is unavailable 23`, `(201)`, `Host not found`); a name, current, other or CallManager
  /// 4.1 (`Dev. logon disabled`), ignoring case, spaces, punctuation and umlaut spelling; an EM
  /// API response (`<error code="3">`).
  public static func resolve(_ argument: String) -> Outcome {
    let text = trimmed(argument)
    return found(text) ?? .notFound(notRecognized(text))
  }

  /// Resolves the arguments of one command line, joining the words of a phone text or a name that
  /// was typed without quotes.
  ///
  /// `Login is unavailable 23`, `Please try to login again 201` and `Error 22 Dev Logon Disabled`
  /// typed as separate words resolve as one text; `22 23 25` stays three codes. Words that still
  /// mean nothing are reported together, in one ``NotFound``. Lazy: each resolution is made when
  /// the sequence is iterated, so a caller can write out answers as they come.
  public static func resolve(arguments: [String]) -> Resolutions {
    Resolutions(arguments: arguments)
  }

  /// The outcome for trimmed text, or `nil` when it means nothing documented.
  static func found(_ text: String) -> Outcome? {
    if !text.isEmpty && text.utf8.allSatisfy(ASCII.isDigit) {
      return code(digits: text)
    }
    if let match = PhoneDisplay.recognize(text) {
      if !match.items.isEmpty { return .items(match.items) }
      if let number = match.number { return code(digits: String(number)) }
    }
    let named = items(named: text)
    if !named.isEmpty { return .items(named) }
    // Only markup can hold an EM API response: spare other text the scanner's buffers.
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return nil }
    let failures = ExplainScanner.firstOutcomes(in: Array(text.utf8)).filter(\.isFailure)
    let items = failures.flatMap(\.items)
    if !items.isEmpty { return .items(items.uniqued()) }
    if let number = failures.lazy.compactMap(\.number).first { return code(digits: String(number)) }
    return nil
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
  /// spaces, punctuation and umlaut spelling.
  static func items(named text: String) -> [CatalogItem] {
    let wanted = Suggestions.letters(text)
    guard !wanted.isEmpty else { return [] }
    var found: [CatalogItem] = []
    for (name, item) in Suggestions.foldedNames where name == wanted && !found.contains(where: { $0.id == item.id }) {
      found.append(item)
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
    return .unrecognized(
      text, nearNames: names, codeInText: names.isEmpty ? codeInText(text) : nil,
      isSearchable: text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) && text.count <= 60)
  }

  /// The last documented code standing as a number of its own in `text` (`Fehler 22`), if any;
  /// a number after a minus sign (`(-1)`) is no code.
  static func codeInText(_ text: String) -> Int? {
    let bytes = Array(text.utf8)
    var found: Int?
    var index = 0
    while index < bytes.count {
      guard ASCII.isDigit(bytes[index]) else {
        index += 1
        continue
      }
      var end = index
      while end < bytes.count && ASCII.isDigit(bytes[end]) { end += 1 }
      // A sign or a letter glued to the number makes it something else: -1, −1, abc22, x216y.
      let isNegative =
        index > 0 && bytes[index - 1] == UInt8(ascii: "-")
        || index >= 3 && bytes[index - 3] == 0xE2
          && (bytes[index - 2] == 0x88 && bytes[index - 1] == 0x92  // U+2212 minus sign
            || bytes[index - 2] == 0x80 && (bytes[index - 1] == 0x93 || bytes[index - 1] == 0x94))  // en, em dash
      let isInWord = index > 0 && ASCII.isLetter(bytes[index - 1]) || end < bytes.count && ASCII.isLetter(bytes[end])
      if !isNegative, !isInWord, end - index <= 3, let value = ASCII.decimalValue(bytes[index..<end]),
        ErrorCatalog.entry(code: value) != nil
      {
        found = value
      }
      index = end
    }
    return found
  }

  /// `text` without what can surround a pasted code: white space (ASCII, no-break U+00A0,
  /// ideographic U+3000, the U+2000 spaces), byte order marks (U+FEFF) and zero-width characters
  /// (U+200B...U+200F, U+2060).
  package static func trimmed(_ text: String) -> String {
    // Most arguments have nothing to trim: answer without copying them. Trimming Characters
    // instead (drop(while: \.isWhitespace) from both ends) made `emcode 22` cost 4.3 times the
    // instructions (794,708 against 182,743): Unicode properties are looked up at run time.
    guard let first = text.utf8.first, let last = text.utf8.last,
      first >= 0x80 || last >= 0x80
        || ASCII.isSpace(first) || ASCII.isSpace(last)
    else { return text }
    let bytes = Array(text.utf8)
    var start = 0
    var end = bytes.count
    while start < end, let length = ignorableLength(bytes, at: start) { start += length }
    while end > start, let length = ignorableLength(endingAt: end, in: bytes, from: start) { end -= length }
    if start == 0 && end == bytes.count { return text }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The length of the white space or invisible character at `index`, or `nil`.
  private static func ignorableLength(_ bytes: [UInt8], at index: Int) -> Int? {
    if ASCII.isSpace(bytes[index]) { return 1 }
    for length in [2, 3] where index + length <= bytes.count && isIgnorable(bytes[index..<(index + length)]) {
      return length
    }
    return nil
  }

  /// The length of the white space or invisible character that ends at `end`, or `nil`.
  private static func ignorableLength(endingAt end: Int, in bytes: [UInt8], from start: Int) -> Int? {
    if ASCII.isSpace(bytes[end - 1]) { return 1 }
    for length in [2, 3] where end - length >= start && isIgnorable(bytes[(end - length)..<end]) {
      return length
    }
    return nil
  }

  /// Whether UTF-8 bytes are one invisible or space character that can surround a pasted code.
  private static func isIgnorable(_ bytes: ArraySlice<UInt8>) -> Bool {
    let scalar = Array(bytes)
    switch scalar.count {
    case 2: return scalar == [0xC2, 0xA0]
    case 3:
      // U+2000...U+200F (spaces, zero-width characters, marks), U+2060, U+3000, U+FEFF.
      return (scalar[0] == 0xE2 && scalar[1] == 0x80 && scalar[2] <= 0x8F)
        || scalar == [0xE2, 0x81, 0xA0] || scalar == [0xE3, 0x80, 0x80] || scalar == [0xEF, 0xBB, 0xBF]
    default: return false
    }
  }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0-9.
  package var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
