extension ExplainRenderer {
  /// The report as one JSON document, with the keys of 1.0 (`input`, `lines`, `outcomes`,
  /// `successes`, `queries`, `failures`, `first_outcomes`, `entries`) and the ones 1.1 adds: times,
  /// devices and users per failure, `does_not_exist`, `inputs`, and the `devices` and `users` with
  /// what failed for them.
  ///
  /// `first_outcomes` lists up to ``ExplainReport/listLimit`` outcomes; `--format jsonl` streams
  /// them all.
  package func json(_ report: ExplainReport) -> JSONValue {
    .object(
      summaryMembers(report) + [
        ("first_outcomes", .array(report.firstOutcomes.map { outcomeJSON($0) })),
        ("first_outcomes_limit", .int(ExplainReport.listLimit)),
        ("entries", .array(report.distinctItems.map(\.json))),
      ])
  }

  /// The summary object that ends a `--format jsonl` stream: the report without its outcomes and
  /// entries, marked `"type": "summary"`.
  package func jsonSummary(_ report: ExplainReport) -> JSONValue {
    .object([("type", .string("summary"))] + summaryMembers(report))
  }

  /// One outcome as a line of `--format jsonl`, marked `"type": "outcome"`.
  package func jsonLine(_ outcome: ExplainOutcome) -> JSONValue {
    guard case .object(let members) = outcomeJSON(outcome) else { return .null }
    return .object([("type", .string("outcome"))] + members)
  }

  private func summaryMembers(_ report: ExplainReport) -> [(String, JSONValue)] {
    [
      ("input", .string(report.inputs.map(\.name).concatenated(separator: ", "))),
      ("inputs", .array(report.inputs.map { .object([("name", .string($0.name)), ("lines", .int($0.lines))]) })),
      ("lines", .int(report.lines)),
      ("outcomes", .int(report.outcomeCount)),
      ("successes", tally(report.successes, report)),
      ("queries", tally(report.queries, report)),
      ("does_not_exist", tally(report.doesNotExist, report, names: report.missing)),
      (
        "failures",
        .array(
          report.rankedGroups.map { group in
            .object(
              identity(of: group) + [
                ("message_ids", .strings(group.items.compactMap(messageID))),
                ("count", .int(group.tally.count)),
                ("first_line", .int(group.tally.firstLine)),
                ("last_line", .int(group.tally.lastLine)),
                ("first_message", group.firstMessage.isEmpty ? .null : .string(group.firstMessage)),
              ] + times(group.tally, report) + [
                ("devices", names(group.devices)),
                ("users", names(group.users)),
                ("without_device", .int(group.withoutDevice)),
                ("without_user", .int(group.withoutUser)),
              ])
          })
      ),
      ("devices", subjects(report, .device)),
      ("users", subjects(report, .user)),
    ]
  }

  private func outcomeJSON(_ outcome: ExplainOutcome) -> JSONValue {
    .object([
      ("input", .string(outcome.input)),
      ("line", .int(outcome.line)),
      ("time", .string(outcome.time)),
      ("service", outcome.service.map { .string($0.rawValue) } ?? .null),
      ("request", .string(outcome.request)),
      ("device", .string(outcome.device)),
      ("user", .string(outcome.user)),
      ("kind", .string(outcome.kind.rawValue)),
      ("number", outcome.number.map { .int($0) } ?? .null),
      ("codes", .array(outcome.items.compactMap(\.code).map { .int($0) })),
      ("message_ids", .strings(outcome.items.compactMap(messageID))),
      ("text", .string(outcome.fragment)),
      ("message", outcome.message.isEmpty ? .null : .string(outcome.message)),
    ])
  }

  private func tally(_ tally: ExplainReport.Tally, _ report: ExplainReport, names counts: NameCounts? = nil)
    -> JSONValue
  {
    var members: [(String, JSONValue)] = [
      ("count", .int(tally.count)),
      ("first_line", tally.count > 0 ? .int(tally.firstLine) : .null),
      ("last_line", tally.count > 0 ? .int(tally.lastLine) : .null),
    ]
    members += times(tally, report)
    if let counts { members.append(("names", names(counts))) }
    return .object(members)
  }

  /// The earliest and latest time, and the inputs of the first and last occurrence.
  private func times(_ tally: ExplainReport.Tally, _ report: ExplainReport) -> [(String, JSONValue)] {
    [
      ("first_time", .string(tally.earliest)),
      ("last_time", .string(tally.latest)),
      ("first_input", tally.first.map { .string(report.inputs[$0.input].name) } ?? .null),
      ("last_input", tally.last.map { .string(report.inputs[$0.input].name) } ?? .null),
    ]
  }

  private func names(_ counts: NameCounts) -> JSONValue {
    var list: [JSONValue] = counts.ranked.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) }
    if counts.others > 0 { list.append(.object([("name", .null), ("count", .int(counts.others))])) }
    return .array(list)
  }

  private func subjects(_ report: ExplainReport, _ kind: ExplainReport.SubjectKind) -> JSONValue {
    .array(
      report.rankedSubjects(kind).map { subject in
        .object(
          [
            ("name", .string(subject.name)),
            ("failures", .int(subject.failures.count)),
            (
              "codes",
              .array(
                subject.groupCounts.sorted { $0.key < $1.key }.map { index, count in
                  .object(identity(of: report.groups[index]) + [("count", .int(count))])
                })
            ),
          ] + times(subject.failures, report) + [(kind == .device ? "users" : "devices", names(subject.partners))])
      })
  }

  /// What a failure group stands for: its `kind`, `number` and `codes`.
  private func identity(of group: ExplainReport.Group) -> [(String, JSONValue)] {
    [
      ("kind", .string(group.isOverflow ? "overflow" : group.kind.rawValue)),
      ("number", group.number.map { .int($0) } ?? .null),
      ("codes", .array(group.items.compactMap(\.code).map { .int($0) })),
    ]
  }

  private func messageID(_ item: CatalogItem) -> String? {
    if case .message(let message) = item { return message.id }
    return nil
  }
}
