/// Renders an ``ExplainReport`` as text, JSON or Markdown.
public struct ExplainRenderer: Sendable {
  /// The language of labels and hints.
  public let language: Language
  /// The text renderer used for the explanations.
  public let text: TextRenderer
  /// Whether each code found is explained by its full page rather than its short answer.
  public let isVerbose: Bool

  private var labels: Labels { Labels.of(language) }

  /// Creates a renderer.
  public init(text: TextRenderer, verbose: Bool = false) {
    self.language = text.language
    self.text = text
    self.isVerbose = verbose
  }

  /// Appends the explanation of one item: its short answer, or its full page.
  private func explain(_ item: CatalogItem, to out: TextBuffer) {
    if isVerbose { text.writePage(item, to: out) } else { text.writeCard(item, to: out) }
  }

  // MARK: Text

  /// The report as text: outcome by outcome for a small input, a summary for a log.
  public func text(_ report: ExplainReport, inputName: String) -> String {
    report.isSmall ? itemizedText(report) : summaryText(report, inputName: inputName)
  }

  /// Each outcome with its line and what it means, then each item found explained once.
  func itemizedText(_ report: ExplainReport) -> String {
    let out = TextBuffer()
    for outcome in report.firstOutcomes {
      let lead = "\(capitalized(labels.line)) \(outcome.line):"
      out.append(lead)
      out.appendWrapped(outcome.fragment, column: lead.columns, indent: 2, width: text.width, continuing: true)
      out.newline()
      out.append("=>")
      out.appendWrapped(meaning(of: outcome), column: 2, indent: 3, width: text.width, continuing: true)
      out.newline()
    }
    for item in report.firstOutcomes.flatMap(\.items).uniqued() {
      out.newline()
      explain(item, to: out)
    }
    return out.string
  }

  /// Counts first, then a table of the failures, then each distinct explanation once.
  func summaryText(_ report: ExplainReport, inputName: String) -> String {
    let out = TextBuffer()
    let lead = "\(labels.summary):"
    out.append(lead)
    out.appendWrapped(
      "\(Sanitized.line(inputName, limit: 200)), \(report.lines) \(labels.lines)", column: lead.columns, indent: 2,
      width: text.width, continuing: true)
    out.newline()
    out.append(tallyLine(labels.successes, report.successes))
    out.append(tallyLine(labels.queries, report.queries))
    let groups = report.rankedGroups
    if !groups.isEmpty {
      let header = ["Code", capitalized(labels.count), capitalized(labels.first), capitalized(labels.last), "Name"]
      var rows: [[String]] = [header]
      for group in groups {
        rows.append([
          codeLabel(group), String(group.tally.count), String(group.tally.firstLine), String(group.tally.lastLine),
          meaning(of: group),
        ])
      }
      out.newline()
      writeTable(rows, to: out)
    }
    let items = report.distinctItems
    if !items.isEmpty {
      out.newline()
      out.append(labels.explanations)
      out.newline()
      for item in items {
        out.newline()
        explain(item, to: out)
      }
    }
    return out.string
  }

  private func tallyLine(_ label: String, _ tally: ExplainReport.Tally) -> String {
    guard tally.count > 0 else { return "  \(label): 0\n" }
    return "  \(label): \(tally.count) (\(labels.lines) \(tally.firstLine)-\(tally.lastLine))\n"
  }

  /// Columns padded to their widest cell, the numeric ones right-aligned; the last column is
  /// wrapped at the text width, its later lines starting where it starts.
  private func writeTable(_ rows: [[String]], to out: TextBuffer) {
    let columns = rows[0].count
    var widths = [Int](repeating: 0, count: columns)
    for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
    let lastColumn = 2 + widths.dropLast().reduce(0, +) + 2 * (columns - 1)
    for row in rows {
      out.append(" ")
      for (index, cell) in row.enumerated() {
        let padding = widths[index] - cell.count
        if index == columns - 1 {
          out.append("  ")
          out.appendWrapped(cell, column: lastColumn, indent: lastColumn, width: text.width)
        } else if index == 0 {
          out.append(" ")
          out.append(cell)
          out.appendSpaces(padding)
        } else {
          out.appendSpaces(2 + padding)
          out.append(cell)
        }
      }
      out.newline()
    }
  }

  /// How the code column shows a group: `3` for an API code, `(23)` for what the phone showed.
  func codeLabel(_ group: ExplainReport.Group) -> String {
    if group.isOverflow { return "…" }
    switch group.kind {
    case .phoneDisplay: return group.number.map { "(\($0))" } ?? "-"
    case .apiError: return group.number.map(String.init) ?? "?"
    default: return "-"
    }
  }

  /// What an outcome means, in one line.
  func meaning(of outcome: ExplainOutcome) -> String {
    switch outcome.kind {
    case .success: return labels.successes
    case .query: return "\(labels.queries) (\(outcome.detail))"
    default:
      return describe(
        kind: outcome.kind, number: outcome.number, items: outcome.items, message: outcome.message,
        unreadable: outcome.hasUnreadableNumber)
    }
  }

  func meaning(of group: ExplainReport.Group) -> String {
    if group.isOverflow { return labels.furtherFailures(ExplainReport.groupLimit) }
    // The code column already shows the code; the name column need not repeat it.
    if group.items.count == 1, case .entry(let entry) = group.items[0], entry.code == group.number {
      return entry.name
    }
    if group.items.isEmpty, group.number != nil { return labels.undocumented }
    return describe(
      kind: group.kind, number: group.number, items: group.items, message: group.firstMessage, unreadable: false)
  }

  private func describe(
    kind: ExplainOutcome.Kind, number: Int?, items: [CatalogItem], message: String, unreadable: Bool
  ) -> String {
    if items.isEmpty {
      if let number { return "\(number): \(labels.undocumented)" }
      let detail = message.isEmpty ? "" : ": " + labels.quoted(message)
      if unreadable { return labels.unreadableCode + detail }
      return labels.noCode + detail
    }
    let names = items.map { item -> String in
      switch item {
      case .entry(let entry): return "\(entry.code) \(entry.name)"
      case .message(let phoneMessage): return phoneMessage.name
      }
    }
    var out = items.count == 1 ? names[0] : "\(labels.oneOf): " + names.concatenated(separator: " / ")
    if kind == .errorMessage && !message.isEmpty { out += " (" + labels.quoted(message) + ")" }
    if kind == .phoneDisplay, let number, items.count == 1, let code = items[0].code, code != number {
      out += " (" + labels.phoneShowsNumber(number) + ")"
    }
    return out
  }

  private func capitalized(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }

  // MARK: JSON

  /// The report as one JSON document.
  package func json(_ report: ExplainReport, inputName: String) -> JSONValue {
    .object([
      ("input", .string(inputName)),
      ("lines", .int(report.lines)),
      ("outcomes", .int(report.outcomeCount)),
      ("successes", tally(report.successes)),
      ("queries", tally(report.queries)),
      (
        "failures",
        .array(
          report.rankedGroups.map { group in
            .object([
              ("kind", .string(group.isOverflow ? "overflow" : group.kind.rawValue)),
              ("number", group.number.map { .int($0) } ?? .null),
              ("codes", .array(group.items.compactMap(\.code).map { .int($0) })),
              ("message_ids", .strings(group.items.compactMap(messageID))),
              ("count", .int(group.tally.count)),
              ("first_line", .int(group.tally.firstLine)),
              ("last_line", .int(group.tally.lastLine)),
              ("first_message", group.firstMessage.isEmpty ? .null : .string(group.firstMessage)),
            ])
          })
      ),
      (
        "first_outcomes",
        .array(
          report.firstOutcomes.prefix(ExplainReport.itemizedLimit).map { outcome in
            .object([
              ("line", .int(outcome.line)),
              ("kind", .string(outcome.kind.rawValue)),
              ("number", outcome.number.map { .int($0) } ?? .null),
              ("codes", .array(outcome.items.compactMap(\.code).map { .int($0) })),
              ("message_ids", .strings(outcome.items.compactMap(messageID))),
              ("text", .string(outcome.fragment)),
              ("message", outcome.message.isEmpty ? .null : .string(outcome.message)),
            ])
          })
      ),
      ("entries", .array(report.distinctItems.map(\.json))),
    ])
  }

  private func tally(_ tally: ExplainReport.Tally) -> JSONValue {
    .object([
      ("count", .int(tally.count)),
      ("first_line", tally.count > 0 ? .int(tally.firstLine) : .null),
      ("last_line", tally.count > 0 ? .int(tally.lastLine) : .null),
    ])
  }

  private func messageID(_ item: CatalogItem) -> String? {
    if case .message(let message) = item { return message.id }
    return nil
  }

  // MARK: Markdown

  /// The report as Markdown: the summary table, then a section per distinct item.
  public func markdown(_ report: ExplainReport, inputName: String) -> String {
    var out =
      "## \(labels.summary): \(MarkdownRenderer(language: language).escape(Sanitized.line(inputName, limit: 200)))\n\n"
    out += "- \(report.lines) \(labels.lines)\n"
    out += "- \(labels.successes): \(report.successes.count)\n"
    out += "- \(labels.queries): \(report.queries.count)\n\n"
    let groups = report.rankedGroups
    if !groups.isEmpty {
      out +=
        "| Code | \(capitalized(labels.count)) | \(capitalized(labels.first)) | \(capitalized(labels.last)) | Name |\n"
      out += "|---|---:|---:|---:|---|\n"
      let markdown = MarkdownRenderer(language: language)
      for group in groups {
        out += "| \(markdown.escape(codeLabel(group))) | \(group.tally.count) | \(group.tally.firstLine) | "
        out += "\(group.tally.lastLine) | \(markdown.escape(meaning(of: group))) |\n"
      }
      out += "\n"
    }
    let markdown = MarkdownRenderer(language: language)
    for item in report.distinctItems { out += markdown.section(item, verbose: isVerbose) + "\n" }
    return out
  }
}
