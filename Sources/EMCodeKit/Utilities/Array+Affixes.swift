extension Array where Element == UInt8 {
  /// Whether the bytes start with `prefix`.
  func hasPrefix(_ prefix: [UInt8]) -> Bool {
    prefix.count <= count && self[..<prefix.count].elementsEqual(prefix)
  }

  /// Whether the bytes end with `suffix`.
  func hasSuffix(_ suffix: [UInt8]) -> Bool {
    suffix.count <= count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
