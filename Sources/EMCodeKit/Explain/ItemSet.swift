/// A set of catalog items as bits: bit `i` is the `i`-th code of ``ErrorCatalog/codes``, and
/// the bits after the codes are the ``ErrorCatalog/messages``.
///
/// The explain scanner groups what it finds by item set; comparing and hashing one integer
/// keeps that free of allocations however many outcomes a log has.
struct ItemSet: Hashable, Sendable {
  /// The bits.
  var bits: UInt64 = 0

  /// The empty set.
  static let empty = ItemSet()

  /// Whether the set is empty.
  var isEmpty: Bool { bits == 0 }

  /// Whether the set holds a code (not only messages).
  var containsCode: Bool { bits & ((1 << UInt64(ErrorCatalog.codes.count)) - 1) != 0 }

  /// The set holding the entry with `code`, or the empty set when the code is not documented.
  @inline(__always)
  static func code(_ code: Int) -> ItemSet {
    guard code >= 0 && code < codeSets.count else { return .empty }
    return ItemSet(bits: codeSets.withUnsafeBufferPointer { $0[code] })
  }

  /// The one-item set of every code up to the largest, by code: a log of failures asks for one
  /// per answer, and a table lookup is cheaper than a search.
  private static let codeSets: [UInt64] = {
    var sets = [UInt64](repeating: 0, count: (ErrorCatalog.codes.last ?? 0) + 1)
    for (index, code) in ErrorCatalog.codes.enumerated() { sets[code] = 1 << UInt64(index) }
    return sets
  }()

  /// The set holding one catalog item.
  static func item(_ item: CatalogItem) -> ItemSet {
    switch item {
    case .entry(let entry): return code(entry.code)
    case .message(let message):
      guard let index = ErrorCatalog.messages.firstIndex(where: { $0.id == message.id }) else { return .empty }
      return ItemSet(bits: 1 << UInt64(ErrorCatalog.codes.count + index))
    }
  }

  /// The union of two sets.
  func union(_ other: ItemSet) -> ItemSet {
    ItemSet(bits: bits | other.bits)
  }

  /// The items, the code equal to `shown` first, then in catalog order.
  func items(shownFirst shown: Int? = nil) -> [CatalogItem] {
    var items: [CatalogItem] = []
    var remaining = bits
    while remaining != 0 {
      let index = remaining.trailingZeroBitCount
      remaining &= remaining - 1
      if index < ErrorCatalog.codes.count {
        items.append(.entry(ErrorCatalog.entries[index]))
      } else if index - ErrorCatalog.codes.count < ErrorCatalog.messages.count {
        items.append(.message(ErrorCatalog.messages[index - ErrorCatalog.codes.count]))
      }
    }
    if let shown, let first = items.firstIndex(where: { $0.code == shown }), first > 0 {
      items.insert(items.remove(at: first), at: 0)
    }
    return items
  }
}
