extension ErrorEntry {
  /// The entry as a JSON object with the documented snake_case keys.
  package var json: JSONValue {
    CatalogItem.jsonObject(
      code: .int(code), family: family.rawValue, name: name, isNameDerived: isNameDerived, otherNames: otherNames,
      legacyName: legacyName, legacyDescription: legacyDescription, description: description, cause: cause,
      phoneDisplays: phoneDisplays, action: action, hintDE: hintDE, hintEN: hintEN, isFrequent: isFrequent,
      sources: sources, notes: notes)
  }
}

extension PhoneMessage {
  /// The message as a JSON object with the same keys as an entry: `code` is `null` and
  /// `family` is `"message"`.
  package var json: JSONValue {
    CatalogItem.jsonObject(
      code: .null, family: "message", name: name, isNameDerived: false, otherNames: [], legacyName: nil,
      legacyDescription: nil, description: description, cause: nil, phoneDisplays: phoneDisplays, action: action,
      hintDE: hintDE, hintEN: hintEN, isFrequent: false, sources: sources, notes: notes)
  }
}

extension SourceReference {
  /// The source as a JSON object: `id`, `title`, `url` and `release`.
  package var json: JSONValue {
    .object([("id", .string(id)), ("title", .string(title)), ("url", .string(url)), ("release", .string(release))])
  }
}

extension CatalogItem {
  /// The one place that lists the keys of the JSON schema in README.md, so that entries and
  /// messages cannot drift apart.
  static func jsonObject(
    code: JSONValue, family: String, name: String, isNameDerived: Bool, otherNames: [String], legacyName: String?,
    legacyDescription: String?, description: String, cause: String?, phoneDisplays: [String], action: String?,
    hintDE: String?, hintEN: String?, isFrequent: Bool, sources: [SourceReference], notes: [String]
  ) -> JSONValue {
    .object([
      ("code", code),
      ("family", .string(family)),
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

  /// The item as a JSON object.
  package var json: JSONValue {
    switch self {
    case .entry(let entry): return entry.json
    case .message(let message): return message.json
    }
  }
}
