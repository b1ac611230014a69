extension CatalogItem {
  /// The item as a JSON object: the schema documented in README.md, for codes and messages alike
  /// (a message has `code` null and `family` "message").
  package var json: JSONValue {
    switch self {
    case .entry(let entry):
      return Self.jsonObject(
        code: .int(entry.code), family: entry.family.rawValue, name: entry.name, isNameDerived: entry.isNameDerived,
        otherNames: entry.otherNames, legacyName: entry.legacyName, legacyDescription: entry.legacyDescription,
        description: entry.description, cause: entry.cause, phoneDisplays: entry.phoneDisplays, action: entry.action,
        meaning: (entry.meaningDE, entry.meaningEN), causeDE: entry.causeDE, hint: (entry.hintDE, entry.hintEN),
        brief: (entry.briefDE, entry.briefEN), keywords: (entry.keywordsDE, entry.keywordsEN),
        seeAlso: entry.seeAlso, isFrequent: entry.isFrequent, sources: entry.sources, notes: entry.notes)
    case .message(let message):
      return Self.jsonObject(
        code: .null, family: "message", name: message.name, isNameDerived: false, otherNames: [], legacyName: nil,
        legacyDescription: nil, description: message.description, cause: nil, phoneDisplays: message.phoneDisplays,
        action: message.action, meaning: (message.meaningDE, message.meaningEN), causeDE: nil,
        hint: (message.hintDE, message.hintEN), brief: (message.briefDE, message.briefEN),
        keywords: (message.keywordsDE, message.keywordsEN), seeAlso: [], isFrequent: false,
        sources: message.sources, notes: message.notes)
    }
  }

  /// The keys of the JSON schema, in order, in one place.
  package enum JSONKey: String {
    case code, family, name
    case nameDerived = "name_derived"
    case otherNames = "other_names"
    case legacyName = "legacy_name"
    case legacyDescription = "legacy_description"
    case description, cause
    case phoneDisplay = "phone_display"
    case action
    case meaningDE = "meaning_de"
    case meaningEN = "meaning_en"
    case causeDE = "cause_de"
    case hintDE = "hint_de"
    case hintEN = "hint_en"
    case briefDE = "brief_de"
    case briefEN = "brief_en"
    case keywordsDE = "keywords_de"
    case keywordsEN = "keywords_en"
    case seeAlso = "see_also"
    case frequent, sources, notes
    case notesDE = "notes_de"
    case notesDetail = "notes_detail"
  }

  private static func jsonObject(
    code: JSONValue, family: String, name: String, isNameDerived: Bool, otherNames: [String], legacyName: String?,
    legacyDescription: String?, description: String?, cause: String?, phoneDisplays: [String], action: String?,
    meaning: (String, String), causeDE: String?, hint: (String?, String?), brief: (String?, String?),
    keywords: ([String], [String]), seeAlso: [Int], isFrequent: Bool, sources: [SourceReference], notes: [Note]
  ) -> JSONValue {
    .object([
      (JSONKey.code.rawValue, code),
      (JSONKey.family.rawValue, .string(family)),
      (JSONKey.name.rawValue, .string(name)),
      (JSONKey.nameDerived.rawValue, .bool(isNameDerived)),
      (JSONKey.otherNames.rawValue, .strings(otherNames)),
      (JSONKey.legacyName.rawValue, .string(legacyName)),
      (JSONKey.legacyDescription.rawValue, .string(legacyDescription)),
      (JSONKey.description.rawValue, .string(description)),
      (JSONKey.cause.rawValue, .string(cause)),
      (JSONKey.phoneDisplay.rawValue, .strings(phoneDisplays)),
      (JSONKey.action.rawValue, .string(action)),
      (JSONKey.meaningDE.rawValue, .string(meaning.0)),
      (JSONKey.meaningEN.rawValue, .string(meaning.1)),
      (JSONKey.causeDE.rawValue, .string(causeDE)),
      (JSONKey.hintDE.rawValue, .string(hint.0)),
      (JSONKey.hintEN.rawValue, .string(hint.1)),
      (JSONKey.briefDE.rawValue, .string(brief.0)),
      (JSONKey.briefEN.rawValue, .string(brief.1)),
      (JSONKey.keywordsDE.rawValue, .strings(keywords.0)),
      (JSONKey.keywordsEN.rawValue, .strings(keywords.1)),
      (JSONKey.seeAlso.rawValue, .array(seeAlso.map { .int($0) })),
      (JSONKey.frequent.rawValue, .bool(isFrequent)),
      (JSONKey.sources.rawValue, .array(sources.map(\.json))),
      (JSONKey.notes.rawValue, .strings(notes.map(\.english))),
      (JSONKey.notesDE.rawValue, .strings(notes.map(\.german))),
      (JSONKey.notesDetail.rawValue, .array(notes.map(\.json))),
    ])
  }
}

extension SourceReference {
  /// The source as a JSON object: `id`, `title`, `url`, `release`, `note_de` and `note_en`.
  package var json: JSONValue {
    .object([
      ("id", .string(id)), ("title", .string(title)), ("url", .string(url)), ("release", .string(release)),
      ("note_de", .string(noteDE)), ("note_en", .string(noteEN)),
    ])
  }
}

extension Note {
  /// The note as a JSON object: `audience` (`user` or `maintainer`), `de` and `en`.
  package var json: JSONValue {
    .object([("audience", .string(audience.rawValue)), ("de", .string(german)), ("en", .string(english))])
  }
}
