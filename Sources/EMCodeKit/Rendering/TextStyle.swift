/// How the text output marks codes, names and the frequent mark: not at all, or with the markers
/// a caller gives (the command gives ANSI colours for a terminal).
public struct TextStyle: Sendable {
  /// What a piece of text is, which decides its colour.
  public enum Role: Sendable {
    /// A code number.
    case code
    /// A name.
    case name
    /// The frequent mark.
    case frequent
  }

  /// The text written before and after a piece of text in a role; `nil` for plain text.
  public let markers: (@Sendable (Role) -> (before: String, after: String))?

  /// Plain text, without markers.
  public static let plain = TextStyle(markers: nil)

  /// Creates a style that writes `markers(role)` around each piece of text in a role.
  public init(markers: (@Sendable (Role) -> (before: String, after: String))?) {
    self.markers = markers
  }

  /// Appends `text` marked as `role`.
  func append(_ text: String, as role: Role, to buffer: TextBuffer) {
    guard let markers else {
      buffer.append(text)
      return
    }
    let (before, after) = markers(role)
    buffer.append(before)
    buffer.append(text)
    buffer.append(after)
  }
}
