/// Recognises the texts a phone displays, such as `Login is unavailable(23)`,
/// `[208]-EMService Conn. error` or `Error 25 User Logged in Elsewhere`.
///
/// Every display text of the catalog becomes a template: the letters before its number (the
/// *lead*), the number, and the letters after it (the *trail*), all folded to lowercase ASCII
/// letters so that spaces, punctuation and case do not matter. A text matches a template with the
/// same number when its lead ends like the template's and its trail starts like it. Because the
/// number on the phone is not always the code (service code 39 shows as `(201)`), a text can match
/// several entries; all of them are returned.
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
    /// What the text means, as a one-item set.
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

  /// The indices of the templates showing each number, for numbers up to ``numberIndexLimit``:
  /// a scanner meeting `(23)` compares only the templates that show 23.
  static let templatesByNumber: [[Int]] = {
    var byNumber = [[Int]](repeating: [], count: numberIndexLimit)
    for (index, template) in templates.enumerated() {
      if let number = template.number, number < numberIndexLimit { byNumber[number].append(index) }
    }
    return byNumber
  }()

  /// One more than the largest number a template may show (HTTP 503 is the largest).
  static let numberIndexLimit = 1000

  /// The leads of the parenthesised forms ("login is unavailable", "please try to login again", ...).
  ///
  /// A text with one of these leads is a display text whatever its number, so
  /// `Login is unavailable(12)` is recognised although the sources give 12 no such display.
  static let genericLeads: [[UInt8]] = {
    var leads: [[UInt8]] = []
    for template in templates where template.isParenthesized && template.itemSet.containsCode {
      if !leads.contains(template.lead) { leads.append(template.lead) }
    }
    return leads
  }()

  /// How many letters around a number lenient matching looks at; it keeps a long argument linear.
  static let lenientLimit = 256

  /// How many numbers of a person's text are tried; later ones are ignored.
  static let lenientRunLimit = 64

  /// How many bytes that are not letters may stand between two letters of a lead or trail in a
  /// scanned buffer: "[22]-Dev.logon" has two.
  ///
  /// More ends the text, so that a run of punctuation or digits costs a few steps, not a walk over
  /// the whole look-back window.
  static let gapLimit = 3

  /// The catalog items a user's text can mean, or `nil` when it is not a display text.
  ///
  /// Lenient, for text typed or pasted by a person: a partial lead (`unavailable(23)`), a longer
  /// trail (`[25]-User logged in elsewhere` for the truncated `elsewhe..`), a bare `(201)`, or the
  /// number without brackets after a known lead (`Login is unavailable 23`) all match. A number in
  /// a display form that no template knows falls back to the code itself
  /// (`Login is unavailable(12)` is 12). A text without digits matches only the texts without a
  /// number ("Host not found").
  public static func recognize(_ text: String) -> Match? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer -> Match? in
      guard buffer.contains(where: ASCII.isDigit) else {
        let letters = foldedLetters(buffer, from: 0, to: buffer.count)
        var items = ItemSet.empty
        for template in templates where template.number == nil && template.lead == letters {
          items = items.union(template.itemSet)
        }
        return items.isEmpty ? nil : Match(number: nil, itemSet: items, start: 0, end: buffer.count)
      }
      var fallback: Match?
      for run in numberRuns(buffer, from: 0, to: buffer.count).prefix(lenientRunLimit) {
        if let match = lenientMatch(buffer, run: run) {
          if !match.itemSet.isEmpty { return match }
          fallback = fallback ?? match
        }
      }
      return fallback
    }
  }

  /// The display text around a number in a scanned buffer, if it is one.
  ///
  /// Strict, for logs: the letters before the number must end with a template's lead and the
  /// letters after it must start with its trail; a parenthesised number after one of the
  /// ``genericLeads`` is recognised whatever its value. Builds nothing: the buffer is compared
  /// with the few templates that show the number.
  ///
  /// - Parameters:
  ///   - buffer: The bytes being scanned.
  ///   - digits: The digit run, with `buffer[digits.lowerBound - 1]` being `(`, `[` or a space.
  ///   - lower: How far back the text may reach.
  ///   - upper: How far ahead the text may reach.
  static func match(
    _ buffer: UnsafeBufferPointer<UInt8>, digits: Range<Int>, lower: Int, upper: Int
  ) -> Match? {
    // Every display has letters next to its number form: a lead before it or a trail after it,
    // within the gap a form allows, past the bracket or the blank next to the number. Without
    // any, nothing can match, and "(1)(1)(1)…" costs a few compares per number.
    guard
      hasLetter(buffer, from: digits.lowerBound - 2, step: -1, bound: lower)
        || hasLetter(buffer, from: digits.upperBound + 1, step: 1, bound: upper)
    else { return nil }
    guard let run = numberRun(buffer, digits: digits, lower: lower, upper: upper, unclosed: true), let value = run.value
    else {
      return nil
    }
    var items = ItemSet.empty
    var start = run.formStart
    var end = run.formEnd
    if value < numberIndexLimit {
      for index in templatesByNumber[value] {
        let template = templates[index]
        guard let leadStart = lead(template.lead, before: run.formStart, in: buffer, lower: lower),
          let trailEnd = trail(template.trail, after: run.formEnd, in: buffer, upper: upper)
        else { continue }
        items = items.union(template.itemSet)
        start = min(start, leadStart)
        end = max(end, trailEnd)
      }
    }
    if !items.isEmpty { return Match(number: value, itemSet: items, start: start, end: end) }
    // A known display form with a number the templates do not list.
    guard run.isEnclosed else { return nil }
    for generic in genericLeads {
      if let leadStart = lead(generic, before: run.formStart, in: buffer, lower: lower) {
        return Match(number: value, itemSet: sameNumber(value), start: leadStart, end: run.formEnd)
      }
    }
    return nil
  }

  /// Whether a letter lies within ``gapLimit`` + 2 bytes from `start`, going `step` (−1 or 1),
  /// not past `bound`: a form's bracket and blanks, then the gap a lead or trail may have.
  @inline(__always)
  private static func hasLetter(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, step: Int, bound: Int) -> Bool {
    guard let base = buffer.baseAddress else { return false }
    let count = step < 0 ? min(gapLimit + 2, start - bound + 1) : min(gapLimit + 2, bound - start)
    var pointer = base + start
    for _ in 0..<max(0, count) {
      let byte = pointer.pointee
      if ASCII.isLetter(byte) { return true }
      if byte == UInt8(ascii: "\n") { return false }
      pointer += step
    }
    return false
  }

  /// Whether a bracket at `bracket` may open a display's number: a letter lies within eight bytes
  /// before it or after it.
  ///
  /// Two word loads: the scanner asks this of every `(` and `[` before a digit, and input made of
  /// `(1)(1)(1)…` must cost about what a log costs.
  @inline(__always)
  static func mayOpenDisplay(_ buffer: UnsafeBufferPointer<UInt8>, bracket: Int) -> Bool {
    guard bracket >= 8, bracket + 9 <= buffer.count, let base = buffer.baseAddress else { return true }
    let before = UnsafeRawPointer(base + bracket - 8).loadUnaligned(as: UInt64.self)
    let after = UnsafeRawPointer(base + bracket + 1).loadUnaligned(as: UInt64.self)
    return ASCII.letterBits(before) | ASCII.letterBits(after) != 0
  }

  /// The codes whose templates show `value`, or the code `value` itself.
  private static func sameNumber(_ value: Int) -> ItemSet {
    var items = ItemSet.empty
    if value < numberIndexLimit {
      for index in templatesByNumber[value] where templates[index].itemSet.containsCode {
        items = items.union(templates[index].itemSet)
      }
    }
    return items.isEmpty ? ItemSet.code(value) : items
  }

  /// The first byte of `lead` if the letters before `position` end with it, else `nil`.
  private static func lead(
    _ lead: [UInt8], before position: Int, in buffer: UnsafeBufferPointer<UInt8>, lower: Int
  ) -> Int? {
    var remaining = lead.count
    var index = position - 1
    var gap = 0
    var first = position
    while remaining > 0 {
      guard index >= lower, gap <= gapLimit else { return nil }
      let byte = buffer[index]
      if ASCII.isLetter(byte) {
        guard byte | 0x20 == lead[remaining - 1] else { return nil }
        remaining -= 1
        first = index
        gap = 0
      } else {
        gap += 1
      }
      index -= 1
    }
    return first
  }

  /// The byte after `trail` if the letters from `position` on start with it, else `nil`.
  private static func trail(
    _ trail: [UInt8], after position: Int, in buffer: UnsafeBufferPointer<UInt8>, upper: Int
  ) -> Int? {
    var matched = 0
    var index = position
    var gap = 0
    var end = position
    while matched < trail.count {
      guard index < upper, gap <= gapLimit else { return nil }
      let byte = buffer[index]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "<") { return nil }
      if ASCII.isLetter(byte) {
        guard byte | 0x20 == trail[matched] else { return nil }
        matched += 1
        end = index + 1
        gap = 0
      } else {
        gap += 1
      }
      index += 1
    }
    return end
  }

  /// A number in display position: enclosed in `()` or `[]`, after the word "error", or (for a
  /// person's text) alone after letters.
  struct NumberRun {
    let digits: Range<Int>
    let value: Int?
    let isEnclosed: Bool
    /// Whether the number follows the word "error".
    let followsError: Bool
    /// The first byte before the number that belongs to the form (`(` or `[`), and the byte after it.
    let formStart: Int
    let formEnd: Int
  }

  private static func lenientMatch(_ buffer: UnsafeBufferPointer<UInt8>, run: NumberRun) -> Match? {
    guard let value = run.value else { return nil }
    // A person's text may be long, but a display text is not: look at most this far around it.
    let (lead, leadStart) = letters(before: run.formStart, in: buffer, limit: lenientLimit)
    let (trail, trailEnd) = letters(after: run.formEnd, in: buffer, limit: lenientLimit)
    var items = ItemSet.empty
    var matchedStart = run.formStart
    var matchedEnd = run.formEnd
    if value < numberIndexLimit {
      for index in templatesByNumber[value] {
        let template = templates[index]
        // Without brackets or "Error", the lead must be the template's whole lead.
        let leadFits =
          run.isEnclosed || run.followsError
          ? fitsLeniently(lead, template.lead, suffix: true) : !template.lead.isEmpty && lead.ends(with: template.lead)
        guard leadFits && fitsLeniently(trail, template.trail, suffix: false) else { continue }
        items = items.union(template.itemSet)
        matchedStart = min(matchedStart, leadStart(lead.count))
        matchedEnd = max(matchedEnd, trailEnd(trail.count))
      }
    }
    if !items.isEmpty {
      return Match(number: value, itemSet: items, start: matchedStart, end: matchedEnd)
    }
    // A known display form with a number the templates do not list.
    let generic = genericLeads.first { lead.ends(with: $0) }
    guard run.isEnclosed || run.followsError || generic != nil else { return nil }
    let start = generic.map { leadStart($0.count) } ?? run.formStart
    return Match(number: value, itemSet: sameNumber(value), start: start, end: run.formEnd)
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
  ///
  /// - Parameter bare: Whether a number standing alone after a space counts too (a person's text).
  /// - Parameter unclosed: Whether `(N` without its `)` counts, at the end of a line or before a
  ///   quote: Cisco published "Logout is unavailable(23" so; the lead must then match.
  static func numberRun(
    _ buffer: UnsafeBufferPointer<UInt8>, digits: Range<Int>, lower: Int, upper: Int, bare: Bool = false,
    unclosed: Bool = false
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
        return NumberRun(
          digits: digits, value: value, isEnclosed: true, followsError: false, formStart: before, formEnd: after + 1)
      }
    }
    if unclosed, before >= lower, buffer[before] == UInt8(ascii: "("),
      after == upper || isTextEnd(buffer[after])
    {
      return NumberRun(
        digits: digits, value: value, isEnclosed: true, followsError: false, formStart: before,
        formEnd: digits.upperBound)
    }
    // "Error N Text": the number follows the word "error" and a space; the five letters of "error"
    // lie within the text, before the spaces, and start a word ("Terror 25" is no phone text).
    if before - 4 >= lower, before < digits.lowerBound - 1,
      errorWord.indices.allSatisfy({ buffer[before - 4 + $0] | 0x20 == errorWord[$0] }),
      !(before - 5 >= lower && ASCII.isLetter(buffer[before - 5]))
    {
      return NumberRun(
        digits: digits, value: value, isEnclosed: false, followsError: true, formStart: digits.lowerBound,
        formEnd: digits.upperBound)
    }
    // A number alone after a letter and a space, with nothing but space or the end after it.
    if bare, before >= lower, before < digits.lowerBound - 1, ASCII.isLetter(buffer[before]),
      after == upper || ASCII.isSpace(buffer[after])
    {
      return NumberRun(
        digits: digits, value: value, isEnclosed: false, followsError: false, formStart: digits.lowerBound,
        formEnd: digits.upperBound)
    }
    return nil
  }

  /// Whether `byte` ends a display text that lost its closing bracket: a line end, a quote, a tag.
  private static func isTextEnd(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"): return true
    default: return false
    }
  }

  /// Every number in display position in a user's text, bare numbers included.
  private static func numberRuns(_ buffer: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> [NumberRun] {
    var runs: [NumberRun] = []
    var index = lower
    while index < upper {
      guard ASCII.isDigit(buffer[index]) else {
        index += 1
        continue
      }
      var end = index
      while end < upper && ASCII.isDigit(buffer[end]) { end += 1 }
      // A number right after a minus sign is negative, not a display's number.
      let isNegative = index > lower && buffer[index - 1] == UInt8(ascii: "-")
      if !isNegative, let run = numberRun(buffer, digits: index..<end, lower: lower, upper: upper, bare: true) {
        runs.append(run)
      }
      index = end
    }
    return runs
  }

  /// Up to `limit` folded letters before `position`, nearest last, and a function giving the
  /// byte offset of the n-th letter from the end.
  private static func letters(
    before position: Int, in buffer: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> ([UInt8], (Int) -> Int) {
    var letters: [UInt8] = []
    var offsets: [Int] = []
    var index = position - 1
    // Look back at most a few bytes per letter, so a long run of punctuation ends the lead.
    let floor = max(0, position - limit * 4 - 8)
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
    after position: Int, in buffer: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> ([UInt8], (Int) -> Int) {
    var letters: [UInt8] = []
    var offsets: [Int] = []
    var index = position
    let ceiling = min(buffer.count, position + limit * 4 + 8)
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

  private static func makeTemplates() -> [Template] {
    var templates: [Template] = []
    func add(_ display: String, _ item: CatalogItem) {
      let bytes = Array(display.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        guard let start = buffer.firstIndex(where: ASCII.isDigit) else {
          let letters = foldedLetters(buffer, from: 0, to: buffer.count)
          templates.append(
            Template(lead: letters, number: nil, trail: [], isParenthesized: false, itemSet: .item(item)))
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
            isParenthesized: isParenthesized, itemSet: .item(item)))
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
