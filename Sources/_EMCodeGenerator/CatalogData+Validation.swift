/// A problem in `Data/error-codes.json` that would make a wrong table.
public struct CatalogDataError: Error, CustomStringConvertible, Sendable {
  /// Every problem found, one sentence each.
  public let problems: [String]

  /// All problems, one per line.
  public var description: String {
    problems.map { "Data/error-codes.json: \($0)" }.joined(separator: "\n")
  }
}

extension CatalogData {
  /// The families a code may belong to.
  static let families = ["service", "emcc", "application"]

  /// The longest meaning, in characters: two lines of the short answer.
  static let meaningLimit = 160
  /// The longest hint in short, in characters: one line of the cheat sheet.
  static let briefLimit = 48
  /// The longest note for users, in characters: it is printed on the short answer.
  static let userNoteLimit = 140
  /// The longest hint, in characters.
  static let hintLimit = 320

  /// Checks the rules the table must keep; throws ``CatalogDataError`` listing every breach.
  ///
  /// Codes are unique and ascending; every entry has a known family, a name, a description, a
  /// meaning in both languages and at least one known source; a German cause exactly where there
  /// is Cisco's cause; hints in pairs, their short forms exactly where they are, and frequent codes
  /// have them; related codes exist; notes are for users or maintainers, in both languages.
  public func validate() throws {
    var problems: [String] = []
    let sourceIDs = Set(sources.map(\.id))
    if sourceIDs.count != sources.count { problems.append("source ids are not unique") }
    for source in sources {
      if source.title.isBlank || !source.url.hasPrefix("http") || source.release.isBlank {
        problems.append("source \(source.id): needs a title, a release and an http(s) URL")
      }
      if (source.noteDe == nil) != (source.noteEn == nil) {
        problems.append("source \(source.id): give note_de and note_en together")
      }
    }
    let codeSet = Set(codes.map(\.code))
    var previous = -1
    for entry in codes {
      let at = "code \(entry.code)"
      if entry.code <= previous { problems.append("\(at): codes must be unique and ascending") }
      previous = entry.code
      if !Self.families.contains(entry.family) {
        problems.append("\(at): family '\(entry.family)' is not service, emcc or application")
      }
      if entry.name.isBlank { problems.append("\(at): name is empty") }
      if entry.description.isBlank { problems.append("\(at): description is empty") }
      if (entry.cause == nil) != (entry.causeDe == nil) {
        problems.append("\(at): cause_de goes with cause: give both or neither")
      }
      problems += checkTexts(
        at, meaning: (entry.meaningDe, entry.meaningEn), hint: (entry.hintDe, entry.hintEn),
        brief: (entry.briefDe, entry.briefEn), sources: entry.sources, notes: entry.notes, known: sourceIDs)
      if entry.frequent && (entry.hintDe == nil || entry.hintEn == nil) {
        problems.append("\(at): frequent codes need hint_de and hint_en")
      }
      for related in entry.seeAlso ?? [] where related == entry.code || !codeSet.contains(related) {
        problems.append("\(at): see_also names \(related), which is not another documented code")
      }
      let texts = [entry.cause, entry.causeDe, entry.action, entry.legacyName, entry.legacyDescription]
      if texts.contains(where: { $0?.isBlank == true }) || entry.phoneDisplay.contains(where: \.isBlank)
        || (entry.otherNames ?? []).contains(where: \.isBlank)
        || (entry.keywordsDe + entry.keywordsEn).contains(where: \.isBlank)
      {
        problems.append("\(at): use null or leave a field out instead of an empty text")
      }
    }
    var messageIDs = Set<String>()
    for message in messages {
      let at = "message \(message.id)"
      if !messageIDs.insert(message.id).inserted { problems.append("\(at): message ids must be unique") }
      if message.name.isBlank || message.phoneDisplay.isEmpty || message.description?.isBlank == true {
        problems.append("\(at): needs a name and a phone display, and no empty description")
      }
      problems += checkTexts(
        at, meaning: (message.meaningDe, message.meaningEn), hint: (message.hintDe, message.hintEn),
        brief: (message.briefDe, message.briefEn), sources: message.sources, notes: message.notes,
        known: sourceIDs)
    }
    if codes.count + messages.count > 64 {
      problems.append(
        "\(codes.count) codes and \(messages.count) messages are more than the 64 that ItemSet (Sources/EMCodeKit/Explain/ItemSet.swift) can hold; widen it first"
      )
    }
    if !problems.isEmpty { throw CatalogDataError(problems: problems) }
  }

  private func checkTexts(
    _ at: String, meaning: (String, String), hint: (String?, String?), brief: (String?, String?),
    sources: [String], notes: [Note], known: Set<String>
  ) -> [String] {
    var problems: [String] = []
    if meaning.0.isBlank || meaning.1.isBlank { problems.append("\(at): needs meaning_de and meaning_en") }
    if max(meaning.0.count, meaning.1.count) > Self.meaningLimit {
      problems.append("\(at): a meaning is longer than \(Self.meaningLimit) characters")
    }
    if (hint.0 == nil) != (hint.1 == nil) { problems.append("\(at): give hint_de and hint_en together") }
    if hint.0?.isBlank == true || hint.1?.isBlank == true { problems.append("\(at): a hint is empty") }
    if max(hint.0?.count ?? 0, hint.1?.count ?? 0) > Self.hintLimit {
      problems.append("\(at): a hint is longer than \(Self.hintLimit) characters")
    }
    if (brief.0 == nil) != (hint.0 == nil) || (brief.1 == nil) != (hint.1 == nil) {
      problems.append("\(at): brief_de and brief_en go with the hints: give them exactly where hints are")
    }
    if max(brief.0?.count ?? 0, brief.1?.count ?? 0) > Self.briefLimit {
      problems.append("\(at): a brief is longer than \(Self.briefLimit) characters")
    }
    for note in notes {
      if note.audience != "user" && note.audience != "maintainer" {
        problems.append("\(at): a note's audience '\(note.audience)' is not user or maintainer")
      }
      if note.de.isBlank || note.en.isBlank { problems.append("\(at): a note needs de and en") }
      if note.audience == "user" && max(note.de.count, note.en.count) > Self.userNoteLimit {
        problems.append("\(at): a note for users is longer than \(Self.userNoteLimit) characters")
      }
    }
    if sources.isEmpty { problems.append("\(at): needs at least one source") }
    for id in sources where !known.contains(id) { problems.append("\(at): unknown source '\(id)'") }
    if Set(sources).count != sources.count { problems.append("\(at): a source is listed twice") }
    return problems
  }
}

extension String {
  fileprivate var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
