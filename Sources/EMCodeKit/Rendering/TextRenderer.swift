/// Renders catalog items as text for a terminal or a pipe.
public struct TextRenderer: Sendable {
  /// The language of labels and hints.
  public let language: Language
  /// Colour, or none.
  public let style: TextStyle
  /// The width to wrap at.
  public let width: Int

  /// The words of the output, looked up once.
  private let labels: Labels

  /// Creates a renderer.
  public init(language: Language, style: TextStyle = .plain, width: Int = 80) {
    self.language = language
    self.style = style
    self.width = max(width, 40)
    self.labels = Labels.of(language)
  }

  /// The full block of an entry: header, meaning, phone texts, remedies, notes and sources.
  public func block(_ entry: ErrorEntry) -> String {
    let buffer = TextBuffer()
    write(entry, to: buffer)
    return buffer.string
  }

  /// The full block of a code-less phone message.
  public func block(_ message: PhoneMessage) -> String {
    let buffer = TextBuffer()
    write(message, to: buffer)
    return buffer.string
  }

  /// The block of any catalog item.
  public func block(_ item: CatalogItem) -> String {
    let buffer = TextBuffer()
    write(item, to: buffer)
    return buffer.string
  }

  /// Appends the block of any catalog item.
  package func write(_ item: CatalogItem, to buffer: TextBuffer) {
    switch item {
    case .entry(let entry): write(entry, to: buffer)
    case .message(let message): write(message, to: buffer)
    }
  }

  /// Appends the full block of an entry.
  package func write(_ entry: ErrorEntry, to buffer: TextBuffer) {
    style.append(String(entry.code), as: .code, to: buffer)
    buffer.append("  ")
    style.append(entry.name, as: .name, to: buffer)
    if entry.isNameDerived {
      buffer.append(" (")
      buffer.append(labels.derived)
      buffer.append(")")
    }
    appendFrequentMark(entry, to: buffer)
    buffer.newline()
    let rows = Rows(buffer: buffer, labelWidth: labelWidth, width: width)
    rows.add(labels.family, labels.name(of: entry.family))
    rows.add(labels.description, entry.description)
    rows.add(labels.cause, entry.cause)
    if entry.phoneDisplays.isEmpty {
      rows.add(labels.phoneDisplay, labels.noDisplay)
    } else {
      rows.add(labels.phoneDisplay, entry.phoneDisplays)
    }
    rows.add(labels.action, entry.action)
    rows.add(labels.hint, entry.hint(in: language) ?? labels.noHint)
    if let legacy = entry.legacyName {
      rows.add(labels.legacyName, legacy, continuedBy: entry.legacyDescription)
    }
    rows.add(labels.otherNames, entry.otherNames)
    rows.add(labels.notes, entry.notes)
    rows.addSources(labels.sources, entry.sourceIDs)
  }

  /// Appends the full block of a code-less phone message.
  package func write(_ message: PhoneMessage, to buffer: TextBuffer) {
    style.append(message.name, as: .name, to: buffer)
    buffer.append("  (")
    buffer.append(labels.message)
    buffer.append(")\n")
    let rows = Rows(buffer: buffer, labelWidth: labelWidth, width: width)
    rows.add(labels.description, message.description)
    rows.add(labels.phoneDisplay, message.phoneDisplays)
    rows.add(labels.action, message.action)
    rows.add(labels.hint, message.hint(in: language) ?? labels.noHint)
    rows.add(labels.notes, message.notes)
    rows.addSources(labels.sources, message.sourceIDs)
  }

  /// Appends one compact line: code, family, name and, unless `marksFrequent` is `false`
  /// (as in a listing of the frequent codes only), the frequent mark.
  package func writeLine(_ entry: ErrorEntry, to buffer: TextBuffer, marksFrequent: Bool = true) {
    let code = String(entry.code)
    buffer.appendSpaces(3 - code.utf8.count)
    style.append(code, as: .code, to: buffer)
    buffer.append("  ")
    buffer.append(entry.family.rawValue)
    buffer.appendSpaces(12 - entry.family.rawValue.utf8.count)
    buffer.append(entry.name)
    if marksFrequent { appendFrequentMark(entry, to: buffer) }
    buffer.newline()
  }

  /// Appends one compact line for a code-less message.
  package func writeLine(_ message: PhoneMessage, to buffer: TextBuffer) {
    buffer.append("  -  message     ")
    buffer.append(message.name)
    buffer.newline()
  }

  private func appendFrequentMark(_ entry: ErrorEntry, to buffer: TextBuffer) {
    guard entry.isFrequent else { return }
    buffer.append("  ")
    style.append("[" + labels.frequent + "]", as: .frequent, to: buffer)
  }

  /// The width of the label column: the longest row label of the language.
  var labelWidth: Int { language == .german ? 15 : 14 }
}

/// Labelled rows with wrapped values and a hanging indent.
struct Rows {
  let buffer: TextBuffer
  let labelWidth: Int
  let width: Int

  private var indent: Int { labelWidth + 4 }

  /// A row with one value, if there is one.
  func add(_ label: String, _ value: String?) {
    guard let value else { return }
    addLabel(label)
    buffer.appendWrapped(value, column: indent, indent: indent, width: width)
    buffer.newline()
  }

  /// A row whose value is `first`, then ": " and `rest` if there is a rest.
  func add(_ label: String, _ first: String, continuedBy rest: String?) {
    addLabel(label)
    let column = buffer.appendWrapped(first, column: indent, indent: indent, width: width)
    if let rest {
      buffer.append(":")
      buffer.appendWrapped(rest, column: column + 1, indent: indent, width: width, continuing: true)
    }
    buffer.newline()
  }

  /// A row with one line per value.
  func add(_ label: String, _ values: [String]) {
    for index in values.indices {
      if index == 0 { addLabel(label) } else { buffer.appendSpaces(indent) }
      buffer.appendWrapped(values[index], column: indent, indent: indent, width: width)
      buffer.newline()
    }
  }

  /// A row listing sources: id, title and release wrapped, then the URL on a line of its own.
  func addSources(_ label: String, _ ids: [String]) {
    var first = true
    for id in ids {
      guard let source = ErrorCatalog.source(id: id) else { continue }
      if first { addLabel(label) } else { buffer.appendSpaces(indent) }
      first = false
      buffer.append(source.id)
      buffer.appendSpaces(max(1, 4 - source.id.utf8.count))
      let column = buffer.appendWrapped(source.title, column: indent + 4, indent: indent + 4, width: width)
      buffer.append(";")
      buffer.appendWrapped(source.release, column: column + 1, indent: indent + 4, width: width, continuing: true)
      buffer.newline()
      buffer.appendSpaces(indent + 4)
      buffer.append(source.url)
      buffer.newline()
    }
  }

  private func addLabel(_ label: String) {
    buffer.append("  ")
    buffer.append(label)
    buffer.appendSpaces(labelWidth - label.utf8.count + 2)
  }
}
