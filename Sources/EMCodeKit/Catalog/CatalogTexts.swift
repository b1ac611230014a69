/// The texts an entry and a code-less message share: our own words in German and English, and
/// the ids of the sources they come from.
public protocol CatalogTexts: AnyObject {
  /// What it means, in German.
  var meaningDE: String { get }
  /// What it means, in English.
  var meaningEN: String { get }
  /// The remediation hint in German, if the references support one.
  var hintDE: String? { get }
  /// The remediation hint in English, if the references support one.
  var hintEN: String? { get }
  /// The hint in short, in German, if there is a hint.
  var briefDE: String? { get }
  /// The hint in short, in English, if there is a hint.
  var briefEN: String? { get }
  /// The words admins type when they look for it, in German.
  var keywordsDE: [String] { get }
  /// The words admins type when they look for it, in English.
  var keywordsEN: [String] { get }
  /// The ids of the sources, such as `S2`.
  var sourceIDs: [String] { get }
  /// The notes in German, those for users first.
  var notesDE: [String] { get }
  /// The notes in English, in the order of `notesDE`.
  var notesEN: [String] { get }
  /// How many of the notes, from the first, are for users; the rest are for maintainers.
  var userNoteCount: Int { get }
}

extension CatalogTexts {
  /// What it means, in the given language.
  public func meaning(in language: Language) -> String {
    language == .german ? meaningDE : meaningEN
  }

  /// The remediation hint in the given language, if the references support one.
  public func hint(in language: Language) -> String? {
    language == .german ? hintDE : hintEN
  }

  /// The hint in short, in the given language, if there is a hint.
  public func brief(in language: Language) -> String? {
    language == .german ? briefDE : briefEN
  }

  /// The search keywords in the given language.
  public func keywords(in language: Language) -> [String] {
    language == .german ? keywordsDE : keywordsEN
  }

  /// The notes in a language, those for users first.
  public func notes(in language: Language) -> [String] {
    language == .german ? notesDE : notesEN
  }

  /// Where sources disagree, and other caveats, for users first.
  public var notes: [Note] {
    notesDE.indices.map { index in
      Note(
        audience: index < userNoteCount ? .user : .maintainer, german: notesDE[index],
        english: index < notesEN.count ? notesEN[index] : notesDE[index])
    }
  }

  /// The sources, resolved from their ids.
  public var sources: [SourceReference] {
    sourceIDs.compactMap(ErrorCatalog.source(id:))
  }
}
