/// What a search found, best first.
public struct SearchResult: Sendable {
  /// Every match, best first.
  public let matches: [SearchMatch]

  /// The matching codes, best first.
  public var entries: [ErrorEntry] {
    matches.compactMap { match in
      if case .entry(let entry) = match.item { return entry }
      return nil
    }
  }

  /// The matching code-less phone messages, best first.
  public var messages: [PhoneMessage] {
    matches.compactMap { match in
      if case .message(let message) = match.item { return message }
      return nil
    }
  }

  /// Whether nothing matched.
  public var isEmpty: Bool { matches.isEmpty }
}

/// One catalog item a search found: how well it matched, and where.
///
/// A final class: arrays of it need no metadata built at run time.
public final class SearchMatch: Sendable {
  /// How well an item matched: the lower, the better.
  public enum Rank: Int, Sendable, Comparable {
    /// The whole phrase in a name or a phone text (or one word that is a name's or text's word).
    case phrase = 1
    /// Every word in names, phone texts and keywords.
    case names
    /// Every word in names, phone texts, keywords, meanings, descriptions and causes.
    case texts
    /// Every word somewhere, hints and Cisco's actions included.
    case hints

    /// Whether `lhs` is the better rank.
    public static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// Where a match was found.
  public enum Field: String, Sendable {
    /// A name of the code: Cisco's current one, another spelling, the CallManager 4.1 name.
    case name
    /// A text the phone displays.
    case phoneDisplay = "phone_display"
    /// A keyword: a word admins search with.
    case keyword
    /// The meaning or the cause, in the run's language.
    case meaning
    /// Cisco's description or cause.
    case description
    /// The hint, in the run's language.
    case hint
    /// Cisco's recommended action.
    case action
  }

  /// The code or message found.
  public let item: CatalogItem
  /// How well it matched.
  public let rank: Rank
  /// Where the word that decided the rank was found.
  public let field: Field
  /// A few words of that field around the match, as the catalog writes them.
  public let excerpt: String
  /// Among matches of the same rank, how strongly this one matched: two for each search word found
  /// in a name or phone text, one for each found in a keyword.
  public let strength: Int

  init(item: CatalogItem, found: SearchQuery.Found, query: SearchQuery, language: Language) {
    self.item = item
    rank = found.rank
    field = found.field
    strength = found.strength
    excerpt = Excerpt.around(query.word(found.word), in: Self.texts(of: item, in: found.field, language: language))
  }

  /// The texts of an item's field, in a language where the field has one.
  static func texts(of item: CatalogItem, in field: Field, language: Language) -> [String] {
    var texts: [String] = []
    func add(_ text: String?) {
      if let text { texts.append(text) }
    }
    switch (item, field) {
    case (.entry(let entry), .name): return entry.allNames
    case (.message(let message), .name): add(message.name)
    case (.entry(let entry), .phoneDisplay): return entry.phoneDisplays
    case (.message(let message), .phoneDisplay): return message.phoneDisplays
    case (.entry(let entry), .keyword): return entry.keywords(in: language)
    case (.message(let message), .keyword): return message.keywords(in: language)
    case (.entry(let entry), .meaning):
      add(entry.meaning(in: language))
      add(entry.cause(in: language))
    case (.message(let message), .meaning): add(message.meaning(in: language))
    case (.entry(let entry), .description):
      add(entry.description)
      add(entry.cause)
      add(entry.legacyDescription)
    case (.message(let message), .description): add(message.description)
    case (.entry(let entry), .hint):
      add(entry.hint(in: language))
      add(entry.brief(in: language))
    case (.message(let message), .hint):
      add(message.hint(in: language))
      add(message.brief(in: language))
    case (.entry(let entry), .action): add(entry.action)
    case (.message(let message), .action): add(message.action)
    }
    return texts
  }
}
