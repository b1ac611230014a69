#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search over bytes, built on the C library's `memchr` and `memcmp`.
enum ByteSearch {
  /// Whether `needle` occurs in `haystack`; an empty needle occurs everywhere.
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let needleBase = needle.baseAddress, let first = needle.first else { return true }
    guard let base = haystack.baseAddress, needle.count <= haystack.count else { return false }
    let last = haystack.count - needle.count
    var offset = 0
    while offset <= last {
      guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
      let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + position, needleBase, needle.count) == 0 { return true }
      offset = position + 1
    }
    return false
  }

  /// Whether `needle` occurs in `haystack`.
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    needle.withUnsafeBufferPointer { contains(haystack, $0) }
  }
}
