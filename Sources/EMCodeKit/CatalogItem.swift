/// Something the catalog documents: an error code or a code-less phone message.
public enum CatalogItem: Sendable {
  /// A documented error code.
  case entry(ErrorEntry)
  /// A phone message without a code, such as "Host not found".
  case message(PhoneMessage)

  /// A key that tells items apart: the code, or the message id.
  public var key: String {
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
}
