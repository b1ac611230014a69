/// Breaks text into lines of at most a given width, at spaces.
enum TextWrapping {
  /// The lines of `text` wrapped to `width` columns; a word longer than the width stays whole.
  static func lines(_ text: String, width: Int) -> [String] {
    let buffer = TextBuffer()
    buffer.appendWrapped(text, column: 0, indent: 0, width: width)
    return buffer.string.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
