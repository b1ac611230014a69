// Encodable conformances for servers and apps: the same schema as the command's JSON (README:
// "JSON schema of a code"), written with the keys of `CatalogItem.JSONKey`. Encoding needs no
// Foundation; a test compares `JSONEncoder`'s output with the command's.

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
    typealias Key = CatalogItem.JSONKey
    var container = encoder.container(keyedBy: Key.self)
    switch self {
    case .entry(let entry):
      try container.encode(entry.code, forKey: .code)
      try container.encode(entry.family.rawValue, forKey: .family)
    case .message:
      try container.encodeNil(forKey: .code)
      try container.encode("message", forKey: .family)
    }
    try container.encode(name, forKey: .name)
    let entry: ErrorEntry? = if case .entry(let entry) = self { entry } else { nil }
    let message: PhoneMessage? = if case .message(let message) = self { message } else { nil }
    try container.encode(entry?.isNameDerived ?? false, forKey: .nameDerived)
    try container.encode(entry?.otherNames ?? [], forKey: .otherNames)
    try container.encode(entry?.legacyName, forKey: .legacyName)
    try container.encode(entry?.legacyDescription, forKey: .legacyDescription)
    try container.encode(entry?.description ?? message?.description, forKey: .description)
    try container.encode(entry?.cause, forKey: .cause)
    try container.encode(entry?.phoneDisplays ?? message?.phoneDisplays ?? [], forKey: .phoneDisplay)
    try container.encode(entry?.action ?? message?.action, forKey: .action)
    try container.encode(entry?.meaningDE ?? message?.meaningDE, forKey: .meaningDE)
    try container.encode(entry?.meaningEN ?? message?.meaningEN, forKey: .meaningEN)
    try container.encode(entry?.causeDE, forKey: .causeDE)
    try container.encode(entry?.hintDE ?? message?.hintDE, forKey: .hintDE)
    try container.encode(entry?.hintEN ?? message?.hintEN, forKey: .hintEN)
    try container.encode(entry?.briefDE ?? message?.briefDE, forKey: .briefDE)
    try container.encode(entry?.briefEN ?? message?.briefEN, forKey: .briefEN)
    try container.encode(entry?.keywordsDE ?? message?.keywordsDE ?? [], forKey: .keywordsDE)
    try container.encode(entry?.keywordsEN ?? message?.keywordsEN ?? [], forKey: .keywordsEN)
    try container.encode(entry?.seeAlso ?? [], forKey: .seeAlso)
    try container.encode(entry?.isFrequent ?? false, forKey: .frequent)
    try container.encode(entry?.sources ?? message?.sources ?? [], forKey: .sources)
    let notes = entry?.notes ?? message?.notes ?? []
    try container.encode(notes.map(\.english), forKey: .notes)
    try container.encode(notes.map(\.german), forKey: .notesDE)
    try container.encode(notes, forKey: .notesDetail)
  }
}

extension SourceReference: Encodable {
  private enum Key: String, CodingKey {
    case id, title, url, release
    case noteDE = "note_de"
    case noteEN = "note_en"
  }

  /// Encodes the source: `id`, `title`, `url`, `release`, `note_de` and `note_en`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(url, forKey: .url)
    try container.encode(release, forKey: .release)
    try container.encode(noteDE, forKey: .noteDE)
    try container.encode(noteEN, forKey: .noteEN)
  }
}

extension Note: Encodable {
  private enum Key: String, CodingKey {
    case audience
    case german = "de"
    case english = "en"
  }

  /// Encodes the note: `audience` (`user` or `maintainer`), `de` and `en`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(audience.rawValue, forKey: .audience)
    try container.encode(german, forKey: .german)
    try container.encode(english, forKey: .english)
  }
}

extension ErrorFamily: Encodable {}
extension Language: Encodable {}
