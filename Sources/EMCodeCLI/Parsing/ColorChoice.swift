/// When to colour the text output.
public enum ColorChoice: String, Sendable, CaseIterable {
  /// Colour a terminal, unless NO_COLOR or TERM=dumb says no.
  case auto
  /// Always colour.
  case always
  /// Never colour.
  case never
}
