/// Small pieces of the command's sentences.
enum Wording {
  /// "a", "a or b", "a, b or c" (or with another conjunction).
  static func list(_ items: [String], conjunction: String = "or") -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().concatenated(separator: ", ") + " \(conjunction) " + (items.last ?? "")
  }
}
