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
  /// Checks the rules the table must keep; throws ``CatalogDataError`` listing every breach.
  ///
  /// Codes are unique and ascending; every entry has a known family, a name, a description
  /// and at least one known source; hints come in pairs, and frequent codes have them.
  public func validate() throws {
    var problems: [String] = []
    let sourceIDs = Set(sources.map(\.id))
    if sourceIDs.count != sources.count { problems.append("source ids are not unique") }
    for source in sources where source.title.isBlank || !source.url.hasPrefix("http") {
      problems.append("source \(source.id): needs a title and an http(s) URL")
    }
    var previous = -1
    for entry in codes {
      let at = "code \(entry.code)"
      if entry.code <= previous { problems.append("\(at): codes must be unique and ascending") }
      previous = entry.code
      if !["service", "emcc", "application"].contains(entry.family) {
        problems.append("\(at): family '\(entry.family)' is not service, emcc or application")
      }
      if entry.name.isBlank { problems.append("\(at): name is empty") }
      if entry.description.isBlank { problems.append("\(at): description is empty") }
      problems += checkHintsAndSources(
        at, hintDE: entry.hintDe, hintEN: entry.hintEn, sources: entry.sources, known: sourceIDs)
      if entry.frequent && (entry.hintDe == nil || entry.hintEn == nil) {
        problems.append("\(at): frequent codes need hint_de and hint_en")
      }
      let texts = [entry.cause, entry.action, entry.legacyName, entry.legacyDescription]
      if texts.contains(where: { $0?.isBlank == true }) || entry.phoneDisplay.contains(where: \.isBlank)
        || entry.notes.contains(where: \.isBlank) || (entry.otherNames ?? []).contains(where: \.isBlank)
      {
        problems.append("\(at): use null or leave a field out instead of an empty text")
      }
    }
    for message in messages {
      let at = "message \(message.id)"
      if message.name.isBlank || message.description.isBlank || message.phoneDisplay.isEmpty {
        problems.append("\(at): needs a name, a description and a phone display")
      }
      problems += checkHintsAndSources(
        at, hintDE: message.hintDe, hintEN: message.hintEn, sources: message.sources, known: sourceIDs)
    }
    if codes.count + messages.count > 64 {
      problems.append(
        "\(codes.count) codes and \(messages.count) messages are more than the 64 that ItemSet (Sources/EMCodeKit/Explain/ItemSet.swift) can hold; widen it first"
      )
    }
    if !problems.isEmpty { throw CatalogDataError(problems: problems) }
  }

  private func checkHintsAndSources(
    _ at: String, hintDE: String?, hintEN: String?, sources: [String], known: Set<String>
  ) -> [String] {
    var problems: [String] = []
    if (hintDE == nil) != (hintEN == nil) { problems.append("\(at): give hint_de and hint_en together") }
    if hintDE?.isBlank == true || hintEN?.isBlank == true { problems.append("\(at): a hint is empty") }
    if sources.isEmpty { problems.append("\(at): needs at least one source") }
    for id in sources where !known.contains(id) { problems.append("\(at): unknown source '\(id)'") }
    if Set(sources).count != sources.count { problems.append("\(at): a source is listed twice") }
    return problems
  }
}

extension String {
  fileprivate var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
