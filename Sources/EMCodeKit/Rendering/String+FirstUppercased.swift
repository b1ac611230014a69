extension String {
  /// The text with its first character in upper case: a label that starts a sentence or a column.
  var firstUppercased: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
