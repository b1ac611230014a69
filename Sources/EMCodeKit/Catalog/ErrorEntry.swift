/// One documented Extension Mobility error code with everything the references say about it.
///
/// Cisco's texts (`name`, `otherNames`, `legacyName`, `legacyDescription`, `description`,
/// `cause`, `phoneDisplays`, `action`) are Cisco's English, kept as quoted; the meaning, the
/// German cause, the hints and their short forms, the keywords and the notes are our own words in
/// German and English, written from those facts.
///
/// A final class rather than a struct, by measurement: with a struct, `Optional<ErrorEntry>` and
/// `[ErrorEntry]` need their generic metadata built at run time, which cost `emcode 22` 2.3 %, a
/// search 8 % and `--frequent` 10 % more instructions (callgrind). Values are immutable.
public final class ErrorEntry: CatalogTexts, Sendable, Hashable, Identifiable {
  /// The code number, unique across all families.
  public let code: Int
  /// The family that defines the code.
  public let family: ErrorFamily
  /// Cisco's current name, spelled as the source spells it.
  public let name: String
  /// Whether ``name`` was derived from the reason because no source names the code.
  public let isNameDerived: Bool
  /// Other spellings of the name in other Cisco documents.
  public let otherNames: [String]
  /// The name in the CallManager 4.1 EM API Developer Guide, where it differs or is known.
  public let legacyName: String?
  /// The description in the CallManager 4.1 EM API Developer Guide.
  public let legacyDescription: String?
  /// Cisco's English description of the code.
  public let description: String
  /// Cisco's documented cause or reason, where a source adds one to the description.
  public let cause: String?
  /// The texts a phone displays for this code, in the sources' wording.
  public let phoneDisplays: [String]
  /// Cisco's recommended action, where a troubleshooting guide gives one.
  public let action: String?
  /// What the code means, in German.
  public let meaningDE: String
  /// What the code means, in English.
  public let meaningEN: String
  /// Cisco's cause in German, where Cisco gives one.
  public let causeDE: String?
  /// The German remediation hint, written from the references' facts.
  public let hintDE: String?
  /// The English remediation hint, written from the references' facts.
  public let hintEN: String?
  /// The German hint in short, for one line.
  public let briefDE: String?
  /// The English hint in short, for one line.
  public let briefEN: String?
  /// German words admins search for the code with, beyond its texts.
  public let keywordsDE: [String]
  /// English words admins search for the code with, beyond its texts.
  public let keywordsEN: [String]
  /// Codes for the same or an overlapping condition.
  public let seeAlso: [Int]
  /// Whether the code is one of the frequent ones.
  public let isFrequent: Bool
  /// The ids of the sources the facts come from, most important first.
  public let sourceIDs: [String]
  /// The notes in German: first those for users, then those for maintainers.
  public let notesDE: [String]
  /// The notes in English, in the same order.
  public let notesEN: [String]
  /// How many of the notes, from the first, are for users (see ``Note/Audience``).
  public let userNoteCount: Int

  /// Creates an entry; the catalog builds its own from `Data/error-codes.json`.
  public convenience init(
    code: Int, family: ErrorFamily, name: String, isNameDerived: Bool = false, otherNames: [String] = [],
    legacyName: String? = nil, legacyDescription: String? = nil, description: String, cause: String? = nil,
    phoneDisplays: [String] = [], action: String? = nil, meaningDE: String, meaningEN: String,
    causeDE: String? = nil, hintDE: String? = nil, hintEN: String? = nil, briefDE: String? = nil,
    briefEN: String? = nil, keywordsDE: [String] = [], keywordsEN: [String] = [], seeAlso: [Int] = [],
    isFrequent: Bool = false, sourceIDs: [String] = [], notes: [Note] = []
  ) {
    let ordered = notes.filter { $0.audience == .user } + notes.filter { $0.audience == .maintainer }
    self.init(
      code: code, family: family, name: name, isNameDerived: isNameDerived, otherNames: otherNames,
      legacyName: legacyName, legacyDescription: legacyDescription, description: description, cause: cause,
      phoneDisplays: phoneDisplays, action: action, meaningDE: meaningDE, meaningEN: meaningEN, causeDE: causeDE,
      hintDE: hintDE, hintEN: hintEN, briefDE: briefDE, briefEN: briefEN, keywordsDE: keywordsDE,
      keywordsEN: keywordsEN, seeAlso: seeAlso, isFrequent: isFrequent, sourceIDs: sourceIDs,
      notesDE: ordered.map(\.german), notesEN: ordered.map(\.english),
      userNoteCount: notes.filter { $0.audience == .user }.count)
  }

  /// Creates an entry from notes already split by language, those for users first; the generated
  /// catalog uses it, as arrays of strings cost a lookup no run-time metadata.
  package init(
    code: Int, family: ErrorFamily, name: String, isNameDerived: Bool, otherNames: [String],
    legacyName: String?, legacyDescription: String?, description: String, cause: String?,
    phoneDisplays: [String], action: String?, meaningDE: String, meaningEN: String,
    causeDE: String?, hintDE: String?, hintEN: String?, briefDE: String?,
    briefEN: String?, keywordsDE: [String], keywordsEN: [String], seeAlso: [Int],
    isFrequent: Bool, sourceIDs: [String], notesDE: [String], notesEN: [String], userNoteCount: Int
  ) {
    self.code = code
    self.family = family
    self.name = name
    self.isNameDerived = isNameDerived
    self.otherNames = otherNames
    self.legacyName = legacyName
    self.legacyDescription = legacyDescription
    self.description = description
    self.cause = cause
    self.phoneDisplays = phoneDisplays
    self.action = action
    self.meaningDE = meaningDE
    self.meaningEN = meaningEN
    self.causeDE = causeDE
    self.hintDE = hintDE
    self.hintEN = hintEN
    self.briefDE = briefDE
    self.briefEN = briefEN
    self.keywordsDE = keywordsDE
    self.keywordsEN = keywordsEN
    self.seeAlso = seeAlso
    self.isFrequent = isFrequent
    self.sourceIDs = sourceIDs
    self.notesDE = notesDE
    self.notesEN = notesEN
    self.userNoteCount = userNoteCount
  }

  /// The code, which tells entries apart.
  public var id: Int { code }

  /// Every name: Cisco's current one, the other spellings, and the CallManager 4.1 name.
  public var allNames: [String] {
    [name] + otherNames + (legacyName.map { [$0] } ?? [])
  }

  /// Cisco's cause in the given language: there is only a German one, as Cisco's English cause is
  /// ``cause``, quoted among the original texts.
  public func cause(in language: Language) -> String? {
    language == .german ? causeDE : nil
  }

  /// Whether two entries hold the same facts.
  public static func == (lhs: ErrorEntry, rhs: ErrorEntry) -> Bool {
    lhs === rhs
      || (lhs.code == rhs.code && lhs.family == rhs.family && lhs.name == rhs.name
        && lhs.isNameDerived == rhs.isNameDerived && lhs.otherNames == rhs.otherNames
        && lhs.legacyName == rhs.legacyName && lhs.legacyDescription == rhs.legacyDescription
        && lhs.description == rhs.description && lhs.cause == rhs.cause && lhs.phoneDisplays == rhs.phoneDisplays
        && lhs.action == rhs.action && lhs.meaningDE == rhs.meaningDE && lhs.meaningEN == rhs.meaningEN
        && lhs.causeDE == rhs.causeDE && lhs.hintDE == rhs.hintDE && lhs.hintEN == rhs.hintEN
        && lhs.briefDE == rhs.briefDE && lhs.briefEN == rhs.briefEN && lhs.keywordsDE == rhs.keywordsDE
        && lhs.keywordsEN == rhs.keywordsEN && lhs.seeAlso == rhs.seeAlso && lhs.isFrequent == rhs.isFrequent
        && lhs.sourceIDs == rhs.sourceIDs && lhs.notesDE == rhs.notesDE && lhs.notesEN == rhs.notesEN
        && lhs.userNoteCount == rhs.userNoteCount)
  }

  /// Hashes the code, which tells entries apart.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
  }
}
