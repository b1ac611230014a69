/// A message without an Extension Mobility code that the phone shows, such as "Host not found".
///
/// A final class for the same measured reason as ``ErrorEntry``.
public final class PhoneMessage: CatalogTexts, Sendable, Hashable, Identifiable {
  /// A stable id such as `host-not-found`.
  public let id: String
  /// The message as Cisco's troubleshooting table prints it.
  public let name: String
  /// Cisco's English description, where a source gives one.
  public let description: String?
  /// The spellings the sources give for the message.
  public let phoneDisplays: [String]
  /// Cisco's recommended action.
  public let action: String?
  /// What the message means, in German.
  public let meaningDE: String
  /// What the message means, in English.
  public let meaningEN: String
  /// The German remediation hint.
  public let hintDE: String?
  /// The English remediation hint.
  public let hintEN: String?
  /// The German hint in short.
  public let briefDE: String?
  /// The English hint in short.
  public let briefEN: String?
  /// German words admins search for the message with.
  public let keywordsDE: [String]
  /// English words admins search for the message with.
  public let keywordsEN: [String]
  /// The ids of the sources.
  public let sourceIDs: [String]
  /// The notes in German: first those for users, then those for maintainers.
  public let notesDE: [String]
  /// The notes in English, in the same order.
  public let notesEN: [String]
  /// How many of the notes, from the first, are for users.
  public let userNoteCount: Int

  /// Creates a message; the catalog builds its own from `Data/error-codes.json`.
  public convenience init(
    id: String, name: String, description: String? = nil, phoneDisplays: [String], action: String? = nil,
    meaningDE: String, meaningEN: String, hintDE: String? = nil, hintEN: String? = nil, briefDE: String? = nil,
    briefEN: String? = nil, keywordsDE: [String] = [], keywordsEN: [String] = [], sourceIDs: [String] = [],
    notes: [Note] = []
  ) {
    let ordered = notes.filter { $0.audience == .user } + notes.filter { $0.audience == .maintainer }
    self.init(
      id: id, name: name, description: description, phoneDisplays: phoneDisplays, action: action,
      meaningDE: meaningDE, meaningEN: meaningEN, hintDE: hintDE, hintEN: hintEN, briefDE: briefDE,
      briefEN: briefEN, keywordsDE: keywordsDE, keywordsEN: keywordsEN, sourceIDs: sourceIDs,
      notesDE: ordered.map(\.german), notesEN: ordered.map(\.english),
      userNoteCount: notes.filter { $0.audience == .user }.count)
  }

  /// Creates a message from notes already split by language, those for users first (the
  /// generated catalog's way, see ``ErrorEntry``).
  package init(
    id: String, name: String, description: String?, phoneDisplays: [String], action: String?,
    meaningDE: String, meaningEN: String, hintDE: String?, hintEN: String?, briefDE: String?,
    briefEN: String?, keywordsDE: [String], keywordsEN: [String], sourceIDs: [String],
    notesDE: [String], notesEN: [String], userNoteCount: Int
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.phoneDisplays = phoneDisplays
    self.action = action
    self.meaningDE = meaningDE
    self.meaningEN = meaningEN
    self.hintDE = hintDE
    self.hintEN = hintEN
    self.briefDE = briefDE
    self.briefEN = briefEN
    self.keywordsDE = keywordsDE
    self.keywordsEN = keywordsEN
    self.sourceIDs = sourceIDs
    self.notesDE = notesDE
    self.notesEN = notesEN
    self.userNoteCount = userNoteCount
  }

  /// Whether two messages hold the same facts.
  public static func == (lhs: PhoneMessage, rhs: PhoneMessage) -> Bool {
    lhs === rhs
      || (lhs.id == rhs.id && lhs.name == rhs.name && lhs.description == rhs.description
        && lhs.phoneDisplays == rhs.phoneDisplays && lhs.action == rhs.action && lhs.meaningDE == rhs.meaningDE
        && lhs.meaningEN == rhs.meaningEN && lhs.hintDE == rhs.hintDE && lhs.hintEN == rhs.hintEN
        && lhs.briefDE == rhs.briefDE && lhs.briefEN == rhs.briefEN && lhs.keywordsDE == rhs.keywordsDE
        && lhs.keywordsEN == rhs.keywordsEN && lhs.sourceIDs == rhs.sourceIDs && lhs.notesDE == rhs.notesDE
        && lhs.notesEN == rhs.notesEN && lhs.userNoteCount == rhs.userNoteCount)
  }

  /// Hashes the id, which tells messages apart.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
  }
}
