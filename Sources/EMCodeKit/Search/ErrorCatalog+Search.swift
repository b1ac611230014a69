import _EMCodeFolding

extension ErrorCatalog {
  /// Finds the codes and code-less messages whose texts contain every word, best first.
  ///
  /// A word matches a whole word of the texts, or the start of one when it has four letters or
  /// more, never the inside of a word (`PIN` does not find `appInfo`). Case, accents and the
  /// spelling of umlauts do not matter (see `TextFolding`). Searched are Cisco's names, phone
  /// texts and English texts, and the meaning, hint and keywords in `language`. Ranking (see
  /// ``SearchMatch/Rank``): the whole phrase in a name or phone text, then every word in names,
  /// phone texts and keywords, then in descriptions and causes, then in hints; within a rank, more
  /// words in names, phone texts and keywords first; ties keep catalog order, codes before messages.
  ///
  /// - Parameters:
  ///   - words: The search words; each may itself contain spaces or punctuation, which split it.
  ///   - family: Only codes of this family (and no messages), or everything when `nil`.
  ///   - language: Whose meanings, hints and keywords are searched and quoted.
  public static func search(
    _ words: [String], family: ErrorFamily? = nil, language: Language = .german
  ) -> SearchResult {
    let query = SearchQuery(words)
    guard !query.isEmpty else { return SearchResult(matches: []) }
    var matches: [SearchMatch] = []
    for code in codes {
      // Build an entry only for a match: most codes do not match.
      guard let found = query.match(searchIndex(code: code), language: language),
        let entry = entry(code: code), family == nil || entry.family == family
      else { continue }
      matches.append(SearchMatch(item: .entry(entry), found: found, query: query, language: language))
    }
    if family == nil {
      // By id, in the order of `messages`: that array is built on first use, so only for a match.
      for id in messageIDs {
        guard let found = query.match(searchIndex(messageID: id), language: language),
          let message = messages.first(where: { $0.id == id })
        else { continue }
        matches.append(SearchMatch(item: .message(message), found: found, query: query, language: language))
      }
    }
    // sorted(by:) is stable: equal ranks and strengths keep catalog order.
    return SearchResult(
      matches: matches.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.strength > $1.strength })
  }
}
