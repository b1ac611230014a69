extension Array where Element == UInt8 {
  /// Whether the bytes end with `suffix`: the mirror of the standard library's `starts(with:)`.
  func ends(with suffix: [UInt8]) -> Bool {
    suffix.count <= count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
