/// Something the catalog documents: an error code or a code-less phone message.
public enum CatalogItem: Sendable, Hashable, Identifiable {
  /// A documented error code.
  case entry(ErrorEntry)
  /// A phone message without a code, such as "Host not found".
  case message(PhoneMessage)

  /// What tells items apart: the code as text, or the message id.
  public var id: String {
    switch self {
    case .entry(let entry): return String(entry.code)
    case .message(let message): return message.id
    }
  }

  /// The entry's code, or `nil` for a message.
  public var code: Int? {
    if case .entry(let entry) = self { return entry.code }
    return nil
  }

  /// The item's name: Cisco's name of the code, or the message as the phone shows it.
  public var name: String {
    switch self {
    case .entry(let entry): return entry.name
    case .message(let message): return message.name
    }
  }

  /// The ids of the item's sources, such as `S2`.
  public var sourceIDs: [String] {
    switch self {
    case .entry(let entry): return entry.sourceIDs
    case .message(let message): return message.sourceIDs
    }
  }
}

extension Array where Element == CatalogItem {
  /// The items without repeats, in the order of their first appearance.
  func uniqued() -> [CatalogItem] {
    var seen = Set<String>()
    return filter { seen.insert($0.id).inserted }
  }
}
