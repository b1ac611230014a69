/// Recognises the texts a phone displays, such as `Login is unavailable(23)`,
/// `[208]-EMService Conn. error` or `Error 25 User Logged in Elsewhere`.
///
/// Every display text of the catalog becomes a template: the letters before its number
/// (the *lead*), the number, and the letters after it (the *trail*), all folded to
/// lowercase ASCII letters so that spaces, punctuation and case do not matter. A text
/// matches a template with the same number when its lead ends like the template's and its
/// trail starts like it. Because the number on the phone is not always the code (service
/// code 39 shows as `(201)`), a text can match several entries; all of them are returned.
public enum PhoneDisplay {
  /// A catalog display text, cut at its number.
  struct Template {
    /// The folded letters before the number.
    let lead: [UInt8]
    /// The number shown, or `nil` for a text without a number ("Host not found").
    let number: Int?
    /// The folded letters after the number.
    let trail: [UInt8]
    /// Whether the number stands in parentheses right after the lead, as in "Login is unavailable(N)".
    let isParenthesized: Bool
    /// What the text means.
    let item: CatalogItem
    /// The same, as a one-item set.
    let itemSet: ItemSet
  }

  /// What a recognised display text means.
  public struct Match: Sendable {
    /// The number shown on the phone, if the text has one.
    public let number: Int?
    /// The catalog items the text can mean, as a set.
    let itemSet: ItemSet
    /// The catalog items the text can mean: the code equal to the number shown first, then in
    /// catalog order; empty for an undocumented number.
    public var items: [CatalogItem] { itemSet.items(shownFirst: number) }
    /// The first byte of the recognised text in the scanned buffer.
    let start: Int
    /// The byte after the recognised text.
    let end: Int
  }

  /// Every display template, built on first use (lookups by code never build it).
  static let templates: [Template] = makeTemplates()

  /// The leads of the parenthesised forms ("login is unavailable", "please try to login again", ...).
  ///
  /// A text with one of these leads is a display text whatever its number, so
  /// `Login is unavailable(12)` is recognised although the sources give 12 no such display.
  static let genericLeads: [[UInt8]] = {
    var leads: [[UInt8]] = []
    for template in templates where template.isParenthesized && template.code != nil {
      if !leads.contains(template.lead) { leads.append(template.lead) }
    }
    return leads
  }()

  /// How many letters around a number lenient matching looks at; it keeps a long argument linear.
  static let lenientLimit = 256

  /// How many numbers of a person's text are tried; later ones are ignored.
  static let lenientRunLimit = 64

  /// The longest lead and trail of any template, in letters: how far a scanner must look.
  static let longestLead = templates.map(\.lead.count).max() ?? 0
  static let longestTrail = templates.map(\.trail.count).max() ?? 0

  /// The catalog items a user's text can mean, or `nil` when it is not a display text.
  ///
  /// Lenient, for text typed or pasted by a person: a partial lead (`unavailable(23)`),
  /// a longer trail (`[25]-User logged in elsewhere` for the truncated `elsewhe..`), or a bare
  /// `(201)` all match. A number in a display form that no template knows falls back to the
  /// code itself (`Login is unavailable(12)` is 12).
  public static func recognize(_ text: String) -> Match? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer -> Match? in
      let letters = foldedLetters(buffer, from: 0, to: buffer.count)
      let literal = templates.filter { $0.number == nil && $0.lead == letters }
      if !literal.isEmpty { return Match(number: nil, itemSet: union(literal), start: 0, end: buffer.count) }
      var fallback: Match?
      for run in numberRuns(buffer, from: 0, to: buffer.count).prefix(lenientRunLimit) {
        if let match = match(buffer, run: run, lower: 0, upper: buffer.count, strict: false) {
          if !match.itemSet.isEmpty { return match }
          fallback = fallback ?? match
        }
      }
      return fallback
    }
  }

  /// The display text around a number in a scanned buffer, if it is one.
  ///
  /// Strict, for logs: the letters before the number must end with a template's lead and
  /// the letters after it must start with its trail; a parenthesised number after one of
  /// the ``genericLeads`` is recognised whatever its value.
  ///
  /// - Parameters:
  ///   - buffer: The bytes being scanned.
  ///   - digits: The digit run, with `buffer[digits.lowerBound - 1]` being `(`, `[` or a space.
  ///   - lower: How far back the text may reach.
  ///   - upper: How far ahead the text may reach.
  static func match(
    _ buffer: UnsafeBufferPointer<UInt8>, digits: Range<Int>, lower: Int, upper: Int
  ) -> Match? {
    guard let run = numberRun(buffer, digits: digits, lower: lower, upper: upper) else { return nil }
    return match(buffer, run: run, lower: lower, upper: upper, strict: true)
  }

  /// A number in a display position: enclosed in `()` or `[]`, or after the word "error".
  struct NumberRun {
    let digits: Range<Int>
    let value: Int?
    let isEnclosed: Bool
    /// The first byte before the number that belongs to the form (`(` or `[`), and the byte after it.
    let formStart: Int
    let formEnd: Int
  }

  private static func match(
    _ buffer: UnsafeBufferPointer<UInt8>, run: NumberRun, lower: Int, upper: Int, strict: Bool
  ) -> Match? {
    guard let value = run.value else { return nil }
    // A person's text may be long, but a display text is not: look at most this far around it.
    let leadLimit = strict ? longestLead : lenientLimit
    let trailLimit = strict ? longestTrail : lenientLimit
    let (lead, leadStart) = letters(before: run.formStart, in: buffer, lower: lower, limit: leadLimit)
    let (trail, trailEnd) = letters(after: run.formEnd, in: buffer, upper: upper, limit: trailLimit)
    var exact: [Template] = []
    var matchedStart = run.formStart
    var matchedEnd = run.formEnd
    for template in templates where template.number == value {
      let fits =
        strict
        ? lead.ends(with: template.lead) && trail.starts(with: template.trail)
        : fitsLeniently(lead, template.lead, suffix: true) && fitsLeniently(trail, template.trail, suffix: false)
      guard fits else { continue }
      exact.append(template)
      matchedStart = min(matchedStart, strict ? leadStart(template.lead.count) : leadStart(lead.count))
      matchedEnd = max(matchedEnd, strict ? trailEnd(template.trail.count) : trailEnd(trail.count))
    }
    if !exact.isEmpty {
      return Match(number: value, itemSet: union(exact), start: matchedStart, end: matchedEnd)
    }
    // A known display form with a number the templates do not list.
    let generic = genericLeads.first { lead.ends(with: $0) }
    let isDisplayForm =
      strict ? generic != nil && run.isEnclosed : run.isEnclosed || generic != nil || lead.ends(with: errorWord)
    guard isDisplayForm else { return nil }
    let start = generic.map { leadStart($0.count) } ?? run.formStart
    let sameNumber = templates.filter { $0.number == value && $0.item.code != nil }
    if !sameNumber.isEmpty {
      return Match(number: value, itemSet: union(sameNumber), start: start, end: run.formEnd)
    }
    return Match(number: value, itemSet: ItemSet.code(value), start: start, end: run.formEnd)
  }

  /// Whether a user's text side fits a template side: either may be the longer one, but a
  /// non-empty side of the user's text must meet a non-empty side of the template.
  private static func fitsLeniently(_ text: [UInt8], _ template: [UInt8], suffix: Bool) -> Bool {
    if text.isEmpty { return true }
    if template.isEmpty { return false }
    return suffix
      ? text.ends(with: template) || template.ends(with: text)
      : text.starts(with: template) || template.starts(with: text)
  }

  private static let errorWord = Array("error".utf8)

  /// The number in display position whose digits are `digits`, or `nil`.
  static func numberRun(
    _ buffer: UnsafeBufferPointer<UInt8>, digits: Range<Int>, lower: Int, upper: Int
  ) -> NumberRun? {
    var before = digits.lowerBound - 1
    while before >= lower && buffer[before] == UInt8(ascii: " ") { before -= 1 }
    var after = digits.upperBound
    while after < upper && buffer[after] == UInt8(ascii: " ") { after += 1 }
    let value = ASCII.decimalValue(UnsafeBufferPointer(rebasing: buffer[digits]))
    if before >= lower && after < upper {
      let open = buffer[before]
      let close = buffer[after]
      if (open == UInt8(ascii: "(") && close == UInt8(ascii: ")"))
        || (open == UInt8(ascii: "[") && close == UInt8(ascii: "]"))
      {
        return NumberRun(digits: digits, value: value, isEnclosed: true, formStart: before, formEnd: after + 1)
      }
    }
    // "Error N Text": the number follows the word "error" and a space.
    // The five letters of "error" must lie within the text, before the spaces.
    guard before - 4 >= lower, before < digits.lowerBound - 1 else { return nil }
    for (offset, letter) in errorWord.enumerated() where buffer[before - 4 + offset] | 0x20 != letter { return nil }
    // ...and start a word: "Terror 25" is no phone text.
    if before - 5 >= lower, ASCII.isLetter(buffer[before - 5]) { return nil }
    return NumberRun(
      digits: digits, value: value, isEnclosed: false, formStart: digits.lowerBound, formEnd: digits.upperBound)
  }

  /// Every number in display position in a user's text.
  private static func numberRuns(_ buffer: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> [NumberRun] {
    var runs: [NumberRun] = []
    var index = lower
    while index < upper {
      guard ASCII.isDigit(buffer[index]) else { index += 1; continue }
      var end = index
      while end < upper && ASCII.isDigit(buffer[end]) { end += 1 }
      if let run = numberRun(buffer, digits: index..<end, lower: lower, upper: upper) { runs.append(run) }
      index = end
    }
    return runs
  }

  /// Up to `limit` folded letters before `position`, nearest last, and a function giving the
  /// byte offset of the n-th letter from the end.
  private static func letters(
    before position: Int, in buffer: UnsafeBufferPointer<UInt8>, lower: Int, limit: Int
  ) -> ([UInt8], (Int) -> Int) {
    var letters: [UInt8] = []
    var offsets: [Int] = []
    var index = position - 1
    // Look back at most a few bytes per letter, so a long run of punctuation ends the lead.
    let floor = max(lower, position - limit * 4 - 8)
    while index >= floor && letters.count < limit {
      if ASCII.isLetter(buffer[index]) {
        letters.append(buffer[index] | 0x20)
        offsets.append(index)
      }
      index -= 1
    }
    letters.reverse()
    return (letters, { count in count == 0 ? position : offsets[count - 1] })
  }

  /// Up to `limit` folded letters from `position` on, and a function giving the byte after the n-th letter.
  private static func letters(
    after position: Int, in buffer: UnsafeBufferPointer<UInt8>, upper: Int, limit: Int
  ) -> ([UInt8], (Int) -> Int) {
    var letters: [UInt8] = []
    var offsets: [Int] = []
    var index = position
    let ceiling = min(upper, position + limit * 4 + 8)
    while index < ceiling && letters.count < limit {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "<") { break }
      if ASCII.isLetter(byte) {
        letters.append(byte | 0x20)
        offsets.append(index)
      }
      index += 1
    }
    return (letters, { count in count == 0 ? position : offsets[count - 1] + 1 })
  }

  /// The folded letters of a whole text, for texts without a number.
  private static func foldedLetters(_ buffer: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> [UInt8] {
    var letters: [UInt8] = []
    for index in lower..<upper where ASCII.isLetter(buffer[index]) { letters.append(buffer[index] | 0x20) }
    return letters
  }

  /// The items of some templates, as a set.
  private static func union(_ templates: [Template]) -> ItemSet {
    templates.reduce(ItemSet.empty) { $0.union($1.itemSet) }
  }

  private static func makeTemplates() -> [Template] {
    var templates: [Template] = []
    func add(_ display: String, _ item: CatalogItem) {
      let bytes = Array(display.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        guard let start = buffer.firstIndex(where: ASCII.isDigit) else {
          let letters = foldedLetters(buffer, from: 0, to: buffer.count)
          templates.append(
            Template(lead: letters, number: nil, trail: [], isParenthesized: false, item: item, itemSet: .item(item)))
          return
        }
        let end = buffer[start...].firstIndex { !ASCII.isDigit($0) } ?? buffer.count
        let run = numberRun(buffer, digits: start..<end, lower: 0, upper: buffer.count)
        let formStart = run?.formStart ?? start
        let formEnd = run?.formEnd ?? end
        let lead = foldedLetters(buffer, from: 0, to: formStart)
        let trail = foldedLetters(buffer, from: formEnd, to: buffer.count)
        let isParenthesized = run?.isEnclosed == true && buffer[formStart] == UInt8(ascii: "(") && trail.isEmpty
        templates.append(
          Template(
            lead: lead, number: ASCII.decimalValue(UnsafeBufferPointer(rebasing: buffer[start..<end])), trail: trail,
            isParenthesized: isParenthesized, item: item, itemSet: .item(item)))
      }
    }
    for entry in ErrorCatalog.entries {
      for display in entry.phoneDisplays { add(display, .entry(entry)) }
    }
    for message in ErrorCatalog.messages {
      for display in message.phoneDisplays { add(display, .message(message)) }
    }
    return templates
  }
}

extension PhoneDisplay.Template {
  /// The code of the template's entry, or `nil` for a message.
  var code: Int? { item.code }
}
