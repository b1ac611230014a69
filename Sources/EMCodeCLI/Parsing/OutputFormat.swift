import EMCodeKit

/// An output format.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Text for people.
  case text
  /// JSON for programs.
  case json
  /// Markdown for documents and tickets.
  case markdown
  /// JSON lines: one JSON object per line, for log platforms (Splunk, Elastic, Loki).
  case jsonl
  /// CSV (RFC 4180) for spreadsheets and log platforms.
  case csv
  /// TSV (IANA text/tab-separated-values) for spreadsheets and log platforms.
  case tsv

  /// The dialect of a table format, or `nil` for the others.
  var dialect: DelimitedRenderer.Dialect? {
    switch self {
    case .csv: return .csv
    case .tsv: return .tsv
    case .text, .json, .markdown, .jsonl: return nil
    }
  }
}
