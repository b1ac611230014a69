/// An output format.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Text for people.
  case text
  /// JSON for programs.
  case json
  /// Markdown for documents and tickets.
  case markdown
}
