extension ErrorEntry {
  /// The entry as a JSON object with the documented snake_case keys.
  public var json: JSONValue {
    .object([
      ("code", .int(code)),
      ("family", .string(family.rawValue)),
      ("name", .string(name)),
      ("name_derived", .bool(isNameDerived)),
      ("other_names", .strings(otherNames)),
      ("legacy_name", .string(legacyName)),
      ("legacy_description", .string(legacyDescription)),
      ("description", .string(description)),
      ("cause", .string(cause)),
      ("phone_display", .strings(phoneDisplays)),
      ("action", .string(action)),
      ("hint_de", .string(hintDE)),
      ("hint_en", .string(hintEN)),
      ("frequent", .bool(isFrequent)),
      ("sources", .array(sources.map(\.json))),
      ("notes", .strings(notes)),
    ])
  }
}

extension PhoneMessage {
  /// The message as a JSON object with the same keys as an entry: `code` is `null` and
  /// `family` is `"message"`.
  public var json: JSONValue {
    .object([
      ("code", .null),
      ("family", .string("message")),
      ("name", .string(name)),
      ("name_derived", .bool(false)),
      ("other_names", .strings([])),
      ("legacy_name", .null),
      ("legacy_description", .null),
      ("description", .string(description)),
      ("cause", .null),
      ("phone_display", .strings(phoneDisplays)),
      ("action", .string(action)),
      ("hint_de", .string(hintDE)),
      ("hint_en", .string(hintEN)),
      ("frequent", .bool(false)),
      ("sources", .array(sources.map(\.json))),
      ("notes", .strings(notes)),
    ])
  }
}

extension SourceReference {
  /// The source as a JSON object: `id`, `title`, `url` and `release`.
  public var json: JSONValue {
    .object([("id", .string(id)), ("title", .string(title)), ("url", .string(url)), ("release", .string(release))])
  }
}

extension CatalogItem {
  /// The item as a JSON object.
  public var json: JSONValue {
    switch self {
    case .entry(let entry): return entry.json
    case .message(let message): return message.json
    }
  }
}
