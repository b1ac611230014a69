extension Array where Element == String {
  /// The strings one after another, with `separator` between them.
  ///
  /// The standard library's `joined(separator:)` is generic and looks up a protocol
  /// conformance at run time on first use, which costs more than the whole of
  /// `emcode 22` may spend; this concrete version costs nothing extra.
  func concatenated(separator: String = "") -> String {
    var out = ""
    var capacity = 0
    for element in self { capacity += element.utf8.count + separator.utf8.count }
    out.reserveCapacity(capacity)
    for (index, element) in enumerated() {
      if index > 0 { out += separator }
      out += element
    }
    return out
  }
}
