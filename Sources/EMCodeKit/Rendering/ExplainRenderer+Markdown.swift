extension ExplainRenderer {
  /// The report as Markdown: what was read, the failures table with devices and users (or the
  /// devices or users table), then a section per distinct item.
  public func markdown(_ report: ExplainReport, skipped: Int = 0) -> String {
    let markdown = MarkdownRenderer(language: language)
    let clock = Clock(report)
    let name =
      report.inputs.count == 1 ? displayName(report.inputs[0].name) : labels.inputCount(report.inputs.count)
    var out = "## \(labels.summary): \(markdown.escape(Sanitized.line(name, limit: 200)))\n\n"
    out += "- \(report.lines) \(labels.lines)" + (clock.span.map { ", " + $0 } ?? "") + "\n"
    if skipped > 0 { out += "- \(labels.skippedBinary(skipped))\n" }
    out += "- \(labels.successes): \(report.successes.count)\n"
    out += "- \(labels.queries): \(report.queries.count)\n"
    if report.doesNotExist.count > 0 {
      let names = report.missing.ranked.map { markdown.escape(Sanitized.line($0.name)) }
      out += "- \(labels.doesNotExist): \(report.doesNotExist.count)"
      out += names.isEmpty ? "\n" : " – " + names.concatenated(separator: ", ") + "\n"
    }
    out += "\n"
    if let subjects {
      out += subjectTable(report, subjects, clock: clock, markdown: markdown)
    } else if !report.groups.isEmpty {
      out +=
        "| Code | \(labels.count.firstUppercased) | \(labels.first.firstUppercased) | \(labels.last.firstUppercased) | "
      out += "Name | \(labels.devices.firstUppercased) | \(labels.users.firstUppercased) |\n"
      out += "|---|---:|---|---|---|---|---|\n"
      for group in report.rankedGroups {
        out += "| \(markdown.escape(codeLabel(group))) | \(group.tally.count) | "
        out += "\(markdown.escape(clock.first(group.tally, report: report))) | "
        out += "\(markdown.escape(clock.last(group.tally, report: report))) | \(markdown.escape(meaning(of: group))) | "
        out += "\(cell(group.devices, unnamed: group.withoutDevice, total: group.tally.count, markdown)) | "
        out += "\(cell(group.users, unnamed: group.withoutUser, total: group.tally.count, markdown)) |\n"
      }
      out += "\n"
    }
    for item in report.distinctItems { out += markdown.section(item, verbose: isVerbose) + "\n" }
    return out
  }

  private func subjectTable(
    _ report: ExplainReport, _ kind: ExplainReport.SubjectKind, clock: Clock, markdown: MarkdownRenderer
  ) -> String {
    let subjects = report.rankedSubjects(kind)
    guard !subjects.isEmpty else { return labels.inputNamesNoOne + "\n\n" }
    let title = (kind == .device ? labels.device : labels.user).firstUppercased
    let partner = (kind == .device ? labels.users : labels.devices).firstUppercased
    var out = "| \(title) | \(labels.failures.firstUppercased) | \(labels.first.firstUppercased) | "
    out += "\(labels.last.firstUppercased) | Codes | \(partner) |\n|---|---:|---|---|---|---|\n"
    for subject in subjects {
      let codes = codeCounts(of: subject, in: report)
      out += "| \(markdown.escape(Sanitized.line(subject.name))) | \(subject.failures.count) | "
      out += "\(markdown.escape(clock.first(subject.failures, report: report))) | "
      out += "\(markdown.escape(clock.last(subject.failures, report: report))) | "
      out += "\(markdown.escape(codes.concatenated(separator: ", "))) | "
      out += "\(cell(subject.partners, unnamed: 0, total: subject.failures.count, markdown)) |\n"
    }
    return out + "\n"
  }

  /// The names with counts for a table cell, or "not named".
  private func cell(_ counts: NameCounts, unnamed: Int, total: Int, _ markdown: MarkdownRenderer) -> String {
    if unnamed == total || counts.isEmpty { return labels.notNamed }
    var parts = counts.ranked.prefix(5).map { "\(Sanitized.line($0.name)) \($0.count)" }
    let left = counts.counts.count - parts.count + (counts.others > 0 ? 1 : 0)
    if left > 0 { parts.append(labels.andMore(left)) }
    if unnamed > 0 { parts.append(labels.unnamed(unnamed)) }
    return markdown.escape(parts.concatenated(separator: ", "))
  }
}
