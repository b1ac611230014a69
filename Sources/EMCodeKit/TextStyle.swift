/// ANSI styling for the text output; it writes no escape sequences when colour is off.
public struct TextStyle: Sendable {
  /// What a piece of text is, which decides its colour.
  public enum Role: Sendable {
    /// A code number: bold cyan.
    case code
    /// A name: bold.
    case name
    /// The frequent mark: yellow.
    case frequent
  }

  /// Whether escape sequences are written.
  public let isEnabled: Bool

  /// Creates a style that writes colour when `isEnabled` is `true`.
  public init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// Appends `text` in the colour of `role`.
  public func append(_ text: String, as role: Role, to buffer: TextBuffer) {
    guard isEnabled else {
      buffer.append(text)
      return
    }
    switch role {
    case .code: buffer.append("\u{1B}[1;36m")
    case .name: buffer.append("\u{1B}[1m")
    case .frequent: buffer.append("\u{1B}[33m")
    }
    buffer.append(text)
    buffer.append("\u{1B}[0m")
  }
}
