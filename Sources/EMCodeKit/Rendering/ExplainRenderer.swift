/// Renders an ``ExplainReport`` as text, JSON, JSON lines, CSV/TSV or Markdown.
///
/// The text answers a support engineer's questions in this order: what was read and when; how
/// many logins, logouts and queries succeeded; which failures, how often, first and last when, on
/// which devices and for which users (or, with ``subjects``, the other way round); then what each
/// code means, once.
public struct ExplainRenderer: Sendable {
  /// The language of labels and hints.
  public let language: Language
  /// The text renderer used for the explanations.
  public let text: TextRenderer
  /// Whether each code found is explained by its full page rather than its short answer.
  public let isVerbose: Bool
  /// Whether the summary lists devices or users with what failed for them, instead of the codes.
  public let subjects: ExplainReport.SubjectKind?

  var labels: Labels { Labels.of(language) }

  /// Creates a renderer.
  public init(text: TextRenderer, verbose: Bool = false, by subjects: ExplainReport.SubjectKind? = nil) {
    self.language = text.language
    self.text = text
    self.isVerbose = verbose
    self.subjects = subjects
  }

  /// Appends the explanation of one item: its short answer, or its full page.
  private func explain(_ item: CatalogItem, to out: TextBuffer) {
    if isVerbose { text.writePage(item, to: out) } else { text.writeCard(item, to: out) }
  }

  // MARK: Text

  /// The report as text: outcome by outcome for a small input, a summary for a log.
  ///
  /// - Parameter skipped: How many binary files a folder run skipped, for the summary's first line.
  public func text(_ report: ExplainReport, skipped: Int = 0) -> String {
    report.isSmall && subjects == nil ? itemizedText(report) : summaryText(report, skipped: skipped)
  }

  /// Each outcome with its place, its time, request, device and user, and what it means; then
  /// each item found explained once.
  func itemizedText(_ report: ExplainReport) -> String {
    let out = TextBuffer()
    for outcome in report.firstOutcomes.prefix(ExplainReport.itemizedLimit) {
      let lead = place(of: outcome, in: report) + ":"
      out.append(lead)
      out.appendWrapped(outcome.fragment, column: lead.columns, indent: 2, width: text.width, continuing: true)
      out.newline()
      let context = self.context(of: outcome)
      if !context.isEmpty {
        // Under the meaning's text: "=> " is three columns, and a continuation adds one space.
        out.appendSpaces(2)
        out.appendWrapped(context, column: 3, indent: 3, width: text.width, continuing: true)
        out.newline()
      }
      out.append("=>")
      out.appendWrapped(meaning(of: outcome), column: 2, indent: 3, width: text.width, continuing: true)
      out.newline()
    }
    for item in report.firstOutcomes.prefix(ExplainReport.itemizedLimit).flatMap(\.items).uniqued() {
      out.newline()
      explain(item, to: out)
    }
    return out.string
  }

  /// "Zeile 39", or "emservice.log:39" in a report over several inputs.
  private func place(of outcome: ExplainOutcome, in report: ExplainReport) -> String {
    report.inputs.count > 1
      ? "\(displayName(outcome.input)):\(outcome.line)" : "\(labels.line.firstUppercased) \(outcome.line)"
  }

  /// The time, service and request, device and user of an outcome, as far as the input names them.
  func context(of outcome: ExplainOutcome) -> String {
    var parts: [String] = []
    if let time = outcome.time { parts.append(time) }
    if let service = outcome.service {
      parts.append(service.rawValue + (outcome.request.map { " " + $0 } ?? ""))
    }
    if let device = outcome.device { parts.append("\(labels.device) \(Sanitized.line(device))") }
    if let user = outcome.user { parts.append("\(labels.user) \(Sanitized.line(user))") }
    return parts.concatenated(separator: " · ")
  }

  /// The summary: what was read, the successes, a table of the failures (or of the devices or
  /// users), then each distinct explanation once.
  func summaryText(_ report: ExplainReport, skipped: Int) -> String {
    let out = TextBuffer()
    let clock = Clock(report)
    writeHeading(report, clock: clock, skipped: skipped, to: out)
    let groups = report.rankedGroups
    if !groups.isEmpty {
      out.newline()
      if let subjects {
        writeSubjects(report, kind: subjects, clock: clock, to: out)
      } else {
        writeGroups(report, groups, clock: clock, to: out)
      }
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

  /// The first lines: the input, its lines and time span; successes, queries, and what did not exist.
  private func writeHeading(_ report: ExplainReport, clock: Clock, skipped: Int, to out: TextBuffer) {
    let lead = "\(labels.summary):"
    out.append(lead)
    var what =
      report.inputs.count == 1
      ? Sanitized.line(displayName(report.inputs[0].name), limit: 200) : labels.inputCount(report.inputs.count)
    what += ", \(report.lines) \(labels.lines)"
    if let span = clock.span { what += ", " + span }
    if skipped > 0 { what += "; " + labels.skippedBinary(skipped) }
    out.appendWrapped(what, column: lead.columns, indent: 2, width: text.width, continuing: true)
    out.newline()
    out.append(tallyLine(labels.successes, report.successes, report: report, clock: clock))
    out.append(tallyLine(labels.queries, report.queries, report: report, clock: clock))
    if report.doesNotExist.count > 0 {
      var line = "  \(labels.doesNotExist): \(report.doesNotExist.count)"
      let names = report.missing.ranked.prefix(5).map { Sanitized.line($0.name) }
      if !names.isEmpty { line += " – " + names.concatenated(separator: ", ") }
      let left = report.missing.counts.count - names.count
      if left > 0 { line += ", " + labels.andMore(left) }
      out.append(line)
      out.newline()
    }
  }

  private func tallyLine(_ label: String, _ tally: ExplainReport.Tally, report: ExplainReport, clock: Clock) -> String {
    guard tally.count > 0 else { return "  \(label): 0\n" }
    return "  \(label): \(tally.count) (\(clock.range(tally, report: report, labels: labels)))\n"
  }

  /// The failures table: code, count, first and last, name; under each row the devices and users
  /// most affected, where the input names them.
  private func writeGroups(_ report: ExplainReport, _ groups: [ExplainReport.Group], clock: Clock, to out: TextBuffer) {
    let header = [
      "Code", labels.count.firstUppercased, labels.first.firstUppercased, labels.last.firstUppercased, "Name",
    ]
    var rows: [[String]] = [header]
    for group in groups {
      rows.append([
        codeLabel(group), String(group.tally.count), clock.first(group.tally, report: report),
        clock.last(group.tally, report: report), meaning(of: group),
      ])
    }
    let namesAnything = groups.contains { $0.withoutDevice < $0.tally.count || $0.withoutUser < $0.tally.count }
    // Details start where the third column does: past the code and count columns and their gaps.
    func width(_ column: Int) -> Int { rows.map { $0[column].count }.max() ?? 0 }
    let detailColumn = 2 + width(0) + width(1) + 4
    writeTable(
      rows, to: out,
      detail: { row in
        guard namesAnything, row > 0 else { return nil }
        return subjectsLine(groups[row - 1])
      }, detailColumn: detailColumn)
    if !namesAnything {
      out.newline()
      out.append(labels.inputNamesNoOne)
      out.newline()
    }
  }

  /// "Geräte: SEP… 3, SEP… 1 · Benutzer: jdoe 2", or that the input names neither.
  private func subjectsLine(_ group: ExplainReport.Group) -> String {
    if group.withoutDevice == group.tally.count && group.withoutUser == group.tally.count {
      return labels.deviceAndUserNotNamed.firstUppercased
    }
    let devices = names(group.devices, unnamed: group.withoutDevice, total: group.tally.count)
    let users = names(group.users, unnamed: group.withoutUser, total: group.tally.count)
    return "\(labels.devices.firstUppercased): \(devices) · \(labels.users.firstUppercased): \(users)"
  }

  /// The three most frequent names with counts, how many more, and how many outcomes name none.
  private func names(_ counts: NameCounts, unnamed: Int, total: Int) -> String {
    if unnamed == total { return labels.notNamed }
    let ranked = counts.ranked
    var parts = ranked.prefix(3).map { "\(Sanitized.line($0.name)) \($0.count)" }
    if ranked.count > 3 || counts.others > 0 {
      parts.append(labels.andMore(ranked.count - 3 + (counts.others > 0 ? 1 : 0)))
    }
    if unnamed > 0 { parts.append(labels.unnamed(unnamed)) }
    return parts.concatenated(separator: ", ")
  }

  /// The devices or users with failures: how many, first and last, which codes, and the users of a
  /// device (or the devices of a user).
  private func writeSubjects(
    _ report: ExplainReport, kind: ExplainReport.SubjectKind, clock: Clock, to out: TextBuffer
  ) {
    let partner = kind == .device ? labels.users : labels.devices
    var rows: [[String]] = [
      [
        (kind == .device ? labels.device : labels.user).firstUppercased, labels.failures.firstUppercased,
        labels.first.firstUppercased, labels.last.firstUppercased, "Codes", partner.firstUppercased,
      ]
    ]
    let subjects = report.rankedSubjects(kind)
    for subject in subjects {
      let codes = codeCounts(of: subject, in: report)
      let partners = subject.partners.ranked.prefix(3).map { "\(Sanitized.line($0.name)) \($0.count)" }
      rows.append([
        Sanitized.line(subject.name), String(subject.failures.count), clock.first(subject.failures, report: report),
        clock.last(subject.failures, report: report), codes.concatenated(separator: ", "),
        partners.isEmpty ? "–" : partners.concatenated(separator: ", "),
      ])
    }
    let unnamed = report.groups.reduce(0) { $0 + (kind == .device ? $1.withoutDevice : $1.withoutUser) }
    if unnamed > 0 {
      rows.append(["(\(kind == .device ? labels.withoutDevice : labels.withoutUser))", String(unnamed), "", "", "", ""])
    }
    let beyond = kind == .device ? report.devicesBeyondLimit : report.usersBeyondLimit
    if beyond > 0 { rows.append(["(" + labels.andMore(beyond) + ")", String(beyond), "", "", "", ""]) }
    if subjects.isEmpty {
      out.append(labels.inputNamesNoOne)
      out.newline()
      return
    }
    writeTable(rows, to: out, detail: { _ in nil }, detailColumn: 0)
  }

  /// Columns padded to their widest cell, the numeric ones right-aligned; the last column is
  /// wrapped at the text width, its later lines starting where it starts.
  ///
  /// `detail` gives a line to write under a row, from `detailColumn`.
  private func writeTable(
    _ rows: [[String]], to out: TextBuffer, detail: (Int) -> String?, detailColumn: Int
  ) {
    let columns = rows[0].count
    var widths = [Int](repeating: 0, count: columns)
    for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.columns) } }
    let lastColumn = 2 + widths.dropLast().reduce(0, +) + 2 * (columns - 1)
    for (number, row) in rows.enumerated() {
      out.append(" ")
      for (index, cell) in row.enumerated() {
        let padding = widths[index] - cell.columns
        if index == columns - 1 {
          if cell.isEmpty { continue }
          out.append("  ")
          out.appendWrapped(cell, column: lastColumn, indent: lastColumn, width: text.width)
        } else if index == 0 || number == 0 || !isNumeric(cell) {
          out.append(index == 0 ? " " : "  ")
          out.append(cell)
          out.appendSpaces(padding)
        } else {
          out.appendSpaces(2 + padding)
          out.append(cell)
        }
      }
      out.trimTrailingSpaces()
      out.newline()
      if let line = detail(number) {
        // Wrapping as a continuation puts one space before the text.
        out.appendSpaces(detailColumn - 1)
        out.appendWrapped(line, column: detailColumn, indent: detailColumn + 2, width: text.width, continuing: true)
        out.newline()
      }
    }
  }

  private func isNumeric(_ cell: String) -> Bool {
    !cell.isEmpty && cell.utf8.allSatisfy { ASCII.isDigit($0) }
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

  /// The codes that failed for a device or user, `22 ×3`, the most frequent first.
  func codeCounts(of subject: ExplainReport.Subject, in report: ExplainReport) -> [String] {
    subject.groupCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map { "\(codeLabel(report.groups[$0.key])) ×\($0.value)" }
  }

  /// What an outcome means, in one line.
  func meaning(of outcome: ExplainOutcome) -> String {
    switch outcome.kind {
    case .success: return labels.successes
    case .query: return "\(labels.queries) (\(outcome.detail))"
    case .doesNotExist: return labels.doesNotExist
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

  /// An input's name as shown: the path as given, or "standard input" for `-`.
  func displayName(_ name: String) -> String {
    name == "-" ? labels.standardInput : name
  }
}

extension ExplainRenderer {
  /// How the summary shows when and where: times where the input has them (the date once, when
  /// all of them fall on one day), else line numbers, with the input's name in a report over several.
  struct Clock {
    /// The earliest and latest time of the whole report.
    let earliest: String?
    let latest: String?
    /// Whether all times share their date, which the heading then shows once.
    let isOneDay: Bool

    init(_ report: ExplainReport) {
      let tallies =
        [report.successes, report.queries, report.doesNotExist] + report.groups.map(\.tally)
      let earliest = tallies.compactMap(\.earliest).min()
      let latest = tallies.compactMap(\.latest).max()
      self.earliest = earliest
      self.latest = latest
      if let earliest, let latest {
        isOneDay = earliest.utf8.count > 10 && earliest.utf8.prefix(10).elementsEqual(latest.utf8.prefix(10))
      } else {
        isOneDay = false
      }
    }

    /// The span of the report: "2026-03-02 08:11:04,119 – 08:17:33,540".
    var span: String? {
      guard let earliest, let latest else { return nil }
      return earliest == latest ? earliest : earliest + " – " + shown(latest)
    }

    /// A time as the table shows it: without the date when the heading shows it.
    func shown(_ time: String) -> String {
      isOneDay ? String(time.dropFirst(11)) : time
    }

    /// The first occurrence: its time, or its line.
    func first(_ tally: ExplainReport.Tally, report: ExplainReport) -> String {
      if let time = tally.earliest { return shown(time) }
      return tally.first.map { place($0, report: report) } ?? ""
    }

    /// The last occurrence: its time, or its line.
    func last(_ tally: ExplainReport.Tally, report: ExplainReport) -> String {
      if let time = tally.latest { return shown(time) }
      return tally.last.map { place($0, report: report) } ?? ""
    }

    /// "08:11:35,926 – 08:16:56,657", or "Zeilen 119-473".
    func range(_ tally: ExplainReport.Tally, report: ExplainReport, labels: Labels) -> String {
      let first = self.first(tally, report: report)
      let last = self.last(tally, report: report)
      if tally.earliest == nil && report.inputs.count == 1 { return "\(labels.lines) \(first)-\(last)" }
      return first == last ? first : "\(first) – \(last)"
    }

    private func place(_ place: ExplainReport.Place, report: ExplainReport) -> String {
      guard report.inputs.count > 1 else { return String(place.line) }
      return "\(report.inputs[place.input].name):\(place.line)"
    }
  }
}
