extension DelimitedRenderer {
  /// The header names of `--explain --format csv|tsv`, one row per outcome; the same in every
  /// language, like the keys of `--format jsonl`.
  public static let outcomeColumns = [
    "input", "line", "time", "service", "request", "device", "user", "kind", "number", "codes", "name", "message",
  ]

  /// Appends the header row of the outcome table.
  package func writeOutcomeHeader(to output: TextBuffer) {
    writeNames(Self.outcomeColumns, to: output)
  }

  /// Appends one outcome's row: where, when, which request, device and user, what kind, the number
  /// seen, the codes it can mean (joined with ` | `), their names, and the error text.
  package func writeOutcome(_ outcome: ExplainOutcome, to output: TextBuffer) {
    let values: [String] = [
      outcome.input, String(outcome.line), outcome.time ?? "", outcome.service?.rawValue ?? "", outcome.request ?? "",
      outcome.device ?? "", outcome.user ?? "", outcome.kind.rawValue, outcome.number.map(String.init) ?? "",
      outcome.items.compactMap(\.code).map(String.init).concatenated(separator: Self.displaySeparator),
      outcome.items.map(\.name).concatenated(separator: Self.displaySeparator), outcome.message,
    ]
    for (index, value) in values.enumerated() {
      if index > 0 { output.append(byte: separator) }
      field(value, to: output)
    }
    endRecord(output)
  }
}
