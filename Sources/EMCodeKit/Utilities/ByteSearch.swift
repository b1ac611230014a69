/// Substring search over bytes.
enum ByteSearch {
  /// Whether `needle` occurs in `haystack`; an empty needle occurs everywhere.
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first else { return true }
    guard needle.count <= haystack.count else { return false }
    let last = haystack.count - needle.count
    var offset = 0
    while offset <= last {
      if haystack[offset] == first {
        var index = 1
        while index < needle.count && haystack[offset + index] == needle[index] { index += 1 }
        if index == needle.count { return true }
      }
      offset += 1
    }
    return false
  }

  /// Whether `needle` occurs in `haystack`.
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    needle.withUnsafeBufferPointer { contains(haystack, $0) }
  }
}
