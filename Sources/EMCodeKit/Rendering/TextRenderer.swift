/// Renders catalog items as text, in one language, at three levels of detail.
///
/// - The **card**, the default answer: code, name, family, what the phone shows, what it means,
///   how to fix it, the other codes a display or a condition may be, the notes that change what
///   the admin does, and how to get more. At most 12 lines at 80 columns.
/// - The **page**: everything, with Cisco's English texts quoted as the originals.
/// - The **brief** line: code, name and the fix in short.
public struct TextRenderer: Sendable {
  /// The language of labels and texts.
  public let language: Language
  /// How codes, names and the frequent mark are marked (plain, or the command's colours).
  public let style: TextStyle
  /// The width to wrap at; `Int.max` for no wrapping.
  public let width: Int
  /// The command that shows an item's full page when the item's id follows it (`emcode -v `), for
  /// the last line of a card with the source ids; `nil` for no such line.
  public let moreCommand: String?

  /// The words of the output.
  let labels: Labels

  /// Creates a renderer.
  ///
  /// - Parameters:
  ///   - width: Where to wrap; `nil` for no wrapping (at least 40 otherwise).
  ///   - moreCommand: The command that shows an item's full page, followed by its id, for the last
  ///     line of a card; `nil` for none.
  public init(language: Language, style: TextStyle = .plain, width: Int? = 80, moreCommand: String? = nil) {
    self.language = language
    self.style = style
    self.width = width.map { max($0, 40) } ?? Int.max
    self.moreCommand = moreCommand
    self.labels = Labels.of(language)
  }

  // MARK: Strings, for callers outside the package

  /// The short answer for an item.
  public func card(_ item: CatalogItem) -> String {
    render { writeCard(item, to: $0) }
  }

  /// The full page for an item.
  public func page(_ item: CatalogItem) -> String {
    render { writePage(item, to: $0) }
  }

  /// The one-line short form: code, name and the fix in short.
  public func brief(_ item: CatalogItem) -> String {
    render { writeBrief(item, to: $0) }
  }

  /// The listing line: code, family and name.
  public func line(_ item: CatalogItem) -> String {
    render { writeLine(item, to: $0) }
  }

  private func render(_ body: (TextBuffer) -> Void) -> String {
    let buffer = TextBuffer(capacity: 1024)
    body(buffer)
    return buffer.string
  }

  // MARK: Card

  /// Appends the short answer for an item.
  ///
  /// Its rows are composed in a scratch buffer rather than in `String`s: freeing the first
  /// string a process made costs the run time about 37,000 instructions of type metadata.
  package func writeCard(_ item: CatalogItem, to buffer: TextBuffer) {
    writeHeader(item, to: buffer)
    let rows = Rows(buffer: buffer, labelWidth: cardLabelWidth, width: width)
    let scratch = TextBuffer(capacity: 512)
    switch item {
    case .entry(let entry):
      rows.add(labels.phone, scratch: scratch) { appendDisplays(entry.phoneDisplays, to: $0) }
      rows.add(labels.meaning, entry.meaning(in: language))
      rows.add(labels.fix, entry.hint(in: language) ?? labels.noHint)
      if hasAlsoLine(entry) { rows.add(labels.also, scratch: scratch) { appendAlsoLine(entry, to: $0) } }
      let notes = entry.notes(in: language)
      for index in 0..<min(entry.userNoteCount, notes.count) { rows.add(labels.note, notes[index]) }
      if let moreCommand {
        rows.add(labels.more, scratch: scratch) {
          appendMore(moreCommand, id: String(entry.code), entry.sourceIDs, to: $0)
        }
      }
    case .message(let message):
      rows.add(labels.phone, scratch: scratch) { appendDisplays(message.phoneDisplays, to: $0) }
      rows.add(labels.meaning, message.meaning(in: language))
      rows.add(labels.fix, message.hint(in: language) ?? labels.noHint)
      let notes = message.notes(in: language)
      for index in 0..<min(message.userNoteCount, notes.count) { rows.add(labels.note, notes[index]) }
      if let moreCommand {
        rows.add(labels.more, scratch: scratch) { appendMore(moreCommand, id: message.id, message.sourceIDs, to: $0) }
      }
    }
  }

  /// The phone texts, separated by middle dots.
  private func appendDisplays(_ texts: [String], to buffer: TextBuffer) {
    guard !texts.isEmpty else { return buffer.append(labels.noDisplay) }
    for index in texts.indices {
      if index > 0 { buffer.append(" · ") }
      buffer.append(texts[index])
    }
  }

  /// "emcode -v 23 (Quellen S1 S2)".
  private func appendMore(_ command: String, id: String, _ sources: [String], to buffer: TextBuffer) {
    buffer.append(command)
    buffer.append(id)
    buffer.append(" (")
    buffer.append(labels.sourcesWord)
    for source in sources {
      buffer.append(" ")
      buffer.append(source)
    }
    buffer.append(")")
  }

  /// Whether an entry has other codes to name on its card.
  func hasAlsoLine(_ entry: ErrorEntry) -> Bool {
    !entry.seeAlso.isEmpty || !ErrorCatalog.sharedDisplayNumbers(code: entry.code).isEmpty
  }

  /// The other codes a phone display or the condition may be: "„(23)“ kann auch 40 sein · verwandt: 5".
  func appendAlsoLine(_ entry: ErrorEntry, to buffer: TextBuffer) {
    var isFirst = true
    ErrorCatalog.forEachSharedDisplayNumber(of: entry) { number, codes in
      if !isFirst { buffer.append(" · ") }
      isFirst = false
      buffer.append(labels.openQuote)
      buffer.append("(")
      buffer.append(number)
      buffer.append(")")
      buffer.append(labels.closeQuote)
      buffer.append(labels.alsoDisplay.before)
      for (index, code) in codes.enumerated() {
        if index > 0 { buffer.append(index == codes.count - 1 ? " " + labels.or + " " : ", ") }
        buffer.append(code)
      }
      buffer.append(labels.alsoDisplay.after)
    }
    if !entry.seeAlso.isEmpty {
      if !isFirst { buffer.append(" · ") }
      buffer.append(labels.related)
      for (index, code) in entry.seeAlso.enumerated() {
        buffer.append(index == 0 ? " " : ", ")
        buffer.append(code)
      }
    }
  }

  /// The other codes line as a string, for Markdown and other callers.
  func alsoLine(_ entry: ErrorEntry) -> String? {
    guard hasAlsoLine(entry) else { return nil }
    let buffer = TextBuffer(capacity: 128)
    appendAlsoLine(entry, to: buffer)
    return buffer.string
  }

  /// The widest label of the card, and two spaces.
  var cardLabelWidth: Int {
    [labels.phone, labels.meaning, labels.fix, labels.also, labels.note, labels.more].map(\.columns).max() ?? 0
  }

  /// Appends the first line of a card or page: code, name, family and frequent mark.
  private func writeHeader(_ item: CatalogItem, to buffer: TextBuffer) {
    switch item {
    case .entry(let entry):
      style.append(String(entry.code), as: .code, to: buffer)
      buffer.append("  ")
      style.append(entry.name, as: .name, to: buffer)
      if entry.isNameDerived {
        buffer.append(" (")
        buffer.append(labels.derived)
        buffer.append(")")
      }
      buffer.append("  (")
      buffer.append(labels.name(of: entry.family))
      if entry.isFrequent {
        buffer.append(", ")
        style.append(labels.frequent, as: .frequent, to: buffer)
      }
      buffer.append(")\n")
    case .message(let message):
      style.append(message.name, as: .name, to: buffer)
      buffer.append("  (")
      buffer.append(labels.message)
      buffer.append(")\n")
    }
  }

  // MARK: Page

  /// Appends the full page for an item: the card's rows at full length, the notes for
  /// maintainers, the other names, Cisco's original English texts as quotes, and the source ids.
  package func writePage(_ item: CatalogItem, to buffer: TextBuffer) {
    writeHeader(item, to: buffer)
    let rows = Rows(buffer: buffer, labelWidth: pageLabelWidth, width: width)
    let cisco = Rows(buffer: buffer, labelWidth: pageLabelWidth - 2, width: width, indent: 4)
    switch item {
    case .entry(let entry):
      rows.add(labels.family, labels.longName(of: entry.family))
      rows.add(labels.phoneShows, entry.phoneDisplays.isEmpty ? [labels.noDisplay] : entry.phoneDisplays)
      rows.add(labels.meaning, entry.meaning(in: language))
      rows.add(labels.cause, entry.cause(in: language))
      rows.add(labels.fix, entry.hint(in: language) ?? labels.noHint)
      rows.add(labels.also, alsoLine(entry))
      let notes = entry.notes(in: language)
      rows.add(labels.note, Array(notes.prefix(entry.userNoteCount)))
      rows.add(labels.notes, Array(notes.dropFirst(entry.userNoteCount)))
      rows.add(labels.otherNames, entry.otherNames)
      buffer.append("  ")
      buffer.append(labels.original)
      buffer.newline()
      cisco.add(labels.originalDescription, labels.quoted(entry.description))
      cisco.add(labels.originalCause, entry.cause.map(labels.quoted))
      cisco.add(labels.originalAction, entry.action.map(labels.quoted))
      if let legacy = entry.legacyName {
        cisco.add(
          labels.legacyName,
          labels.quoted(legacy) + (entry.legacyDescription.map { ": " + labels.quoted($0) } ?? ""))
      }
      rows.add(labels.sources, entry.sourceIDs.concatenated(separator: " "))
    case .message(let message):
      rows.add(labels.phoneShows, message.phoneDisplays)
      rows.add(labels.meaning, message.meaning(in: language))
      rows.add(labels.fix, message.hint(in: language) ?? labels.noHint)
      let notes = message.notes(in: language)
      rows.add(labels.note, Array(notes.prefix(message.userNoteCount)))
      rows.add(labels.notes, Array(notes.dropFirst(message.userNoteCount)))
      if message.description != nil || message.action != nil {
        buffer.append("  ")
        buffer.append(labels.original)
        buffer.newline()
        cisco.add(labels.originalDescription, message.description.map(labels.quoted))
        cisco.add(labels.originalAction, message.action.map(labels.quoted))
      }
      rows.add(labels.sources, message.sourceIDs.concatenated(separator: " "))
    }
  }

  /// The widest label of the page, and two spaces.
  var pageLabelWidth: Int {
    let main =
      [
        labels.family, labels.phoneShows, labels.meaning, labels.cause, labels.fix, labels.also, labels.note,
        labels.notes, labels.otherNames, labels.sources,
      ].map(\.columns).max() ?? 0
    let cisco =
      [labels.originalDescription, labels.originalCause, labels.originalAction, labels.legacyName]
      .map(\.columns).max() ?? 0
    return max(main, cisco + 2)
  }

  /// Appends the list of sources a run cited, each once: id, title and release, what was read of
  /// it, and its URL on a line of its own.
  package func writeSources(_ ids: [String], to buffer: TextBuffer) {
    guard !ids.isEmpty else { return }
    buffer.append(labels.sources)
    buffer.newline()
    for id in ids {
      guard let source = ErrorCatalog.source(id: id) else { continue }
      buffer.append("  ")
      buffer.append(source.id)
      buffer.appendSpaces(max(1, 5 - source.id.utf8.count))
      let column = buffer.appendWrapped(source.title, column: 7, indent: 7, width: width)
      buffer.append(";")
      buffer.appendWrapped(source.release, column: column + 1, indent: 7, width: width, continuing: true)
      buffer.newline()
      if let note = source.note(in: language) {
        buffer.appendSpaces(7)
        buffer.appendWrapped(note, column: 7, indent: 7, width: width)
        buffer.newline()
      }
      buffer.appendSpaces(7)
      buffer.append(source.url)
      buffer.newline()
    }
  }

  // MARK: Lines

  /// Appends the brief line: code, name and the fix in short, in at most 90 columns: a name longer
  /// than its column is cut at a word, with an ellipsis.
  package func writeBrief(_ item: CatalogItem, to buffer: TextBuffer) {
    switch item {
    case .entry(let entry):
      appendCodeColumn(entry.code, to: buffer)
      appendBriefName(entry.name, to: buffer)
      buffer.append(entry.brief(in: language) ?? labels.noHint)
    case .message(let message):
      buffer.append("  -  ")
      appendBriefName(message.name, to: buffer)
      buffer.append(message.brief(in: language) ?? labels.noHint)
    }
    buffer.newline()
  }

  /// A name in the brief line's name column, padded, or cut at a word with an ellipsis.
  private func appendBriefName(_ name: String, to buffer: TextBuffer) {
    let width = TextRenderer.briefNameWidth
    guard name.columns > width else {
      buffer.append(name)
      buffer.appendSpaces(width + 2 - name.columns)
      return
    }
    var kept = ""
    for word in name.split(separator: " ") where kept.columns + word.columns + 2 <= width {
      kept += kept.isEmpty ? String(word) : " " + word
    }
    buffer.append(kept)
    buffer.append("…")
    buffer.appendSpaces(width + 1 - kept.columns)
  }

  /// How wide the name column of brief lines is.
  static let briefNameWidth = 32

  /// Appends one listing line: code, family and name, and the frequent mark unless `marksFrequent`
  /// is `false` (as in a listing of the frequent codes only).
  package func writeLine(_ item: CatalogItem, to buffer: TextBuffer, marksFrequent: Bool = true) {
    writeLineStart(item, to: buffer, marksFrequent: marksFrequent)
    buffer.newline()
  }

  /// Appends one search result: the listing line, then where it matched, with an excerpt.
  package func writeSearchLine(_ match: SearchMatch, to buffer: TextBuffer) {
    writeLineStart(match.item, to: buffer, marksFrequent: true)
    buffer.append("  — ")
    buffer.append(fieldName(match.field))
    buffer.append(": ")
    buffer.append(labels.quoted(match.excerpt))
    buffer.newline()
  }

  /// The name of a field a search matched in.
  func fieldName(_ field: SearchMatch.Field) -> String {
    switch field {
    case .name: return labels.matchName
    case .phoneDisplay: return labels.matchDisplay
    case .keyword: return labels.matchKeyword
    case .meaning: return labels.matchMeaning
    case .description: return labels.matchDescription
    case .hint: return labels.matchHint
    case .action: return labels.matchAction
    }
  }

  /// Appends a code right-aligned in three columns, then two spaces.
  private func appendCodeColumn(_ code: Int, to buffer: TextBuffer) {
    let text = String(code)
    buffer.appendSpaces(3 - text.utf8.count)
    style.append(text, as: .code, to: buffer)
    buffer.append("  ")
  }

  private func writeLineStart(_ item: CatalogItem, to buffer: TextBuffer, marksFrequent: Bool) {
    let familyWidth = [labels.service, labels.emcc, labels.application].map(\.columns).max() ?? 0
    switch item {
    case .entry(let entry):
      appendCodeColumn(entry.code, to: buffer)
      let family = labels.name(of: entry.family)
      buffer.append(family)
      buffer.appendSpaces(familyWidth + 1 - family.columns)
      buffer.append(entry.name)
      if marksFrequent && entry.isFrequent {
        buffer.append("  ")
        style.append("[" + labels.frequent + "]", as: .frequent, to: buffer)
      }
    case .message(let message):
      buffer.append("  -  ")
      buffer.appendSpaces(familyWidth + 1)
      buffer.append(message.name)
    }
  }
}

/// Labelled rows with wrapped values and a hanging indent.
struct Rows {
  let buffer: TextBuffer
  let labelWidth: Int
  let width: Int
  /// The spaces before a label.
  var indent = 2

  /// The column the values start in.
  private var valueColumn: Int { indent + labelWidth + 1 }

  /// A row with one value, if there is one.
  func add(_ label: String, _ value: String?) {
    guard let value else { return }
    addLabel(label)
    buffer.appendWrapped(value, column: valueColumn, indent: valueColumn, width: width)
    buffer.newline()
  }

  /// A row whose value `compose` writes into `scratch` (emptied first), wrapped like any value.
  func add(_ label: String, scratch: TextBuffer, compose: (TextBuffer) -> Void) {
    scratch.removeAll()
    compose(scratch)
    addLabel(label)
    buffer.appendWrapped(scratch, column: valueColumn, indent: valueColumn, width: width)
    buffer.newline()
  }

  /// A row with one line per value.
  func add(_ label: String, _ values: [String]) {
    for index in values.indices {
      if index == 0 { addLabel(label) } else { buffer.appendSpaces(valueColumn) }
      buffer.appendWrapped(values[index], column: valueColumn, indent: valueColumn, width: width)
      buffer.newline()
    }
  }

  private func addLabel(_ label: String) {
    buffer.appendSpaces(indent)
    buffer.append(label)
    buffer.appendSpaces(labelWidth - label.columns + 1)
  }
}
