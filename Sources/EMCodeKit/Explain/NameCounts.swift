/// How often each name (a device, a user) occurred, for at most ``limit`` names; the occurrences of
/// later names are counted together in ``others``, so memory stays flat.
public struct NameCounts: Sendable, Equatable {
  /// How many names are counted one by one.
  public let limit: Int
  /// The count of each name followed.
  public private(set) var counts: [String: Int] = [:]
  /// How many occurrences were of names beyond ``limit``.
  public private(set) var others = 0

  /// An empty count that follows up to `limit` names.
  public init(limit: Int) {
    self.limit = limit
  }

  /// How many occurrences were counted, of names followed and beyond.
  public var total: Int { counts.values.reduce(0, +) + others }

  /// Sets how many occurrences were of names not followed.
  mutating func setOthers(_ count: Int) {
    others = max(0, count)
  }

  /// Whether no name was counted.
  public var isEmpty: Bool { counts.isEmpty && others == 0 }

  /// The names, most frequent first, then in alphabetical order.
  public var ranked: [(name: String, count: Int)] {
    counts.map { (name: $0.key, count: $0.value) }.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name
    }
  }

  /// Counts `name` `count` more times.
  mutating func add(_ name: String, count: Int = 1) {
    if let known = counts[name] {
      counts[name] = known + count
    } else if counts.count < limit {
      counts[name] = count
    } else {
      others += count
    }
  }

  /// Adds another count's names, in its ranked order so that the result does not depend on hashing.
  mutating func merge(_ other: NameCounts) {
    for (name, count) in other.ranked { add(name, count: count) }
    others += other.others
  }
}
