// Encodable conformances for servers and apps: the same schema as the command's JSON (README:
// "JSON schema of a code"), encoded from the very `JSONValue` the command writes. Encoding needs
// no Foundation; a test compares `JSONEncoder`'s output with the command's.

extension ErrorEntry: Encodable {
  /// Encodes the entry with the documented snake_case keys.
  public func encode(to encoder: any Encoder) throws {
    try CatalogItem.entry(self).encode(to: encoder)
  }
}

extension PhoneMessage: Encodable {
  /// Encodes the message with the keys of an entry: `code` null and `family` "message".
  public func encode(to encoder: any Encoder) throws {
    try CatalogItem.message(self).encode(to: encoder)
  }
}

extension CatalogItem: Encodable {
  /// Encodes the item with the documented snake_case keys.
  public func encode(to encoder: any Encoder) throws {
    try json.encode(to: encoder)
  }
}

extension SourceReference: Encodable {
  /// Encodes the source: `id`, `title`, `url`, `release`, `note_de` and `note_en`.
  public func encode(to encoder: any Encoder) throws {
    try json.encode(to: encoder)
  }
}

extension Note: Encodable {
  /// Encodes the note: `audience` (`user` or `maintainer`), `de` and `en`.
  public func encode(to encoder: any Encoder) throws {
    try json.encode(to: encoder)
  }
}

extension ErrorFamily: Encodable {}
extension Language: Encodable {}
